package io.courier.processor;

import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;

/** Prints findings through javac's {@link Messager}: the one place a diagnostic leaves the processor. */
final class Diagnostics {
  private final Messager messager;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  void print(Findings findings) {
    findings.all().forEach(this::print);
  }

  void print(Finding finding) {
    Optional<AnnotationMirror> annotation = finding.annotation();
    if (annotation.isEmpty()) {
      messager.printMessage(finding.kind(), finding.message(), finding.element());
    } else if (finding.value().isEmpty()) {
      messager.printMessage(finding.kind(), finding.message(), finding.element(), annotation.get());
    } else {
      messager.printMessage(finding.kind(), finding.message(), finding.element(), annotation.get(),
          finding.value().get());
    }
  }
}
