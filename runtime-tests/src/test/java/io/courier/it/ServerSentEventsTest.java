package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import io.courier.HttpStatusException;
import io.courier.ServerSentEvent;
import io.courier.http.Get;
import io.courier.http.ReadTimeout;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Server-sent events and NDJSON reach the caller one by one as they arrive, as a Stream and as a Publisher. */
class ServerSentEventsTest {
  /** A price, one per event or line. */
  record Price(String symbol, long cents) {}

  /** Streamed endpoints. */
  interface EventsApi {
    @Get("/events")
    Stream<ServerSentEvent> events();

    @Get("/prices")
    Stream<Price> prices();

    @Get("/events")
    Flow.Publisher<ServerSentEvent> publishEvents();

    @Get("/events")
    @ReadTimeout(value = 300, unit = TimeUnit.MILLISECONDS)
    Stream<ServerSentEvent> watchedEvents();
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();

  private EventsApi api(TransportKind transport) {
    return server.courier(transport).build().create(EventsApi.class);
  }

  private static void start(HttpExchange exchange, String contentType) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(200, 0); // chunked, so that each write reaches the client on its own
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @TransportTest
  void firstEventArrivesBeforeTheServerSendsTheSecond(TransportKind transport) throws Exception {
    CountDownLatch firstSeen = new CountDownLatch(1);
    AtomicBoolean waitedInVain = new AtomicBoolean();
    server.handler((exchange, request) -> {
      start(exchange, "text/event-stream");
      OutputStream out = exchange.getResponseBody();
      write(out, "data: one\n\n");
      // A client that waits for the whole body, or for more than one event, never lets this go on.
      if (!firstSeen.await(10, TimeUnit.SECONDS)) {
        waitedInVain.set(true);
        return;
      }
      write(out, "data: two\n\n");
      out.close();
    });

    try (Stream<ServerSentEvent> events = api(transport).events()) {
      Iterator<ServerSentEvent> iterator = events.iterator();
      assertEquals("one", iterator.next().data());
      firstSeen.countDown();
      assertEquals("two", iterator.next().data());
      assertFalse(iterator.hasNext());
    }
    assertFalse(waitedInVain.get());
  }

  @TransportTest
  void fieldsFollowTheEventSourceRules(TransportKind transport) {
    server.replies(Reply.status(200).header("Content-Type", "text/event-stream")
        .body(": welcome\r\nevent: add\r\nid: 1\r\ndata: first\r\ndata: second\r\nretry: 2500\r\n\r\n"
            + "data: plain\n\nid\ndata: reset\n\n"));

    try (Stream<ServerSentEvent> events = api(transport).events()) {
      assertEquals(List.of(
          new ServerSentEvent("add", "first\nsecond", Optional.of("1"), Optional.of(Duration.ofMillis(2500))),
          new ServerSentEvent("message", "plain", Optional.of("1"), Optional.empty()),
          new ServerSentEvent("message", "reset", Optional.empty(), Optional.empty())),
          events.collect(Collectors.toList()));
    }
  }

  @TransportTest
  void ndjsonLinesAreDecoded(TransportKind transport) {
    server.replies(Reply.status(200).header("Content-Type", "application/x-ndjson")
        .body("{\"symbol\":\"A\",\"cents\":100}\n\n{\"symbol\":\"B\",\"cents\":250}\n"));

    try (Stream<Price> prices = api(transport).prices()) {
      assertEquals(List.of(new Price("A", 100), new Price("B", 250)), prices.collect(Collectors.toList()));
    }
  }

  @TransportTest
  void eventDataIsDecodedForAnEventStream(TransportKind transport) {
    server.replies(Reply.status(200).header("Content-Type", "text/event-stream; charset=utf-8")
        .body("data: {\"symbol\":\"A\",\ndata: \"cents\":1}\n\nevent: ping\ndata: {\"symbol\":\"B\",\"cents\":2}\n\n"));

    try (Stream<Price> prices = api(transport).prices()) {
      assertEquals(List.of(new Price("A", 1), new Price("B", 2)), prices.collect(Collectors.toList()));
    }
  }

  @TransportTest
  void errorStatusThrows(TransportKind transport) {
    server.replies(Reply.status(503).body("busy"));

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> api(transport).events());

    assertEquals(503, e.status());
  }

  /** Writes 1 KB events every 5 ms until a write fails, the client having gone away, and then counts down. */
  private static RecordingServer.Handler writesUntilTheClientLeaves(CountDownLatch writeFailed) {
    return (exchange, request) -> {
      start(exchange, "text/event-stream");
      OutputStream out = exchange.getResponseBody();
      try {
        for (int i = 0; i < 10_000; i++) { // each write waits a little for the client to go away
          write(out, "data: " + "x".repeat(1000) + i + "\n\n");
          Thread.sleep(5);
        }
      } catch (IOException expected) {
        writeFailed.countDown();
      }
    };
  }

