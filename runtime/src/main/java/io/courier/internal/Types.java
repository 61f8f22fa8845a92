package io.courier.internal;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Builds {@link Type}s such as {@code List<User>} from what the processor saw at compile time, so that a codec
 * can read generic bodies without any reflection on the user's interface.
 */
public final class Types {
  private Types() {}

  /** {@code raw<arguments>}, such as {@code Map<String, List<User>>}. */
  public static ParameterizedType parameterized(Class<?> raw, Type... arguments) {
    return new Parameterized(raw, arguments.clone());
  }

  /** {@code component[]} for a generic component, such as {@code List<User>[]}. */
  public static GenericArrayType arrayOf(Type component) {
    return new GenericArray(component);
  }

  /** {@code ? extends bound}. */
  public static WildcardType subtypeOf(Type bound) {
    return new Wildcard(new Type[] {bound}, new Type[0]);
  }

  /** {@code ? super bound}. */
  public static WildcardType supertypeOf(Type bound) {
    return new Wildcard(new Type[] {Object.class}, new Type[] {bound});
  }

  private static String name(Type type) {
    return type instanceof Class<?> c ? c.getTypeName() : type.toString();
  }

  private record Parameterized(Class<?> raw, Type[] arguments) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return raw.getDeclaringClass();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ParameterizedType that
          && raw.equals(that.getRawType())
          && Objects.equals(getOwnerType(), that.getOwnerType())
          && Arrays.equals(arguments, that.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      // The formula of the JDK's own ParameterizedType, so that equal types hash alike.
      return Arrays.hashCode(arguments) ^ Objects.hashCode(getOwnerType()) ^ raw.hashCode();
    }

    @Override
    public String toString() {
      return raw.getTypeName()
          + Arrays.stream(arguments).map(Types::name).collect(Collectors.joining(", ", "<", ">"));
    }
  }

  private record GenericArray(Type component) implements GenericArrayType {
    @Override
    public Type getGenericComponentType() {
      return component;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof GenericArrayType that && component.equals(that.getGenericComponentType());
    }

    @Override
    public int hashCode() {
      return component.hashCode();
    }

    @Override
    public String toString() {
      return name(component) + "[]";
    }
  }

  private record Wildcard(Type[] upper, Type[] lower) implements WildcardType {
    @Override
    public Type[] getUpperBounds() {
      return upper.clone();
    }

    @Override
    public Type[] getLowerBounds() {
      return lower.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof WildcardType that
          && Arrays.equals(upper, that.getUpperBounds())
          && Arrays.equals(lower, that.getLowerBounds());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(upper) ^ Arrays.hashCode(lower);
    }

    @Override
    public String toString() {
      return lower.length > 0 ? "? super " + name(lower[0]) : "? extends " + name(upper[0]);
    }
  }
}
