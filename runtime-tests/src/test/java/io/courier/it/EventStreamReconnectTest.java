package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.ServerSentEvent;
import io.courier.http.Get;
import io.courier.testsupport.RawServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A server-sent event stream whose connection drops is reopened with {@code Last-Event-ID}, unless turned off. */
class EventStreamReconnectTest {
  /** A stream of events. */
  interface EventsApi {
    @Get("/events")
    Stream<ServerSentEvent> events();
  }

  private final LinkedBlockingQueue<String> heads = new LinkedBlockingQueue<>();
  /**
   * Lets the first connection drop only once the client has the second event: the JDK's client fails a body at its
   * cut and drops bytes it received but the caller has not read yet, so a faster drop would test nothing.
   */
  private final CountDownLatch secondSeen = new CountDownLatch(1);

  /** Two events, the second asking for a short reconnection time, then the connection cut mid-body. */
  private RawServer.Behaviour dropsAfterTwo() {
    return socket -> {
      heads.add(RawServer.readRequest(socket.getInputStream()));
      OutputStream out = socket.getOutputStream();
      head(out);
      chunk(out, "id: 1\ndata: a\n\n");
      chunk(out, "id: 2\nretry: 50\ndata: b\n\n");
      secondSeen.await(10, TimeUnit.SECONDS);
      socket.close(); // no last chunk: the body is cut, as a dropped connection cuts it
    };
  }

  /** One more event, then a clean end of the body. */
  private RawServer.Behaviour endsAfterOne() {
    return socket -> {
      heads.add(RawServer.readRequest(socket.getInputStream()));
      OutputStream out = socket.getOutputStream();
      head(out);
      chunk(out, "id: 3\ndata: c\n\n");
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      drain(socket);
    };
  }

  private static void head(OutputStream out) throws IOException {
    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static void chunk(OutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Keeps the connection open until the client closes it. */
  private static void drain(Socket socket) throws IOException {
    while (socket.getInputStream().read() >= 0) {
      // discard
    }
  }

  @TransportTest
  void reconnectsWithTheLastEventId(TransportKind transport) throws Exception {
    try (RawServer server = RawServer.start(dropsAfterTwo(), endsAfterOne())) {
      EventsApi api = server.courier(transport).build().create(EventsApi.class);

      try (Stream<ServerSentEvent> events = api.events()) {
        assertEquals(List.of("a", "b", "c"), events.map(ServerSentEvent::data)
            .peek(data -> {
              if (data.equals("b")) {
                secondSeen.countDown();
              }
            })
            .collect(Collectors.toList()));
      }

      assertTrue(!heads.poll(5, TimeUnit.SECONDS).toLowerCase().contains("last-event-id"));
      assertTrue(heads.poll(5, TimeUnit.SECONDS).toLowerCase().contains("last-event-id: 2"));
    }
  }

  @TransportTest
  void optOutEndsTheStreamWithTheDrop(TransportKind transport) throws Exception {
    try (RawServer server = RawServer.start(dropsAfterTwo(), endsAfterOne())) {
      EventsApi api = server.courier(transport).reconnectEvents(false).build().create(EventsApi.class);

      try (Stream<ServerSentEvent> events = api.events()) {
        Iterator<ServerSentEvent> iterator = events.iterator();
        assertEquals("a", iterator.next().data());
        assertEquals("b", iterator.next().data());
        secondSeen.countDown();
        assertThrows(UncheckedIOException.class, iterator::hasNext);
      }
      assertEquals(1, server.connections());
    }
  }
}