  @TransportTest
  void closingTheStreamEarlyClosesTheConnection(TransportKind transport) throws Exception {
    CountDownLatch writeFailed = new CountDownLatch(1);
    server.handler(writesUntilTheClientLeaves(writeFailed));

    try (Stream<ServerSentEvent> events = api(transport).events()) {
      assertTrue(events.iterator().next().data().endsWith("0"));
    }

    assertTrue(writeFailed.await(30, TimeUnit.SECONDS), "the server kept writing to a closed stream");
  }

  @TransportTest
  void cancellingThePublisherClosesTheConnection(TransportKind transport) throws Exception {
    CountDownLatch writeFailed = new CountDownLatch(1);
    server.handler(writesUntilTheClientLeaves(writeFailed));
    LinkedBlockingQueue<Object> signals = new LinkedBlockingQueue<>();

    api(transport).publishEvents().subscribe(new Flow.Subscriber<>() {
      private Flow.Subscription subscription;

      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
      }

      @Override
      public void onNext(ServerSentEvent item) {
        signals.add(item.data());
        subscription.cancel();
      }

      @Override
      public void onError(Throwable throwable) {
        signals.add(throwable);
      }

      @Override
      public void onComplete() {
        signals.add("complete");
      }
    });

    assertTrue(((String) signals.poll(10, TimeUnit.SECONDS)).endsWith("0"));
    assertTrue(writeFailed.await(30, TimeUnit.SECONDS), "the server kept writing after cancel");
    assertEquals(null, signals.poll(100, TimeUnit.MILLISECONDS), "a signal after cancel");
  }

  @TransportTest
  void aSilentStreamIsNotCutByTheClientsReadTimeout(TransportKind transport) throws Exception {
    server.handler((exchange, request) -> {
      start(exchange, "text/event-stream");
      OutputStream out = exchange.getResponseBody();
      write(out, ": open\n\n");
      Thread.sleep(800); // four times the client's read timeout, silent
      write(out, "data: late\n\n");
      out.close();
    });
    EventsApi api = server.courier(transport).readTimeout(Duration.ofMillis(200)).build().create(EventsApi.class);

    try (Stream<ServerSentEvent> events = api.events()) {
      assertEquals(List.of("late"), events.map(ServerSentEvent::data).collect(Collectors.toList()));
    }
  }

  @TransportTest
  void aStalledStreamObeysItsMethodsReadTimeout(TransportKind transport) throws Exception {
    CountDownLatch clientDone = new CountDownLatch(1);
    server.handler((exchange, request) -> {
      start(exchange, "text/event-stream");
      write(exchange.getResponseBody(), "data: one\n\n");
      clientDone.await(10, TimeUnit.SECONDS); // stalled until the client has given up
    });

    try (Stream<ServerSentEvent> events = api(transport).watchedEvents()) {
      Iterator<ServerSentEvent> iterator = events.iterator();
      assertEquals("one", iterator.next().data());
      assertThrows(UncheckedIOException.class, iterator::hasNext);
    } finally {
      clientDone.countDown();
    }
  }

  @TransportTest
  void publisherDeliversOnlyWhatWasRequested(TransportKind transport) throws Exception {
    server.replies(Reply.status(200).header("Content-Type", "text/event-stream")
        .body("data: 1\n\ndata: 2\n\ndata: 3\n\n"));
    LinkedBlockingQueue<Object> signals = new LinkedBlockingQueue<>();
    List<Flow.Subscription> subscription = new ArrayList<>();

    api(transport).publishEvents().subscribe(new Flow.Subscriber<>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription.add(s);
        s.request(1);
      }

      @Override
      public void onNext(ServerSentEvent item) {
        signals.add(item.data());
      }

      @Override
      public void onError(Throwable throwable) {
        signals.add(throwable);
      }

      @Override
      public void onComplete() {
        signals.add("complete");
      }
    });

    assertEquals("1", signals.poll(10, TimeUnit.SECONDS));
    assertEquals(null, signals.poll(200, TimeUnit.MILLISECONDS), "an item was sent without demand");
    subscription.get(0).request(5);
    assertEquals("2", signals.poll(10, TimeUnit.SECONDS));
    assertEquals("3", signals.poll(10, TimeUnit.SECONDS));
    assertEquals("complete", signals.poll(10, TimeUnit.SECONDS));
  }
}
