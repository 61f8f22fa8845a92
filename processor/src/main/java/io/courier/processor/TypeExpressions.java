package io.courier.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Writes a {@link java.lang.reflect.Type} expression for a type the processor saw, such as
 * {@code Types.parameterized(List.class, User.class)}, so the codec learns generic types without reflection.
 */
final class TypeExpressions {
  private TypeExpressions() {}

  /** Whether a class literal cannot name {@code type}, because it or its component has type arguments. */
  private static boolean isGeneric(TypeMirror type) {
    return switch (type.getKind()) {
      case DECLARED -> !((DeclaredType) type).getTypeArguments().isEmpty();
      case ARRAY -> isGeneric(((ArrayType) type).getComponentType());
      default -> false;
    };
  }

  /** Whether {@link #of} writes a class literal for {@code type}, rather than an expression that builds a Type. */
  static boolean isClassLiteral(TypeMirror type) {
    return type.getKind() != TypeKind.WILDCARD && !isGeneric(type);
  }

  static CodeBlock of(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        ClassName raw = ClassName.get((TypeElement) declared.asElement());
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        if (arguments.isEmpty()) {
          return CodeBlock.of("$T.class", raw);
        }
        CodeBlock.Builder code = CodeBlock.builder().add("$T.parameterized($T.class", TypeNames.TYPES, raw);
        for (TypeMirror argument : arguments) {
          code.add(", $L", of(argument));
        }
        return code.add(")").build();
      }
      case ARRAY -> {
        TypeMirror component = ((ArrayType) type).getComponentType();
        if (isGeneric(component)) {
          return CodeBlock.of("$T.arrayOf($L)", TypeNames.TYPES, of(component));
        }
        return CodeBlock.of("$T.class", (ArrayTypeName) TypeName.get(type));
      }
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getSuperBound() != null) {
          return CodeBlock.of("$T.supertypeOf($L)", TypeNames.TYPES, of(wildcard.getSuperBound()));
        }
        TypeMirror bound = wildcard.getExtendsBound();
        return CodeBlock.of("$T.subtypeOf($L)", TypeNames.TYPES, bound == null ? CodeBlock.of("$T.class", Object.class)
            : of(bound));
      }
      default -> {
        if (type.getKind().isPrimitive()) {
          return CodeBlock.of("$T.class", TypeName.get(type));
        }
        throw new IllegalArgumentException("no Type expression for " + type.getKind() + " " + type);
      }
    }
  }
}
