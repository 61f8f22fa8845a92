package io.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@code Courier.create} without a generated class, and the builder's checks. */
class CourierCreateTest {
  /** An API for which the annotation processor never ran. */
  interface NotGenerated {
    String hello();
  }

  @Test
  void missingGeneratedClassSaysHowToEnableTheProcessor() {
    Courier courier = Courier.builder().baseUri("http://127.0.0.1:1/").build();

    CourierException e = assertThrows(CourierException.class, () -> courier.create(NotGenerated.class));

    String message = e.getMessage();
    assertTrue(message.contains(NotGenerated.class.getName()), message);
    assertTrue(message.contains("annotation processor"), message);
    assertTrue(message.contains("courier-processor"), message);
    assertTrue(message.contains("annotationProcessorPaths"), message);
    assertTrue(message.contains("io.courier"), message);
  }

  /** A generic base, which Courier implements only through interfaces that fix its type arguments. */
  interface CrudApi<T, K> {
    T find(K id);
  }

  @Test
  void aGenericInterfaceIsExplainedRatherThanBlamedOnTheProcessor() {
    Courier courier = Courier.builder().baseUri("http://127.0.0.1:1/").build();

    CourierException e = assertThrows(CourierException.class, () -> courier.create(CrudApi.class));

    String message = e.getMessage();
    assertTrue(message.contains(CrudApi.class.getName()), message);
    assertTrue(message.contains("type parameters"), message);
    assertTrue(message.contains("extends CrudApi<User, Long>"), message);
  }

  @Test
  void baseUriMustBeAbsoluteHttp() {
    assertThrows(IllegalArgumentException.class, () -> Courier.builder().baseUri("ftp://host/"));
    assertThrows(IllegalArgumentException.class, () -> Courier.builder().baseUri("/relative"));
    assertThrows(IllegalArgumentException.class, () -> Courier.builder().baseUri("http://host/?q=1"));
    assertThrows(IllegalStateException.class, () -> Courier.builder().build());
  }

  @Test
  void baseUriIsKept() {
    URI base = URI.create("http://127.0.0.1:8080/api");
    assertEquals(base, Courier.builder().baseUri(base).build().baseUri());
  }
}
