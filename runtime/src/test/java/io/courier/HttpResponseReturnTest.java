package io.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.RecordingServer.Reply;
import io.courier.internal.Decoders;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JDK's own {@code HttpResponse<T>} as a return type: never throws for a status, body decoded. */
class HttpResponseReturnTest {
  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final Engine engine = server.courier().build().engine();

  @Test
  void decodesASuccessfulBodyAndKeepsTheExchange() {
    server.replies(Reply.status(201).header("ETag", "\"v1\"").body("{\"name\":\"Ada\",\"age\":36}"));
    Endpoint<HttpResponse<User>> put = engine.endpoint("PUT", "/users/{id}").withBody().idempotent()
        .returning(Returns.httpResponse(engine.decoder(User.class)));

    HttpResponse<User> response = put.call("users/7").execute();

    assertEquals(201, response.statusCode());
    assertEquals(new User("Ada", 36), response.body());
    assertEquals("\"v1\"", response.headers().firstValue("ETag").orElseThrow());
    assertEquals("PUT", response.request().method());
    assertTrue(response.uri().getPath().endsWith("/users/7"), response.uri().toString());
    assertTrue(response.previousResponse().isEmpty());
  }

  @Test
  void keepsAnErrorBodyAsTextWithoutThrowing() {
    server.replies(Reply.status(409).body("locked by another writer"));
    Endpoint<HttpResponse<String>> put = engine.endpoint("PUT", "/notes/{id}").withBody().idempotent()
        .returning(Returns.httpResponse(Decoders.string()));

    HttpResponse<String> response = put.call("notes/1").execute();

    assertEquals(409, response.statusCode());
    assertEquals("locked by another writer", response.body());
  }

  @Test
  void leavesAnErrorBodyOfACodecTypeUndecoded() {
    server.replies(Reply.status(500).body("<html>not json</html>"));
    Endpoint<HttpResponse<User>> put = engine.endpoint("PUT", "/users/{id}").withBody().idempotent()
        .returning(Returns.httpResponse(engine.decoder(User.class)));

    HttpResponse<User> response = put.call("users/1").execute();

    assertEquals(500, response.statusCode());
    assertNull(response.body());
  }
}
