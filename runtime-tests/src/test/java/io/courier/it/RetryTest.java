package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.courier.Response;
import io.courier.RetryPolicy;
import io.courier.TransportException;
import io.courier.http.Body;
import io.courier.http.Idempotent;
import io.courier.http.Post;
import io.courier.http.Put;
import io.courier.testsupport.RawServer;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Idempotent calls with replayable bodies are sent again after 503/429 and cut connections; others never. */
class RetryTest {
  // Un-annotated "id" and "name" parameters fill their placeholders, which keeps @Path from clashing with
  // java.nio.file.Path.
  /** Idempotent and non-idempotent methods with replayable and one-shot bodies. */
  interface UsersApi {
    @Put("/users/{id}")
    Response<User> put(long id, @Body User user);

    @Put("/users/{id}")
    CompletableFuture<Response<User>> putAsync(long id, @Body User user);

    @Post("/users/{id}")
    Response<User> post(long id, @Body User user);

    @Post("/users")
    @Idempotent
    Response<User> postIdempotent(@Body User user);

    @Put("/docs/{id}")
    void putDoc(String id, @Body Path file);

    @Put("/files/{name}")
    Response<Void> upload(String name, @Body java.net.http.HttpRequest.BodyPublisher body);
  }

  private static final Reply UNAVAILABLE = Reply.status(503).header("Retry-After", "0").body("busy");
  private static final Reply CREATED = Reply.status(201).body("{\"name\":\"Ada\",\"age\":36}");
  private static final User ADA = new User("Ada", 36);

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private RawServer raw;

  @AfterEach
  void closeRawServer() throws Exception {
    if (raw != null) {
      raw.close();
    }
  }

  private UsersApi api(TransportKind transport) {
    return server.courier(transport).build().create(UsersApi.class);
  }

  /** Reads the request, then closes the connection without answering. */
  private static void cut(Socket socket) throws IOException {
    RawServer.readRequest(socket.getInputStream());
  }

  private static void ok(Socket socket) throws IOException {
    RawServer.readRequest(socket.getInputStream());
    RawServer.respond(socket.getOutputStream(), 201, "{\"name\":\"Ada\",\"age\":36}");
  }

  @TransportTest
  void putIsRetriedAfter503WithRetryAfter(TransportKind transport) {
    server.replies(UNAVAILABLE, CREATED);

    Response<User> response = api(transport).put(1, ADA);

    assertEquals(201, response.status());
    assertEquals(ADA, response.body());
    List<RecordingServer.Recorded> attempts = server.requests();
    assertEquals(2, attempts.size());
    assertArrayEquals(attempts.get(0).body(), attempts.get(1).body());
    assertEquals("{\"name\":\"Ada\",\"age\":36}", attempts.get(1).bodyText());
  }

  @TransportTest
  void fileBodyIsOpenedAgainForARetry(TransportKind transport, @TempDir Path dir) throws IOException {
    server.replies(UNAVAILABLE, Reply.status(204));
    Path file = Files.writeString(dir.resolve("doc.txt"), "file contents");

    api(transport).putDoc("1", file);

    List<RecordingServer.Recorded> attempts = server.requests();
    assertEquals(2, attempts.size());
    for (RecordingServer.Recorded attempt : attempts) {
      assertEquals("file contents", attempt.bodyText());
      assertEquals("13", attempt.header("Content-Length"));
    }
  }

  @TransportTest
  void putIsRetriedAfter429(TransportKind transport) {
    server.replies(Reply.status(429).header("Retry-After", "0"), CREATED);

    assertEquals(201, api(transport).put(1, ADA).status());
    assertEquals(2, server.requests().size());
  }

  @TransportTest
  void putIsRetriedAfterAConnectionCut(TransportKind transport) throws Exception {
    raw = RawServer.start(RetryTest::cut, RetryTest::ok);
    UsersApi api = raw.courier(transport).build().create(UsersApi.class);

    Response<User> response = api.put(1, ADA);

    assertEquals(201, response.status());
    assertEquals(2, raw.connections());
  }

