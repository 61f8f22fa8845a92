package io.courier.processor;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.Element;

/** The findings of one interface's validation, in the order found, for {@link Diagnostics} to print once. */
final class Findings {
  private final List<Finding> found = new ArrayList<>();
  private int errors;

  void add(Finding finding) {
    found.add(finding);
    if (finding.isError()) {
      errors++;
    }
  }

  void addAll(Collection<Finding> findings) {
    findings.forEach(this::add);
  }

  void error(Element element, String message) {
    add(Finding.error(element, message));
  }

  void error(Element element, Class<? extends Annotation> annotation, String attribute,
      String message) {
    add(Finding.error(element, annotation, attribute, message));
  }

  void warning(Element element, Class<? extends Annotation> annotation, String message) {
    add(Finding.warning(element, annotation, message));
  }

  /** How many errors were found so far; a step compares counts to learn whether its part had any. */
  int errorCount() {
    return errors;
  }

  List<Finding> all() {
    return List.copyOf(found);
  }
}
