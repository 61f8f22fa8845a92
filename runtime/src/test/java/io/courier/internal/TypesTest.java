package io.courier.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The types Types builds are equal to, and hash like, the JDK's own reflected ones. */
class TypesTest {
  @SuppressWarnings("unused") // read through reflection only
  private static final class Fields {
    List<String> listOfString;
    List<Integer> listOfInteger;
    Map<String, List<Integer>> mapOfLists;
    Map.Entry<String, Integer> entry;
    List<String>[] arrayOfLists;
    List<? extends Number> extendsNumber;
    List<? super Integer> superInteger;
  }

  private static Type jdk(String field) throws NoSuchFieldException {
    return Fields.class.getDeclaredField(field).getGenericType();
  }

  private static void assertSameType(Type jdk, Type ours) {
    assertEquals(jdk, ours);
    assertEquals(ours, jdk);
    assertEquals(jdk.hashCode(), ours.hashCode());
    assertEquals(jdk.getTypeName(), ours.getTypeName());
  }

  @Test
  void listOfStringMatchesTheJdks() throws Exception {
    Type jdk = jdk("listOfString");
    java.lang.reflect.ParameterizedType ours = Types.parameterized(List.class, String.class);

    assertSameType(jdk, ours);
    assertEquals(List.class, ours.getRawType());
    assertArrayEquals(new Type[] {String.class}, ours.getActualTypeArguments());
    assertEquals(null, ours.getOwnerType());
    assertNotEquals(jdk("listOfInteger"), ours);
  }

  @Test
  void nestedParameterizedTypeMatches() throws Exception {
    assertSameType(jdk("mapOfLists"),
        Types.parameterized(Map.class, String.class, Types.parameterized(List.class, Integer.class)));
  }

  @Test
  void memberTypeHasItsOwner() throws Exception {
    assertSameType(jdk("entry"), Types.parameterized(Map.Entry.class, String.class, Integer.class));
  }

  @Test
  void genericArrayMatches() throws Exception {
    assertSameType(jdk("arrayOfLists"), Types.arrayOf(Types.parameterized(List.class, String.class)));
  }

  @Test
  void wildcardsMatch() throws Exception {
    assertSameType(jdk("extendsNumber"), Types.parameterized(List.class, Types.subtypeOf(Number.class)));
    assertSameType(jdk("superInteger"), Types.parameterized(List.class, Types.supertypeOf(Integer.class)));
  }

  @Test
  void argumentsAreCopied() {
    Type[] arguments = {String.class};
    java.lang.reflect.ParameterizedType type = Types.parameterized(List.class, arguments);
    arguments[0] = Integer.class;
    type.getActualTypeArguments()[0] = Long.class;

    assertArrayEquals(new Type[] {String.class}, type.getActualTypeArguments());
  }
}
