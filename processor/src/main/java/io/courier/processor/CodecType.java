package io.courier.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.Locale;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * A type a codec reads or writes, as generated code names it, so that the writer never looks at the type itself.
 *
 * @param type the type's name, boxed, for {@code Decoder<T>} and {@code BodyWriter<T>}
 * @param expression the {@link java.lang.reflect.Type} expression, such as {@code User.class} or
 *     {@code Types.parameterized(List.class, User.class)}
 * @param built whether the expression makes an object each time it runs, rather than being a class literal
 * @param name a readable stem for a variable that holds it, such as {@code user} or {@code itemList}
 */
record CodecType(TypeName type, CodeBlock expression, boolean built, String name) {
  static CodecType of(TypeMirror type) {
    return new CodecType(TypeName.get(type).box(), TypeExpressions.of(type), !TypeExpressions.isClassLiteral(type),
        name(type));
  }

  static CodecType of(ClassName type) {
    return new CodecType(type, CodeBlock.of("$T.class", type), false, decapitalize(type.simpleName()));
  }

  /** {@code user} for {@code User}, {@code itemList} for {@code List<Item>}, {@code itemArray} for {@code Item[]}. */
  private static String name(TypeMirror type) {
    return switch (type.getKind()) {
      case DECLARED -> {
        StringBuilder name = new StringBuilder();
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          name.append(capitalize(name(argument)));
        }
        yield decapitalize(name.append(((DeclaredType) type).asElement().getSimpleName()).toString());
      }
      case ARRAY -> name(((ArrayType) type).getComponentType()) + "Array";
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
        yield bound == null ? "object" : name(bound);
      }
      default -> type.getKind().toString().toLowerCase(Locale.ROOT);
    };
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
