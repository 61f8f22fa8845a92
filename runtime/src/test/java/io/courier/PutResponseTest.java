package io.courier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.RecordingServer.Reply;
import io.courier.internal.Decoder;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import io.courier.internal.UrlEncoding;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A PUT returning {@code Response<User>}: created vs replaced vs no content, ETag, Location and error bodies. */
class PutResponseTest {
  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final Engine engine = server.courier().build().engine();
  private final AtomicInteger decoded = new AtomicInteger();
  private final Endpoint<Response<User>> replace = engine.endpoint("PUT", "/users/{id}").withBody().idempotent()
      .header("Accept", "application/json")
      .returning(Returns.response(counting(engine.decoder(User.class))));

  /** {@code json}, counting how often it is asked to decode. */
  private Decoder<User> counting(Decoder<User> json) {
    return (body, headers) -> {
      decoded.incrementAndGet();
      return json.decode(body, headers);
    };
  }

  private Response<User> put(long id) {
    return replace.call("users/" + UrlEncoding.pathSegment("id", id))
        .body("user", engine.writer(User.class), new User("Ada", 36))
        .execute();
  }

  @Test
  void created201() {
    server.replies(Reply.status(201).header("Content-Type", "application/json")
        .header("ETag", "\"v1\"").header("Location", "/api/users/7")
        .body("{\"name\":\"Ada\",\"age\":36}"));

    Response<User> response = put(7);

    assertEquals(201, response.status());
    assertTrue(response.isCreated());
    assertTrue(response.isSuccessful());
    assertEquals(new User("Ada", 36), response.body());
    assertEquals(Optional.of("\"v1\""), response.etag());
    assertEquals(Optional.of(server.base().resolve("users/7")), response.location());
    assertEquals(server.base().resolve("users/7"), response.uri());
    assertEquals(0, response.errorBody().length);
    assertEquals("PUT", server.only().method());
    assertEquals("/api/users/7", server.only().rawUri());
    assertEquals("application/json", server.only().header("Accept"));
  }

  @Test
  void replaced200() {
    server.replies(Reply.status(200).header("Content-Type", "application/json")
        .body("{\"name\":\"Bob\",\"age\":40}"));

    Response<User> response = put(7);

    assertEquals(200, response.status());
    assertFalse(response.isCreated());
    assertTrue(response.isSuccessful());
    assertEquals(new User("Bob", 40), response.body());
    assertEquals(Optional.empty(), response.etag());
    assertEquals(Optional.empty(), response.location());
    assertEquals(1, decoded.get());
  }

  @Test
  void noContent204HasNullBodyAndNeverCallsTheDecoder() {
    server.replies(Reply.status(204).header("ETag", "W/\"v2\""));

    Response<User> response = put(7);

    assertEquals(204, response.status());
    assertFalse(response.isCreated());
    assertTrue(response.isSuccessful());
    assertNull(response.body());
    assertEquals(0, decoded.get());
    assertEquals(Optional.of("W/\"v2\""), response.etag());
  }

  @Test
  void relativeLocationIsResolvedAgainstTheRequestUri() {
    server.replies(Reply.status(201).header("Location", "8/profile"));

    Response<User> response = put(7);

    assertEquals(Optional.of(URI.create(server.base() + "users/8/profile")), response.location());
  }

  @Test
  void queryOnlyLocationKeepsTheRequestPath() {
    // RFC 3986, section 5.2.2: a reference of only a query keeps the base's whole path.
    server.replies(Reply.status(201).header("Location", "?version=2"));

    assertEquals(Optional.of(URI.create(server.base() + "users/7?version=2")), put(7).location());
  }

  @Test
  void absoluteLocationIsKept() {
    server.replies(Reply.status(201).header("Location", "https://elsewhere.example/u/7"));

    assertEquals(Optional.of(URI.create("https://elsewhere.example/u/7")), put(7).location());
  }

  @Test
  void conflict409KeepsTheErrorBodyAndDecodesNothing() {
    String error = "{\"error\":\"version conflict\"}";
    server.replies(Reply.status(409).header("Content-Type", "application/json").body(error));

    Response<User> response = put(7);

    assertEquals(409, response.status());
    assertFalse(response.isSuccessful());
    assertFalse(response.isCreated());
    assertNull(response.body());
    assertArrayEquals(error.getBytes(StandardCharsets.UTF_8), response.errorBody());
    assertEquals(0, decoded.get());
  }

  @Test
  void errorBodyIsACopy() {
    server.replies(Reply.status(409).body("abc"));

    Response<User> response = put(7);
    response.errorBody()[0] = 'x';

    assertEquals("abc", new String(response.errorBody(), StandardCharsets.UTF_8));
  }
}
