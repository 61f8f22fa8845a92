package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.Courier;
import io.courier.Response;
import io.courier.RetryPolicy;
import io.courier.TransportException;
import io.courier.http.Body;
import io.courier.http.Get;
import io.courier.http.Post;
import io.courier.http.Put;
import io.courier.testsupport.RawServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;

/**
 * Blocking and async calls take the same decisions after every attempt, because they share one loop: the cases
 * where the two copies of Courier 0.1's loop disagreed.
 */
class OneAttemptLoopTest {
  interface DocsApi {
    @Put("/docs/{id}")
    Response<Void> put(long id, @Body String text);

    @Put("/docs/{id}")
    CompletableFuture<Response<Void>> putAsync(long id, @Body String text);

    @Post("/docs")
    CompletableFuture<Response<Void>> postAsync(@Body String text);

    @Get("/docs/{id}")
    String get(long id);

    @Get("/docs/{id}")
    CompletableFuture<String> getAsync(long id);
  }

  private RawServer raw;

  @AfterEach
  void closeRawServer() throws IOException {
    if (raw != null) {
      raw.close();
    }
  }

  /** Reads the whole request, then closes the connection without a byte of answer. */
  private static void dropAfterRequest(Socket socket) throws IOException {
    RawServer.readRequest(socket.getInputStream());
  }

  /** Closes the connection before reading anything. */
  private static void dropAtOnce(Socket socket) {}

  private static void created(Socket socket) throws IOException {
    RawServer.readRequest(socket.getInputStream());
    RawServer.respond(socket.getOutputStream(), 201, "");
  }

  private DocsApi api(TransportKind transport) {
    return raw.courier(transport).build().create(DocsApi.class);
  }

  @TransportTest
  void asyncPutWhoseFirstAttemptWasDroppedCompletesWithTheRetriedResponse(TransportKind transport)
      throws Exception {
    raw = RawServer.start(OneAttemptLoopTest::dropAfterRequest, OneAttemptLoopTest::created);

    Response<Void> response = api(transport).putAsync(1, "text").get(10, TimeUnit.SECONDS);

    // The caller hears of the attempt that the server applied, not of the one that was dropped.
    assertEquals(201, response.status());
    assertEquals(2, raw.connections());
  }

  @TransportTest
  void asyncPostWhoseAttemptWasDroppedFailsWithTransportExceptionAndIsNotSentAgain(TransportKind transport)
      throws Exception {
    raw = RawServer.start(OneAttemptLoopTest::dropAfterRequest, OneAttemptLoopTest::created);

    CompletableFuture<Response<Void>> future = api(transport).postAsync("text");

    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    assertInstanceOf(TransportException.class, e.getCause());
    assertEquals(1, raw.connections());
  }

  @TransportTest
  void blockingAndAsyncGetMakeTheSameAttemptsAgainstAServerThatDropsEveryConnection(TransportKind transport)
      throws Exception {
    raw = RawServer.start(OneAttemptLoopTest::dropAtOnce);
    DocsApi api = api(transport);

    assertThrows(TransportException.class, () -> api.get(1));
    int blocking = raw.connections();
    ExecutionException e = assertThrows(ExecutionException.class, () -> api.getAsync(1).get(10, TimeUnit.SECONDS));
    int async = raw.connections() - blocking;

    assertInstanceOf(TransportException.class, e.getCause());
    // Courier makes three attempts; the JDK client sends a GET once more itself when its connection closes before
    // any response byte, so the server sees 3 connections through OkHttp and 6 through the JDK client.
    assertEquals(transport == TransportKind.JDK ? 6 : 3, blocking);
    assertEquals(blocking, async);
  }

  @TransportTest
  void asyncGetToARefusedPortFailsWithTransportExceptionCausedByTheRefusal(TransportKind transport)
      throws Exception {
    try (Courier courier = transport.configure(Courier.builder()
            .baseUri("http://127.0.0.1:" + RawServer.refusedPort() + "/api/"))
        .retryPolicy(RetryPolicy.of(3, Duration.ZERO, Duration.ZERO, Duration.ZERO))
        .build()) {
      DocsApi api = courier.create(DocsApi.class);

      ExecutionException e =
          assertThrows(ExecutionException.class, () -> api.getAsync(1).get(10, TimeUnit.SECONDS));

      // Not the transport's raw IOException, nor a CompletionException around it: what the blocking call throws.
      TransportException failure = assertInstanceOf(TransportException.class, e.getCause());
      assertTrue(causes(failure).stream().anyMatch(ConnectException.class::isInstance), causes(failure).toString());
    }
  }

  private static List<Throwable> causes(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
      chain.add(cause);
    }
    return chain;
  }
}
