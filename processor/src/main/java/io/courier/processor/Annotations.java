package io.courier.processor;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads annotations through their mirrors. {@code Element.getAnnotation} would build a reflective proxy on each
 * read, and define a proxy class per annotation in the processor's class loader, which javac makes anew for
 * every compile.
 */
final class Annotations {
  private Annotations() {}

  /** The mirror of {@code annotation} on {@code element}, if it is there. */
  static Optional<AnnotationMirror> find(Element element, Class<? extends Annotation> annotation) {
    String name = annotation.getCanonicalName();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (qualifiedName(mirror).contentEquals(name)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  static boolean has(Element element, Class<? extends Annotation> annotation) {
    return find(element, annotation).isPresent();
  }

  /** The annotation type's qualified name, such as {@code io.courier.http.Put}. */
  static Name qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName();
  }

  /** The value written for {@code attribute}, without its default; used to pin a diagnostic to it. */
  static Optional<AnnotationValue> written(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  // A required value that is missing (or of the wrong type) reads as empty: javac reports that error itself.

  static String string(AnnotationMirror mirror, String attribute) {
    return value(mirror, attribute) instanceof String string ? string : "";
  }

  static boolean bool(AnnotationMirror mirror, String attribute) {
    return value(mirror, attribute) instanceof Boolean bool && bool;
  }

  static long number(AnnotationMirror mirror, String attribute) {
    return value(mirror, attribute) instanceof Number number ? number.longValue() : 0;
  }

  /** The constant's name, for an enum-typed attribute. */
  static String enumConstant(AnnotationMirror mirror, String attribute) {
    return value(mirror, attribute) instanceof Element constant ? constant.getSimpleName().toString() : "";
  }

  static List<String> strings(AnnotationMirror mirror, String attribute) {
    List<String> strings = new ArrayList<>();
    if (value(mirror, attribute) instanceof List<?> values) {
      for (Object element : values) {
        strings.add(((AnnotationValue) element).getValue() instanceof String string ? string : "");
      }
    }
    return strings;
  }

  /** The value written for {@code attribute}, or else the annotation's default, or else null. */
  private static Object value(AnnotationMirror mirror, String attribute) {
    Optional<AnnotationValue> written = written(mirror, attribute);
    if (written.isPresent()) {
      return written.get().getValue();
    }
    for (ExecutableElement method
        : ElementFilter.methodsIn(mirror.getAnnotationType().asElement().getEnclosedElements())) {
      if (method.getSimpleName().contentEquals(attribute) && method.getDefaultValue() != null) {
        return method.getDefaultValue().getValue();
      }
    }
    return null;
  }
}
