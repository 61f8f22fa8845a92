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
      Optional<ExecutableType> constructor = statusConstructor(element);
      Optional<TypeMirror> checked = constructor.flatMap(this::checkedThrown);
      if (constructor.isEmpty()) {
        findings.error(method, String.format(Messages.TYPED_ERROR_CONSTRUCTOR, name));
      } else if (element.getModifiers().contains(Modifier.ABSTRACT)) {
        findings.error(method, String.format(Messages.TYPED_ERROR_NOT_CREATABLE, name, "abstract"));
      } else if (isInner(element)) {
        findings.error(method, String.format(Messages.TYPED_ERROR_NOT_CREATABLE, name, "an inner class"));
      } else if (!visibleFrom(element, checks.packageOf(method))) {
        findings.error(method, String.format(Messages.TYPED_ERROR_HIDDEN, name));
      } else if (checked.isPresent()) {
        findings.error(method, String.format(Messages.TYPED_ERROR_CONSTRUCTOR_THROWS, name, checked.get()));
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

  /** The public constructor of {@code element} that takes one {@code HttpStatusException}, exactly, if any. */
  private Optional<ExecutableType> statusConstructor(TypeElement element) {
    for (Element member : element.getEnclosedElements()) {
      if (member.getKind() == ElementKind.CONSTRUCTOR && member.getModifiers().contains(Modifier.PUBLIC)) {
        ExecutableType constructor = (ExecutableType) member.asType();
        List<? extends TypeMirror> parameters = constructor.getParameterTypes();
        if (parameters.size() == 1 && checks.is(parameters.get(0), TypeNames.HTTP_STATUS_EXCEPTION)) {
          return Optional.of(constructor);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first checked exception the constructor declares: the generated code passes it as a
   * {@code Function<HttpStatusException, E>}, which cannot throw one.
   */
  private Optional<TypeMirror> checkedThrown(ExecutableType constructor) {
    return constructor.getThrownTypes().stream()
        .filter(thrown -> !checks.isSubtype(thrown, RuntimeException.class.getName())
            && !checks.isSubtype(thrown, Error.class.getName()))
        .map(TypeMirror.class::cast)
        .findFirst();
  }

  /**
   * Whether code in {@code where}, the generated class's package, can name {@code element}: no enclosing class is
   * private, and every one outside that package is public.
   */
  private boolean visibleFrom(TypeElement element, PackageElement where) {
    for (Element type = element; type instanceof TypeElement; type = type.getEnclosingElement()) {
      if (type.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!type.getModifiers().contains(Modifier.PUBLIC) && !checks.packageOf(type).equals(where)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code element} needs an enclosing instance, which the generated class has none of. */
  private static boolean isInner(TypeElement element) {
    return element.getNestingKind() != NestingKind.TOP_LEVEL && !element.getModifiers().contains(Modifier.STATIC)
        && element.getEnclosingElement().getKind().isClass();
  }
}
