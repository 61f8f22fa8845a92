package io.courier.processor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Questions about types that the readers ask by qualified name. */
final class TypeChecks {
  private final Elements elements;
  private final Types types;
  /** Looked-up types by name: javac searches every module on each lookup, and the readers ask again and again. */
  private final Map<String, TypeElement> named = new HashMap<>();

  TypeChecks(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  Types types() {
    return types;
  }

  /** The package {@code element} belongs to, however deeply it is nested. */
  PackageElement packageOf(Element element) {
    return elements.getPackageOf(element);
  }

  /** Whether {@code type} is the class {@code name} itself, with or without type arguments. */
  boolean is(TypeMirror type, String name) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(name);
  }

  /** Whether {@code type} is {@code name} or a subtype of it, type arguments aside. */
  boolean isSubtype(TypeMirror type, String name) {
    TypeElement element = typeElement(name);
    return element != null
        && (type.getKind() == TypeKind.DECLARED || type.getKind() == TypeKind.ARRAY)
        && types.isAssignable(types.erasure(type), types.erasure(element.asType()));
  }

  /**
   * Whether {@code type} is an interface annotated {@code @FunctionalInterface}: the annotation, not the count of
   * abstract methods, because a data interface with one accessor has one abstract method too.
   */
  boolean isFunctionalInterface(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    Element element = ((DeclaredType) type).asElement();
    return element.getKind() == ElementKind.INTERFACE && element.getAnnotationMirrors().stream()
        .anyMatch(mirror -> Annotations.qualifiedName(mirror).contentEquals("java.lang.FunctionalInterface"));
  }

  /** Whether a method that throws {@code thrown} may throw {@code IOException}. */
  boolean catchesIoException(TypeMirror thrown) {
    return catches(thrown, "java.io.IOException");
  }

  /** Whether a method that throws {@code thrown} may throw the exception {@code name}. */
  boolean catches(TypeMirror thrown, String name) {
    TypeElement exception = typeElement(name);
    return exception != null && types.isAssignable(exception.asType(), thrown);
  }

  private TypeElement typeElement(String name) {
    return named.computeIfAbsent(name, elements::getTypeElement);
  }

  /** Whether {@code type} is {@code byte[]}. */
  boolean isByteArray(TypeMirror type) {
    return type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE;
  }

  /** The type arguments of a declared type; empty for a raw or non-generic one. */
  static List<? extends TypeMirror> arguments(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED ? ((DeclaredType) type).getTypeArguments() : List.of();
  }

  /** Whether {@code type} mentions a type variable or an unresolved type anywhere, which no code can name. */
  static boolean hasTypeVariable(TypeMirror type) {
    return switch (type.getKind()) {
      case TYPEVAR, INTERSECTION, UNION, ERROR -> true;
      case ARRAY -> hasTypeVariable(((ArrayType) type).getComponentType());
      case DECLARED -> ((DeclaredType) type).getTypeArguments().stream().anyMatch(TypeChecks::hasTypeVariable);
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        yield (wildcard.getExtendsBound() != null && hasTypeVariable(wildcard.getExtendsBound()))
            || (wildcard.getSuperBound() != null && hasTypeVariable(wildcard.getSuperBound()));
      }
      default -> false;
    };
  }

  /** Whether {@code type} mentions a type that did not resolve, which a later round may generate. */
  static boolean isUnresolved(TypeMirror type) {
    return switch (type.getKind()) {
      case ERROR -> true;
      case ARRAY -> isUnresolved(((ArrayType) type).getComponentType());
      case DECLARED -> ((DeclaredType) type).getTypeArguments().stream().anyMatch(TypeChecks::isUnresolved);
      default -> false;
    };
  }
}
