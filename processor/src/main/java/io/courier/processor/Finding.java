package io.courier.processor;

import java.lang.annotation.Annotation;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * One problem validation found, kept until {@link Diagnostics} prints it: on the element, and where there is one on
 * the annotation and the value that caused it.
 *
 * @param kind an error or a warning
 * @param element where javac shows it
 * @param annotation the annotation on {@code element} it is pinned to, if any
 * @param value the annotation's written value it is pinned to, if any
 * @param message what is wrong, from {@link Messages}
 */
record Finding(
    Diagnostic.Kind kind,
    Element element,
    Optional<AnnotationMirror> annotation,
    Optional<AnnotationValue> value,
    String message) {

  static Finding error(Element element, String message) {
    return new Finding(Diagnostic.Kind.ERROR, element, Optional.empty(), Optional.empty(), message);
  }

  /** An error pinned to {@code annotation} on {@code element}, and to its {@code attribute} value where written. */
  static Finding error(Element element, Class<? extends Annotation> annotation, String attribute, String message) {
    return pinned(Diagnostic.Kind.ERROR, element, annotation, attribute, message);
  }

  static Finding warning(Element element, Class<? extends Annotation> annotation, String message) {
    return pinned(Diagnostic.Kind.WARNING, element, annotation, "", message);
  }

  boolean isError() {
    return kind == Diagnostic.Kind.ERROR;
  }

  private static Finding pinned(
      Diagnostic.Kind kind, Element element, Class<? extends Annotation> annotation, String attribute, String message) {
    Optional<AnnotationMirror> mirror = Annotations.find(element, annotation);
    Optional<AnnotationValue> value = mirror.flatMap(found -> Annotations.written(found, attribute));
    return new Finding(kind, element, mirror, value, message);
  }
}
