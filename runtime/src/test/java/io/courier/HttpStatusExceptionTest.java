package io.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.RecordingServer.Reply;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import io.courier.internal.UrlEncoding;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A non-2xx status where the return type has no room for it throws a detailed, secret-free exception. */
class HttpStatusExceptionTest {
  private static final String TOKEN = "Bearer s3cr3t-t0ken";
  private static final String API_KEY = "k3y-sup3r-s3cr3t";

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final Engine engine = server.courier().build().engine();
  private final Endpoint<User> rename =
      engine.endpoint("PUT", "/users/{id}").withBody().idempotent().jsonFields().returning(Returns.body(engine.decoder(User.class)));

  private HttpStatusException failingPut() {
    return assertThrows(HttpStatusException.class, () -> rename
        .call("users/" + UrlEncoding.pathSegment("id", 42L))
        .query("api_key", API_KEY)
        .header("Authorization", TOKEN)
        .header("Cookie", "session=c00kie")
        .field("name", "Ada")
        .execute());
  }

  @Test
  void conflict409() {
    server.replies(Reply.status(409).header("X-Reason", "stale").body("{\"error\":\"stale version\"}"));

    HttpStatusException e = failingPut();

    assertEquals(409, e.status());
    assertEquals("PUT", e.method());
    assertEquals(URI.create(server.base() + "users/42?api_key=" + API_KEY), e.uri());
    assertEquals(Optional.of("stale"), e.headers().firstValue("X-Reason"));
    assertEquals("{\"error\":\"stale version\"}", e.bodyAsString());
    String message = e.getMessage();
    assertTrue(message.contains("PUT"), message);
    assertTrue(message.contains("/api/users/42"), message);
    assertTrue(message.contains("409"), message);
    assertFalse(message.contains(API_KEY), message);
    assertFalse(message.contains("s3cr3t"), message);
    assertFalse(message.contains("c00kie"), message);
    assertFalse(e.toString().contains("s3cr3t"), e.toString());
    // The secrets did reach the server: the test checks the message, not a request that lost them.
    assertEquals(TOKEN, server.only().header("Authorization"));
  }

  @Test
  void notFound404() {
    server.replies(Reply.status(404));

    HttpStatusException e = failingPut();

    assertEquals(404, e.status());
    assertEquals(0, e.body().length);
    assertTrue(e.getMessage().contains("404"), e.getMessage());
    assertFalse(e.getMessage().contains(API_KEY), e.getMessage());
  }

  @Test
  void isACourierException() {
    server.replies(Reply.status(500));

    CourierException e = assertThrows(CourierException.class, () -> rename.call("users/1").execute());

    assertTrue(e instanceof HttpStatusException);
  }

  @Test
  void voidReturnThrowsToo() {
    server.replies(Reply.status(409).body("no"));
    Endpoint<Void> delete = engine.endpoint("DELETE", "/users/{id}").idempotent().returning(Returns.discard());

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> delete.call("users/1").execute());

    assertEquals("DELETE", e.method());
    assertEquals("no", e.bodyAsString());
  }
}
