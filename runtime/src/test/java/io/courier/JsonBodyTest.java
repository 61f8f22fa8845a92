package io.courier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import io.courier.internal.Types;
import io.courier.internal.UrlEncoding;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** JSON request bodies, from a {@code @Body} object and from parameters written as one JSON object. */
class JsonBodyTest {
  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final Engine engine = server.courier().build().engine();

  @Test
  void bodyObjectIsSentAsJsonByteForByte() {
    Endpoint<Void> replace = engine.endpoint("PUT", "/users/{id}").withBody().idempotent().returning(Returns.discard());

    replace.call("users/" + UrlEncoding.pathSegment("id", 7L))
        .body("user", engine.writer(User.class), new User("Zoë \"Z\"", 36))
        .execute();

    RecordingServer.Recorded request = server.only();
    byte[] expected = "{\"name\":\"Zoë \\\"Z\\\"\",\"age\":36}".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(expected, request.body());
    assertEquals("application/json", request.header("Content-Type"));
    assertEquals(List.of(String.valueOf(expected.length)), request.headerValues("Content-Length"));
    assertNull(request.header("Transfer-Encoding"));
  }

  @Test
  void genericBodyIsWrittenWithItsDeclaredType() {
    Endpoint<Void> lists = engine.endpoint("PUT", "/lists/{id}").withBody().idempotent().returning(Returns.discard());
    Map<String, List<User>> all = new LinkedHashMap<>();
    all.put("admins", List.of(new User("Ada", 36)));
    all.put("guests", List.of());

    lists.call("lists/x")
        .body("all", engine.writer(Types.parameterized(Map.class, String.class,
            Types.parameterized(List.class, User.class))), all)
        .execute();

    assertEquals("{\"admins\":[{\"name\":\"Ada\",\"age\":36}],\"guests\":[]}", server.only().bodyText());
  }

  @Test
  void parametersAreWrittenAsOneJsonObject() {
    Endpoint<Void> rename = engine.endpoint("PUT", "/users/{id}").withBody().idempotent()
        .jsonFields()
        .returning(Returns.discard());

    rename.call("users/" + UrlEncoding.pathSegment("id", 7L))
        .field("name", "Ada Lovelace")
        .field("age", 36)
        .execute();

    RecordingServer.Recorded request = server.only();
    assertEquals("{\"name\":\"Ada Lovelace\",\"age\":36}", request.bodyText());
    assertEquals("application/json", request.header("Content-Type"));
    assertEquals(String.valueOf(request.body().length), request.header("Content-Length"));
  }

  @Test
  void nullJsonFieldsAreLeftOut() {
    Endpoint<Void> rename = engine.endpoint("PUT", "/users/{id}").withBody().idempotent().jsonFields().returning(Returns.discard());

    rename.call("users/7").field("name", null).field("age", 5).execute();

    assertEquals("{\"age\":5}", server.only().bodyText());
  }
}
