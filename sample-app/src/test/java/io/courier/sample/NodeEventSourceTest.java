package io.courier.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.courier.Courier;
import io.courier.ServerSentEvent;
import io.courier.http.Get;
import io.courier.http.Headers;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Server-sent events from better-sse, an npm package Courier did not write, run by node. Skipped when node is not on
 * the PATH or {@code npm ci} has not installed the package in {@code src/test/node/sse}.
 */
class NodeEventSourceTest {
  private static final Path FIXTURE = Path.of("src/test/node/sse");

  /** The stream the node server sends. */
  interface PricesApi {
    /** A price, one per event. */
    record Price(String symbol, long cents) {}

    @Get("/prices")
    Stream<ServerSentEvent> events();

    @Get("/prices")
    Stream<Price> prices();

    @Get("/prices")
    @Headers("Last-Event-ID: 2")
    Stream<Price> resumeAfterTwo();
  }

  private static Process node;
  private static String base;
  /** Why the tests are skipped; null when the server runs. */
  private static String skipped;
  private PricesApi api;

  @BeforeAll
  static void startNode() throws Exception {
    if (!Files.isDirectory(FIXTURE.resolve("node_modules/better-sse"))) {
      skipped = "better-sse is not installed: run npm ci in sample-app/src/test/node/sse (needs node and npm)";
      return;
    }
    ServerProcesses.Node started;
    try {
      started = ServerProcesses.startNode(FIXTURE);
    } catch (IOException e) {
      skipped = "node is not on the PATH: " + e.getMessage();
      return;
    }
    node = started.process();
    base = "http://127.0.0.1:" + started.port() + "/";
  }

  @AfterAll
  static void stopNode() {
    if (node != null) {
      ServerProcesses.stop(node);
    }
  }

  @BeforeEach
  void requireNode(TransportKind transport) {
    Assumptions.assumeTrue(skipped == null, () -> skipped);
    api = transport.configure(Courier.builder()).baseUri(base).build().create(PricesApi.class);
  }

  @TransportTest
  void eventsKeepTheirNamesIdsAndRetry() {
    try (Stream<ServerSentEvent> events = api.events()) {
      List<ServerSentEvent> all = events.collect(Collectors.toList());
      assertEquals(3, all.size());
      // better-sse sends retry: in a block of its own, before any event, so no event carries it.
      assertEquals(new ServerSentEvent("price", "{\"symbol\":\"A\",\"cents\":100}", Optional.of("1"),
          Optional.empty()), all.get(0));
      assertEquals(Optional.of("2"), all.get(1).id());
      assertEquals("note", all.get(2).event());
    }
  }

  @TransportTest
  void eventDataIsDecoded() {
    try (Stream<PricesApi.Price> prices = api.prices()) {
      assertEquals(List.of(new PricesApi.Price("A", 100), new PricesApi.Price("B", 250),
          new PricesApi.Price("resumed-from-none", 0)), prices.collect(Collectors.toList()));
    }
  }

  @TransportTest
  void theServerSeesLastEventId() {
    try (Stream<PricesApi.Price> prices = api.resumeAfterTwo()) {
      assertEquals("resumed-from-2", prices.skip(2).findFirst().orElseThrow().symbol());
    }
  }
}
