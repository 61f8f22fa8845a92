package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.http.Path;
import io.courier.http.Put;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JDK's own {@code HttpResponse<T>} as a return type: never throws for a status, body decoded. */
class HttpResponseReturnTest {
  /** Methods returning the JDK's {@code HttpResponse} of a codec type and of text. */
  interface ExchangesApi {
    @Put("/users/{id}")
    HttpResponse<User> putUser(@Path("id") long id);

    @Put("/notes/{id}")
    HttpResponse<String> putNote(@Path("id") long id);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private ExchangesApi api;

  @BeforeEach
  void create(TransportKind transport) {
    api = server.courier(transport).build().create(ExchangesApi.class);
  }

  @TransportTest
  void decodesASuccessfulBodyAndKeepsTheExchange() {
    server.replies(Reply.status(201).header("ETag", "\"v1\"").body("{\"name\":\"Ada\",\"age\":36}"));

    HttpResponse<User> response = api.putUser(7);

    assertEquals(201, response.statusCode());
    assertEquals(new User("Ada", 36), response.body());
    assertEquals("\"v1\"", response.headers().firstValue("ETag").orElseThrow());
    assertEquals("PUT", response.request().method());
    assertTrue(response.uri().getPath().endsWith("/users/7"), response.uri().toString());
    assertTrue(response.previousResponse().isEmpty());
  }

  @TransportTest
  void keepsAnErrorBodyAsTextWithoutThrowing() {
    server.replies(Reply.status(409).body("locked by another writer"));

    HttpResponse<String> response = api.putNote(1);

    assertEquals(409, response.statusCode());
    assertEquals("locked by another writer", response.body());
  }

  @TransportTest
  void leavesAnErrorBodyOfACodecTypeUndecoded() {
    server.replies(Reply.status(500).body("<html>not json</html>"));

    HttpResponse<User> response = api.putUser(1);

    assertEquals(500, response.statusCode());
    assertNull(response.body());
  }
}
