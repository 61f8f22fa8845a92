package io.courier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.courier.RecordingServer.Reply;
import io.courier.internal.BodyWriters;
import io.courier.internal.Decoders;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Idempotent calls with replayable bodies are sent again after 503/429 and cut connections; others never. */
class RetryTest {
  private static final Reply UNAVAILABLE = Reply.status(503).header("Retry-After", "0").body("busy");
  private static final Reply CREATED = Reply.status(201).body("{\"name\":\"Ada\",\"age\":36}");

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private RawServer raw;

  @AfterEach
  void closeRawServer() throws Exception {
    if (raw != null) {
      raw.close();
    }
  }

  private static Endpoint<Response<User>> endpoint(Engine engine, String method) {
    Endpoint.Builder builder = engine.endpoint(method, "/users/{id}").withBody();
    if (method.equals("PUT")) {
      builder.idempotent(); // as the processor says for PUT, and never for POST
    }
    return builder.returning(Returns.response(engine.decoder(User.class)));
  }

  private static Response<User> send(Engine engine, Endpoint<Response<User>> endpoint) {
    return endpoint.call("users/1").body("user", engine.writer(User.class), new User("Ada", 36)).execute();
  }

  /** Reads the request, then closes the connection without answering. */
  private static void cut(Socket socket) throws IOException {
    RawServer.readRequest(socket.getInputStream());
  }

  private static void ok(Socket socket) throws IOException {
    RawServer.readRequest(socket.getInputStream());
    RawServer.respond(socket.getOutputStream(), 201, "{\"name\":\"Ada\",\"age\":36}");
  }

  @Test
  void putIsRetriedAfter503WithRetryAfter() {
    server.replies(UNAVAILABLE, CREATED);
    Engine engine = server.courier().build().engine();

    Response<User> response = send(engine, endpoint(engine, "PUT"));

    assertEquals(201, response.status());
    assertEquals(new User("Ada", 36), response.body());
    List<RecordingServer.Recorded> attempts = server.requests();
    assertEquals(2, attempts.size());
    assertArrayEquals(attempts.get(0).body(), attempts.get(1).body());
    assertEquals("{\"name\":\"Ada\",\"age\":36}", attempts.get(1).bodyText());
  }

  @Test
  void fileBodyIsOpenedAgainForARetry(@TempDir Path dir) throws IOException {
    server.replies(UNAVAILABLE, Reply.status(204));
    Engine engine = server.courier().build().engine();
    Path file = Files.writeString(dir.resolve("doc.txt"), "file contents");

    engine.endpoint("PUT", "/docs/{id}").withBody().idempotent().returning(Returns.discard())
        .call("docs/1").body("file", BodyWriters.path(), file).execute();

    List<RecordingServer.Recorded> attempts = server.requests();
    assertEquals(2, attempts.size());
    for (RecordingServer.Recorded attempt : attempts) {
      assertEquals("file contents", attempt.bodyText());
      assertEquals("13", attempt.header("Content-Length"));
    }
  }

  @Test
  void putIsRetriedAfter429() {
    server.replies(Reply.status(429).header("Retry-After", "0"), CREATED);
    Engine engine = server.courier().build().engine();

    assertEquals(201, send(engine, endpoint(engine, "PUT")).status());
    assertEquals(2, server.requests().size());
  }

  @Test
  void putIsRetriedAfterAConnectionCut() throws Exception {
    raw = RawServer.start(RetryTest::cut, RetryTest::ok);
    Engine engine = Courier.builder().baseUri(raw.base()).build().engine();

    Response<User> response = send(engine, endpoint(engine, "PUT"));

    assertEquals(201, response.status());
    assertEquals(2, raw.connections());
  }

  @Test
  void asyncPutIsRetriedToo() throws Exception {
    server.replies(UNAVAILABLE, CREATED);
    Engine engine = server.courier().build().engine();

    Response<User> response = endpoint(engine, "PUT").call("users/1")
        .body("user", engine.writer(User.class), new User("Ada", 36))
        .executeAsync().get(10, TimeUnit.SECONDS);

    assertEquals(201, response.status());
    assertEquals(2, server.requests().size());
  }

  @Test
  void attemptsAreBounded() {
    server.replies(UNAVAILABLE);
    Engine engine = server.courier().build().engine();

    Response<User> response = send(engine, endpoint(engine, "PUT"));

    assertEquals(503, response.status());
    assertEquals("busy", new String(response.errorBody()));
    assertEquals(RetryPolicy.defaults().maxAttempts(), server.requests().size());
  }

  @Test
  void postIsNeverRetried() {
    server.replies(UNAVAILABLE, CREATED);
    Engine engine = server.courier().build().engine();

    assertEquals(503, send(engine, endpoint(engine, "POST")).status());
    assertEquals(1, server.requests().size());
  }

  @Test
  void postIsNotRetriedAfterAConnectionCut() throws Exception {
    raw = RawServer.start(RetryTest::cut, RetryTest::ok);
    Engine engine = Courier.builder().baseUri(raw.base()).build().engine();
    Endpoint<Response<User>> post = endpoint(engine, "POST");

    assertThrows(TransportException.class, () -> send(engine, post));
    assertEquals(1, raw.connections());
  }

  @Test
  void postMarkedIdempotentIsRetried() {
    server.replies(UNAVAILABLE, CREATED);
    Engine engine = server.courier().build().engine();
    Endpoint<Response<User>> post = engine.endpoint("POST", "/users").withBody().idempotent()
        .returning(Returns.response(engine.decoder(User.class)));

    assertEquals(201, send(engine, post).status());
    assertEquals(2, server.requests().size());
  }

  @Test
  void inputStreamBodyIsNeverRetried() {
    server.replies(UNAVAILABLE, CREATED);
    Engine engine = server.courier().build().engine();
    Endpoint<Response<Void>> upload = engine.endpoint("PUT", "/files/{name}").withBody().idempotent()
        .returning(Returns.response(Decoders.none()));

    Response<Void> response = upload.call("files/a")
        .body("in", BodyWriters.inputStream(), new ByteArrayInputStream(new byte[] {1, 2, 3}))
        .execute();

    assertEquals(503, response.status());
    assertEquals(1, server.requests().size());
  }

  @Test
  void noneTurnsRetriesOff() throws Exception {
    server.replies(UNAVAILABLE, CREATED);
    Engine engine = server.courier().retryPolicy(RetryPolicy.none()).build().engine();

    assertEquals(503, send(engine, endpoint(engine, "PUT")).status());
    assertEquals(1, server.requests().size());

    raw = RawServer.start(RetryTest::cut, RetryTest::ok);
    Engine rawEngine = Courier.builder().baseUri(raw.base()).retryPolicy(RetryPolicy.none()).build().engine();
    Endpoint<Response<User>> put = endpoint(rawEngine, "PUT");
    assertThrows(TransportException.class, () -> send(rawEngine, put));
    assertEquals(1, raw.connections());
  }

  @Test
  void retryAfterLongerThanThePolicyAllowsEndsTheRetries() {
    server.replies(Reply.status(503).header("Retry-After", "3600"), CREATED);
    RetryPolicy policy = RetryPolicy.of(3, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5));
    Engine engine = server.courier().retryPolicy(policy).build().engine();

    Response<User> response = send(engine, endpoint(engine, "PUT"));

    assertEquals(503, response.status());
    assertEquals(List.of("3600"), response.headers().allValues("Retry-After"));
    assertEquals(1, server.requests().size());
  }
}
