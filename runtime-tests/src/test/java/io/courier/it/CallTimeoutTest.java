package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.CallTimeoutException;
import io.courier.HttpStatusException;
import io.courier.RetryPolicy;
import io.courier.http.Get;
import io.courier.http.Timeout;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The call timeout bounds a whole call, attempts, pauses and the reading of the body included. */
class CallTimeoutTest {
  interface DocsApi {
    @Get("/docs/{id}")
    @Timeout(1)
    String getWithinASecond(String id);

    @Get("/docs/{id}")
    String get(String id);

    @Get("/docs/{id}")
    CompletableFuture<String> getAsync(String id);

    @Get("/docs/{id}")
    String getChecked(String id) throws IOException;
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseStalledResponses() {
    release.countDown();
  }

  /** Headers at once, a first byte, then nothing until the test ends. */
  private void stallAfterTheHeaders() {
    server.handler((exchange, request) -> {
      exchange.sendResponseHeaders(200, 10);
      OutputStream out = exchange.getResponseBody();
      out.write('x');
      out.flush();
      release.await(30, TimeUnit.SECONDS);
    });
  }

  private DocsApi api(TransportKind transport, Duration callTimeout) {
    return server.courier(transport).callTimeout(callTimeout).build().create(DocsApi.class);
  }

  @TransportTest
  void aMethodsTimeoutEndsItsRetriesAtTheDeadline(TransportKind transport) {
    server.handler((exchange, request) -> {
      Thread.sleep(300);
      RecordingServer.send(exchange, Reply.status(503).header("Retry-After", "0"));
    });
    DocsApi api = server.courier(transport).retryPolicy(RetryPolicy.of(50, Duration.ZERO, Duration.ZERO,
        Duration.ofSeconds(30))).build().create(DocsApi.class);

    CallTimeoutException e = assertThrows(CallTimeoutException.class, () -> api.getWithinASecond("1"));

    assertTrue(e.getMessage().contains("GET /api/docs/1 exceeded its call timeout of PT1S"), e.getMessage());
    int attempts = server.requests().size();
    assertTrue(attempts >= 2 && attempts <= 4, attempts + " attempts of 300 ms each in one second");
  }

  @TransportTest
  void aRetryAfterLongerThanTheTimeLeftIsNotWaitedFor(TransportKind transport) {
    server.replies(Reply.status(503).header("Retry-After", "3"), Reply.status(200).body("late"));

    long start = System.nanoTime();
    HttpStatusException e = assertThrows(HttpStatusException.class, () -> api(transport, Duration.ofSeconds(1))
        .get("1"));

    // No retry is started that the deadline cannot hold: the 503 is the answer, at once rather than after 3 s.
    assertEquals(503, e.status());
    assertEquals(1, server.requests().size());
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "it slept through the Retry-After");
  }

  @TransportTest
  void aBodyThatStallsAfterTheHeadersEndsTheCallAtItsTimeout(TransportKind transport) {
    stallAfterTheHeaders();

    CallTimeoutException e = assertThrows(CallTimeoutException.class,
        () -> api(transport, Duration.ofMillis(500)).get("1"));

    assertTrue(e.getMessage().contains("call timeout of PT0.5S"), e.getMessage());
  }

  @TransportTest
  void anAsyncCallEndsAtItsTimeoutToo(TransportKind transport) throws Exception {
    stallAfterTheHeaders();

    CompletableFuture<String> future = api(transport, Duration.ofMillis(500)).getAsync("1");

    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    assertInstanceOf(CallTimeoutException.class, e.getCause());
  }

  @TransportTest
  void aMethodThatThrowsIoExceptionGetsTheTimeoutAsOne(TransportKind transport) {
    stallAfterTheHeaders();

    HttpTimeoutException e = assertThrows(HttpTimeoutException.class,
        () -> api(transport, Duration.ofMillis(500)).getChecked("1"));

    assertTrue(e.getMessage().contains("call timeout"), e.getMessage());
  }
}
