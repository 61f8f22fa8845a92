package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.Headers;
import io.courier.http.Path;
import io.courier.http.Put;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A PUT returning {@code Response<User>}: created vs replaced vs no content, ETag, Location and error bodies. */
class PutResponseTest {
  /** A PUT that reports its status rather than throwing for it. */
  interface UsersApi {
    @Put("/users/{id}")
    @Headers("Accept: application/json")
    Response<User> replace(@Path("id") long id, @Body User user);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final CountingCodec codec = new CountingCodec();
  private UsersApi api;

  @BeforeEach
  void create(TransportKind transport) {
    api = server.courier(transport).codec(codec).build().create(UsersApi.class);
  }

  private Response<User> put(long id) {
    return api.replace(id, new User("Ada", 36));
  }

  @TransportTest
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

  @TransportTest
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
    assertEquals(1, codec.reads());
  }

  @TransportTest
  void noContent204HasNullBodyAndNeverCallsTheDecoder() {
    server.replies(Reply.status(204).header("ETag", "W/\"v2\""));

    Response<User> response = put(7);

    assertEquals(204, response.status());
    assertFalse(response.isCreated());
    assertTrue(response.isSuccessful());
    assertNull(response.body());
    assertEquals(0, codec.reads());
    assertEquals(Optional.of("W/\"v2\""), response.etag());
  }

  @TransportTest
  void relativeLocationIsResolvedAgainstTheRequestUri() {
    server.replies(Reply.status(201).header("Location", "8/profile"));

    Response<User> response = put(7);

    assertEquals(Optional.of(URI.create(server.base() + "users/8/profile")), response.location());
  }

  @TransportTest
  void queryOnlyLocationKeepsTheRequestPath() {
    // RFC 3986, section 5.2.2: a reference of only a query keeps the base's whole path.
    server.replies(Reply.status(201).header("Location", "?version=2"));

    assertEquals(Optional.of(URI.create(server.base() + "users/7?version=2")), put(7).location());
  }

  @TransportTest
  void absoluteLocationIsKept() {
    server.replies(Reply.status(201).header("Location", "https://elsewhere.example/u/7"));

    assertEquals(Optional.of(URI.create("https://elsewhere.example/u/7")), put(7).location());
  }

  @TransportTest
  void conflict409KeepsTheErrorBodyAndDecodesNothing() {
    String error = "{\"error\":\"version conflict\"}";
    server.replies(Reply.status(409).header("Content-Type", "application/json").body(error));

    Response<User> response = put(7);

    assertEquals(409, response.status());
    assertFalse(response.isSuccessful());
    assertFalse(response.isCreated());
    assertNull(response.body());
    assertArrayEquals(error.getBytes(StandardCharsets.UTF_8), response.errorBody());
    assertEquals(0, codec.reads());
  }

  @TransportTest
  void errorBodyIsACopy() {
    server.replies(Reply.status(409).body("abc"));

    Response<User> response = put(7);
    response.errorBody()[0] = 'x';

    assertEquals("abc", new String(response.errorBody(), StandardCharsets.UTF_8));
  }
}
