package io.courier.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a method's {@code throws} clause: whether transport failures reach it as {@code IOException}, and its typed
 * error, the one exception Courier makes from the {@code HttpStatusException} for an error status.
 */
final class ThrowsReader {
  private final TypeChecks checks;
  ThrowsReader(TypeChecks checks) {
    this.checks = checks;
  }

  /**
   * What the method declares.
   *
   * @param ioException whether transport failures are thrown as {@code IOException}
   * @param typedError the exception thrown for error statuses instead of {@code HttpStatusException}, if any
   */
  record Thrown(boolean ioException, Optional<DeclaredType> typedError) {}

  /** The method's thrown types as a member of the implemented interface; a problem is a finding on the method. */
  Thrown read(ExecutableElement method, ExecutableType type, Findings findings) {
    boolean ioException = false;
    List<DeclaredType> typed = new ArrayList<>();
    for (TypeMirror thrown : type.getThrownTypes()) {
      if (thrown.getKind() != TypeKind.DECLARED) {
        continue; // a type that did not resolve: javac reports it
      }
      if (checks.catchesIoException(thrown)) {
        ioException = true;
      } else if (!isCouriersOwn(thrown)) {
        typed.add((DeclaredType) thrown);
      }
    }
    for (DeclaredType error : typed) {
      TypeElement element = (TypeElement) error.asElement();
      String name = element.getSimpleName().toString();
      if (!hasStatusConstructor(element)) {
        findings.error(method, String.format(Messages.TYPED_ERROR_CONSTRUCTOR, name));
      } else if (element.getModifiers().contains(Modifier.ABSTRACT)) {
        findings.error(method, String.format(Messages.TYPED_ERROR_NOT_CREATABLE, name, "abstract"));
      } else if (isInner(element)) {
        findings.error(method, String.format(Messages.TYPED_ERROR_NOT_CREATABLE, name, "an inner class"));
      }
    }
    if (typed.size() > 1) {
      findings.error(method, String.format(Messages.TWO_TYPED_ERRORS,
          typed.stream().map(error -> error.asElement().getSimpleName().toString()).toList()));
    }
    return new Thrown(ioException, typed.size() == 1 ? Optional.of(typed.get(0)) : Optional.empty());
  }

  /**
   * Whether declaring {@code thrown} only documents what Courier throws anyway: {@code HttpStatusException} and its
   * supertypes, and Courier's other exceptions ({@code TransportException}, {@code PreconditionFailedException}...).
   */
  private boolean isCouriersOwn(TypeMirror thrown) {
    return checks.catches(thrown, TypeNames.HTTP_STATUS_EXCEPTION)
        || (checks.isSubtype(thrown, TypeNames.COURIER_EXCEPTION)
            && ((DeclaredType) thrown).asElement().getEnclosingElement() instanceof PackageElement owner
            && owner.getQualifiedName().contentEquals(TypeNames.RUNTIME));
  }

  /** Whether {@code element} has a public constructor taking one {@code HttpStatusException}, exactly. */
  private boolean hasStatusConstructor(TypeElement element) {
    for (Element member : element.getEnclosedElements()) {
      if (member.getKind() == ElementKind.CONSTRUCTOR && member.getModifiers().contains(Modifier.PUBLIC)) {
        List<? extends TypeMirror> parameters = ((ExecutableType) member.asType()).getParameterTypes();
        if (parameters.size() == 1 && checks.is(parameters.get(0), TypeNames.HTTP_STATUS_EXCEPTION)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code element} needs an enclosing instance, which the generated class has none of. */
  private static boolean isInner(TypeElement element) {
    return element.getNestingKind() != NestingKind.TOP_LEVEL && !element.getModifiers().contains(Modifier.STATIC)
        && element.getEnclosingElement().getKind().isClass();
  }
}
