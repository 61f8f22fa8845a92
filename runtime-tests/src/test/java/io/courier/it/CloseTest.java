package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.Courier;
import io.courier.CourierException;
import io.courier.Response;
import io.courier.http.Get;
import io.courier.http.Put;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code Courier.close()}: calls in flight end with a {@code CourierException}, later calls fail at once. */
class CloseTest {
  interface DocsApi {
    @Get("/docs/{id}")
    String get(long id);

    @Get("/docs/{id}")
    CompletableFuture<String> getAsync(long id);

    @Put("/docs/{id}")
    Response<Void> put(long id, String title);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseHeldRequests() {
    release.countDown(); // before JUnit closes the server
  }

  /** Holds every request until the test ends, as a server that is slow to answer. */
  private void holdEveryRequest() {
    server.handler((exchange, request) -> {
      release.await(30, TimeUnit.SECONDS);
      RecordingServer.send(exchange, Reply.status(200).body("late"));
    });
  }

  private static void assertClosedFailure(Throwable failure) {
    CourierException closed = assertInstanceOf(CourierException.class, failure);
    assertEquals(CourierException.class, closed.getClass(), "a plain CourierException, not a transport failure");
    assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
  }

  @TransportTest
  void blockingCallInFlightEndsWhenTheCourierCloses(TransportKind transport) throws Exception {
    holdEveryRequest();
    Courier courier = server.courier(transport).build();
    DocsApi api = courier.create(DocsApi.class);
    CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
      try {
        api.get(1);
        return null;
      } catch (RuntimeException e) {
        return e;
      }
    });
    server.take(); // the request is at the server, waiting for its answer

    courier.close();

    assertClosedFailure(outcome.get(10, TimeUnit.SECONDS));
  }

  @TransportTest
  void asyncCallInFlightEndsWhenTheCourierCloses(TransportKind transport) throws Exception {
    holdEveryRequest();
    Courier courier = server.courier(transport).build();
    CompletableFuture<String> future = courier.create(DocsApi.class).getAsync(1);
    server.take();

    courier.close();

    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    assertClosedFailure(e.getCause());
  }

  @TransportTest
  void everyCallStillInFlightEndsWhenTheCourierClosesWhileThoseAnsweredKeepTheirAnswers(TransportKind transport)
      throws Exception {
    // Even ids are answered at once, odd ones held: the answered calls leave the calls in flight from among the
    // held ones, and close() must still find every held one. Four held, so that OkHttp's five calls a host leave
    // room for the answered ones.
    server.handler((exchange, request) -> {
      if (Long.parseLong(request.rawUri().substring(request.rawUri().lastIndexOf('/') + 1)) % 2 == 1) {
        release.await(30, TimeUnit.SECONDS);
      }
      RecordingServer.send(exchange, Reply.status(200).body("answered"));
    });
    Courier courier = server.courier(transport).build();
    DocsApi api = courier.create(DocsApi.class);
    List<CompletableFuture<String>> calls = new ArrayList<>();
    for (long id = 0; id < 8; id++) {
      calls.add(api.getAsync(id));
    }
    for (int id = 0; id < 8; id += 2) {
      assertEquals("answered", calls.get(id).get(10, TimeUnit.SECONDS));
    }

    courier.close();

    for (int id = 1; id < 8; id += 2) {
      int which = id;
      ExecutionException e = assertThrows(ExecutionException.class, () -> calls.get(which).get(10, TimeUnit.SECONDS));
      assertClosedFailure(e.getCause());
    }
  }

  @TransportTest
  void aRetryWaitingOutRetryAfterEndsWhenTheCourierCloses(TransportKind transport) throws Exception {
    server.replies(Reply.status(503).header("Retry-After", "25"));
    Courier courier = server.courier(transport).build();
    DocsApi api = courier.create(DocsApi.class);
    CompletableFuture<Throwable> blocking = CompletableFuture.supplyAsync(() -> {
      try {
        api.get(1);
        return null;
      } catch (RuntimeException e) {
        return e;
      }
    });
    CompletableFuture<String> async = api.getAsync(2);
    server.take();
    server.take(); // both first attempts were answered 503, and both calls now wait 25 s to retry

    courier.close();

    // Well before the 25 s: close() wakes the pauses rather than letting them run out.
    assertClosedFailure(blocking.get(10, TimeUnit.SECONDS));
    ExecutionException e = assertThrows(ExecutionException.class, () -> async.get(10, TimeUnit.SECONDS));
    assertClosedFailure(e.getCause());
    assertEquals(2, server.requests().size(), "no attempt after close");
  }

  @TransportTest
  void callsAfterCloseFailAtOnceAndSendNothing(TransportKind transport) throws Exception {
    Courier courier = server.courier(transport).build();
    DocsApi api = courier.create(DocsApi.class);
    assertEquals(200, api.put(1, "before").status());

    courier.close();
    courier.close(); // closing twice is allowed and does nothing more

    assertClosedFailure(assertThrows(CourierException.class, () -> api.put(2, "after")));
    ExecutionException e = assertThrows(ExecutionException.class, () -> api.getAsync(3).get(10, TimeUnit.SECONDS));
    assertClosedFailure(e.getCause());
    assertEquals(1, server.requests().size());
  }

  @TransportTest
  void closingFreesTheThreadsCourierStarted(TransportKind transport) throws Exception {
    server.replies(Reply.status(200).body("found"));
    Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
    Courier courier = server.courier(transport).build();
    assertEquals("found", courier.create(DocsApi.class).getAsync(1).get(10, TimeUnit.SECONDS));
    assertFalse(started(before).isEmpty(), "an async call starts at least Courier's callback thread");

    courier.close();

    List<String> alive = started(before);
    for (int i = 0; i < 100 && !alive.isEmpty(); i++) {
      Thread.sleep(100);
      alive = started(before);
    }
    assertEquals(List.of(), alive, "threads started for this Courier and still alive after close()");
  }

  /**
   * The threads alive now, not in {@code before}, that belong to one Courier: its own (callbacks, uploads), OkHttp's
   * dispatcher, and on JDK 21 and later the JDK client's selector (on 17 a client cannot be closed, and its selector
   * ends only once the client is collected). OkHttp's process-wide task and watchdog threads are shared by every
   * client, so they are not counted.
   */
  private static List<String> started(Set<Thread> before) {
    boolean closableJdkClient = Runtime.version().feature() >= 21;
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !before.contains(thread) && thread.isAlive())
        .map(Thread::getName)
        .filter(name -> name.startsWith("courier-") || name.contains("OkHttp Dispatcher")
            || (closableJdkClient && name.startsWith("HttpClient-") && name.endsWith("SelectorManager")))
        .toList();
  }

  @Test
  void aClientTheCallerGaveStaysOpen() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    Courier courier = Courier.builder().baseUri(server.base()).httpClient(client).build();
    assertEquals(200, courier.create(DocsApi.class).put(1, "x").status());

    courier.close();

    HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.uri("/api/still-open")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
  }
}
