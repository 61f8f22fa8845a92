package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.Courier;
import io.courier.HttpStatusException;
import io.courier.Response;
import io.courier.RetryPolicy;
import io.courier.TransportException;
import io.courier.http.Body;
import io.courier.http.Get;
import io.courier.http.Header;
import io.courier.http.Put;
import io.courier.http.Query;
import io.courier.testsupport.RawServer;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every record Courier logs, at every level, through the JDK's default backend ({@code java.util.logging}), over
 * calls that succeed, fail with a status, fail to connect and run async: one DEBUG line per call, TRACE lines with
 * the headers, and no secret anywhere, in the log, in an exception's message or in a {@code toString()}.
 */
class LoggingTest {
  /** Calls that carry every kind of secret. */
  interface SecretsApi {
    @Put("/users/{id}")
    Response<User> put(String id, @Query("api_key") String apiKey, @Header("Authorization") String authorization,
        @Header("Cookie") String cookie, @Header("X-Api-Token") String token, @Body User user);

    @Get("/users/{id}")
    User get(String id, @Query("api_key") String apiKey, @Header("Authorization") String authorization);

    @Get("/users/{id}")
    CompletableFuture<User> getAsync(String id, @Query("api_key") String apiKey,
        @Header("Authorization") String authorization);
  }

  private static final String BEARER = "Bearer s3cr3t-bearer";
  private static final String COOKIE = "session=s3cr3t-cookie";
  private static final String TOKEN = "s3cr3t-token";
  private static final String API_KEY = "s3cr3t-key";
  private static final String SET_COOKIE = "id=s3cr3t-set-cookie";
  private static final List<String> SECRETS =
      List.of("s3cr3t-bearer", "s3cr3t-cookie", TOKEN, API_KEY, "s3cr3t-set-cookie");
  private static final User ADA = new User("Ada", 36);

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();

  private final Logger courierLogger = Logger.getLogger("io.courier");
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public synchronized void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level levelBefore;

  @BeforeEach
  void captureEverything() {
    levelBefore = courierLogger.getLevel();
    courierLogger.setLevel(Level.ALL);
    capture.setLevel(Level.ALL);
    courierLogger.addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    courierLogger.removeHandler(capture);
    courierLogger.setLevel(levelBefore);
  }

  private SecretsApi api(Courier.Builder builder) {
    return builder.redactHeader("x-api-token").redactQueryParameter("api_key").retryPolicy(RetryPolicy.none())
        .build().create(SecretsApi.class);
  }

  @TransportTest
  void aCallIsOneDebugLineAndItsHeadersTraceLinesWithEverySecretMasked(TransportKind transport) {
    server.replies(Reply.status(201).header("Set-Cookie", SET_COOKIE).header("X-Request-Id", "r-1")
        .body("{\"name\":\"Ada\",\"age\":36}"));

    Response<User> response = api(server.courier(transport)).put("42", API_KEY, BEARER, COOKIE, TOKEN, ADA);

    assertEquals(201, response.status());
    List<String> debug = messages(Level.FINE);
    assertEquals(1, debug.size(), debug.toString());
    String line = debug.get(0);
    assertTrue(line.startsWith("PUT " + server.base() + "users/42?api_key=██ -> 201 (1 attempt, "), line);
    String trace = String.join("\n", messages(Level.FINER));
    assertTrue(trace.contains("Authorization: ██"), trace);
    assertTrue(trace.contains("Cookie: ██"), trace);
    assertTrue(trace.contains("X-Api-Token: ██"), trace);
    assertTrue(trace.toLowerCase().contains("set-cookie: ██"), trace);
    assertTrue(trace.toLowerCase().contains("x-request-id: r-1"), "other headers are shown: " + trace);
    assertFalse(trace.contains("Ada"), "bodies are never logged: " + trace);
    assertNoSecretIn(response.toString());
    assertNoSecretLogged();
  }

  @TransportTest
  void aStatusFailureIsLoggedWithoutItsSecrets(TransportKind transport) {
    server.replies(Reply.status(401).header("Set-Cookie", SET_COOKIE).body("no"));

    HttpStatusException e = assertThrows(HttpStatusException.class,
        () -> api(server.courier(transport)).get("7", API_KEY, BEARER));

    assertNoSecretIn(e.getMessage());
    assertNoSecretIn(e.toString());
    String line = messages(Level.FINE).get(0);
    assertTrue(line.contains("-> failed, HttpStatusException after 401 (1 attempt"), line);
    assertNoSecretLogged();
  }

  @TransportTest
  void aRefusedConnectionIsLoggedWithoutItsSecrets(TransportKind transport) throws Exception {
    Courier.Builder refused = transport.configure(Courier.builder())
        .baseUri("http://127.0.0.1:" + RawServer.refusedPort() + "/api/");

    TransportException e = assertThrows(TransportException.class, () -> api(refused).get("7", API_KEY, BEARER));

    assertNoSecretIn(e.getMessage());
    assertNoSecretIn(String.valueOf(e.getCause()));
    assertTrue(messages(Level.FINE).get(0).contains("-> failed, TransportException (ConnectException)"), messages(Level.FINE).get(0));
    assertNoSecretLogged();
  }

  @TransportTest
  void anAsyncCallIsLoggedOnceToo(TransportKind transport) throws Exception {
    server.replies(Reply.status(500).body("boom"));

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> api(server.courier(transport)).getAsync("7", API_KEY, BEARER).get(10, TimeUnit.SECONDS));

    assertNoSecretIn(e.getCause().getMessage());
    List<String> debug = messages(Level.FINE);
    assertEquals(1, debug.size(), debug.toString());
    assertTrue(debug.get(0).contains("-> failed, HttpStatusException after 500"), debug.get(0));
    assertNoSecretLogged();
  }

  /** The formatted messages logged at exactly {@code level}. */
  private List<String> messages(Level level) {
    List<String> messages = new ArrayList<>();
    synchronized (capture) {
      for (LogRecord record : records) {
        if (record.getLevel().equals(level)) {
          messages.add(new java.util.logging.SimpleFormatter().formatMessage(record));
        }
      }
    }
    return messages;
  }

  private void assertNoSecretLogged() {
    synchronized (capture) {
      assertFalse(records.isEmpty(), "Courier logged nothing");
      for (LogRecord record : records) {
        assertNoSecretIn(new java.util.logging.SimpleFormatter().format(record));
      }
    }
  }

  private static void assertNoSecretIn(String text) {
    for (String secret : SECRETS) {
      assertFalse(text.contains(secret), "a secret in: " + text);
    }
  }
}
