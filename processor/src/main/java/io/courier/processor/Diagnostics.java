package io.courier.processor;

import java.lang.annotation.Annotation;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Reports errors and warnings on the exact element, annotation and value, and remembers whether any error was. */
final class Diagnostics {
  private final Messager messager;
  private int errors;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  void error(Element element, String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  /** An error pinned to the annotation on {@code element}, and to its {@code attribute} value where written. */
  void error(Element element, Class<? extends Annotation> annotation, String attribute, String message) {
    errors++;
    print(Diagnostic.Kind.ERROR, element, annotation, attribute, message);
  }

  void warning(Element element, Class<? extends Annotation> annotation, String message) {
    print(Diagnostic.Kind.WARNING, element, annotation, "", message);
  }

  /** How many errors were reported so far; a reader compares counts to learn whether its part had any. */
  int errorCount() {
    return errors;
  }

  private void print(
      Diagnostic.Kind kind, Element element, Class<? extends Annotation> annotation, String attribute, String message) {
    Optional<AnnotationMirror> mirror = Annotations.find(element, annotation);
    if (mirror.isEmpty()) {
      messager.printMessage(kind, message, element);
      return;
    }
    Optional<AnnotationValue> value = Annotations.written(mirror.get(), attribute);
    if (value.isPresent()) {
      messager.printMessage(kind, message, element, mirror.get(), value.get());
    } else {
      messager.printMessage(kind, message, element, mirror.get());
    }
  }
}