  @TransportTest
  void asyncPutIsRetriedToo(TransportKind transport) throws Exception {
    server.replies(UNAVAILABLE, CREATED);

    Response<User> response = api(transport).putAsync(1, ADA).get(10, TimeUnit.SECONDS);

    assertEquals(201, response.status());
    assertEquals(2, server.requests().size());
  }

  @TransportTest
  void attemptsAreBounded(TransportKind transport) {
    server.replies(UNAVAILABLE);

    Response<User> response = api(transport).put(1, ADA);

    assertEquals(503, response.status());
    assertEquals("busy", new String(response.errorBody(), StandardCharsets.UTF_8));
    assertEquals(RetryPolicy.defaults().maxAttempts(), server.requests().size());
  }

  @TransportTest
  void postIsNeverRetried(TransportKind transport) {
    server.replies(UNAVAILABLE, CREATED);

    assertEquals(503, api(transport).post(1, ADA).status());
    assertEquals(1, server.requests().size());
  }

  @TransportTest
  void postIsNotRetriedAfterAConnectionCut(TransportKind transport) throws Exception {
    raw = RawServer.start(RetryTest::cut, RetryTest::ok);
    UsersApi api = raw.courier(transport).build().create(UsersApi.class);

    assertThrows(TransportException.class, () -> api.post(1, ADA));
    assertEquals(1, raw.connections());
  }

  @TransportTest
  void postMarkedIdempotentIsRetried(TransportKind transport) {
    server.replies(UNAVAILABLE, CREATED);

    assertEquals(201, api(transport).postIdempotent(ADA).status());
    assertEquals(2, server.requests().size());
  }

  @TransportTest
  void inputStreamBodyIsNeverRetried(TransportKind transport) {
    server.replies(UNAVAILABLE, CREATED);
    StreamPutApi upload = server.courier(transport).build().create(StreamPutApi.class);

    Response<Void> response = upload.uploadForStatus("a", new ByteArrayInputStream(new byte[] {1, 2, 3}));

    assertEquals(503, response.status());
    assertEquals(1, server.requests().size());
  }

  /** A body publisher, the other body that cannot be sent again, is not retried either, although PUT may be. */
  @TransportTest
  void publisherBodyIsNeverRetried(TransportKind transport) {
    server.replies(UNAVAILABLE, CREATED);

    Response<Void> response = api(transport).upload("a", BodyPublishers.ofByteArray(new byte[] {1, 2, 3}));

    assertEquals(503, response.status());
    assertEquals(1, server.requests().size());
  }

  @TransportTest
  void noneTurnsRetriesOff(TransportKind transport) throws Exception {
    server.replies(UNAVAILABLE, CREATED);
    UsersApi api = server.courier(transport).retryPolicy(RetryPolicy.none()).build().create(UsersApi.class);

    assertEquals(503, api.put(1, ADA).status());
    assertEquals(1, server.requests().size());

    raw = RawServer.start(RetryTest::cut, RetryTest::ok);
    UsersApi rawApi = raw.courier(transport).retryPolicy(RetryPolicy.none()).build().create(UsersApi.class);
    assertThrows(TransportException.class, () -> rawApi.put(1, ADA));
    assertEquals(1, raw.connections());
  }

  @TransportTest
  void retryAfterLongerThanThePolicyAllowsEndsTheRetries(TransportKind transport) {
    server.replies(Reply.status(503).header("Retry-After", "3600"), CREATED);
    RetryPolicy policy = RetryPolicy.of(3, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5));
    UsersApi api = server.courier(transport).retryPolicy(policy).build().create(UsersApi.class);

    Response<User> response = api.put(1, ADA);

    assertEquals(503, response.status());
    assertEquals(List.of("3600"), response.headers().allValues("Retry-After"));
    assertEquals(1, server.requests().size());
  }
}
