package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.CourierException;
import io.courier.HttpStatusException;
import io.courier.http.Delete;
import io.courier.http.Field;
import io.courier.http.Header;
import io.courier.http.Path;
import io.courier.http.Put;
import io.courier.http.Query;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A non-2xx status where the return type has no room for it throws a detailed, secret-free exception. */
class HttpStatusExceptionTest {
  private static final String TOKEN = "Bearer s3cr3t-t0ken";
  private static final String API_KEY = "k3y-sup3r-s3cr3t";

  /** A call that carries secrets in its query, headers and body, and a void DELETE. */
  interface UsersApi {
    @Put("/users/{id}")
    User rename(@Path("id") long id, @Query("api_key") String apiKey, @Header("Authorization") String authorization,
        @Header("Cookie") String cookie, @Field("name") String name);

    @Delete("/users/{id}")
    void delete(@Path("id") long id);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private UsersApi api;

  @BeforeEach
  void create(TransportKind transport) {
    api = server.courier(transport).build().create(UsersApi.class);
  }

  private HttpStatusException failingPut() {
    return assertThrows(HttpStatusException.class,
        () -> api.rename(42L, API_KEY, TOKEN, "session=c00kie", "Ada"));
  }

  @TransportTest
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

  @TransportTest
  void notFound404() {
    server.replies(Reply.status(404));

    HttpStatusException e = failingPut();

    assertEquals(404, e.status());
    assertEquals(0, e.body().length);
    assertTrue(e.getMessage().contains("404"), e.getMessage());
    assertFalse(e.getMessage().contains(API_KEY), e.getMessage());
  }

  @TransportTest
  void isACourierException() {
    server.replies(Reply.status(500));

    CourierException e = assertThrows(CourierException.class, () -> api.rename(1, null, null, null, null));

    assertTrue(e instanceof HttpStatusException);
  }

  @TransportTest
  void voidReturnThrowsToo() {
    server.replies(Reply.status(409).body("no"));

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> api.delete(1));

    assertEquals("DELETE", e.method());
    assertEquals("no", e.bodyAsString());
  }
}
