package io.courier.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.Courier;
import io.courier.PreconditionFailedException;
import io.courier.Versioned;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Conditional PUTs against the sample's own server: create-only, a stale tag, and threads incrementing one counter
 * document through {@link Versioned#update}, which must end with exactly the count they made.
 */
class ConcurrentUpdatesTest {
  private static final int THREADS = 4;
  private static final int INCREMENTS = 25;

  private DocumentServer server;
  private Courier courier;
  private DocumentsApi api;

  @BeforeEach
  void start(TransportKind transport) throws Exception {
    server = DocumentServer.start();
    courier = transport.configure(Courier.builder()).baseUri(server.baseUri()).build();
    api = courier.create(DocumentsApi.class);
  }

  @AfterEach
  void stop(TransportKind transport) {
    courier.close();
    server.close();
  }

  private static Document counter(int count) {
    return new Document("counter", String.valueOf(count), List.of());
  }

  @TransportTest
  void createOnlyCreatesOnceAndAStaleTagGets412WithTheCurrentOne() {
    assertEquals(201, api.create("doc", counter(0)).status());
    assertEquals(412, api.create("doc", counter(1)).status(), "never overwrites");
    Versioned<Document> read = api.get("doc").orElseThrow();
    String first = read.etag().orElseThrow();

    String second = api.replace("doc", first, counter(1)).etag().orElseThrow();
    PreconditionFailedException stale = assertThrows(PreconditionFailedException.class,
        () -> api.replace("doc", first, counter(2)));

    assertEquals(second, stale.currentEtag().orElseThrow());
    assertEquals(counter(1), api.get("doc").orElseThrow().value());
    assertTrue(api.get("missing").isEmpty());
  }

  @TransportTest
  void concurrentIncrementsThroughTheUpdateLoopLoseNothing() throws Exception {
    api.create("counter", counter(0));
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < INCREMENTS; i++) {
            Versioned.update(() -> api.get("counter").orElseThrow(), (etag, document) -> {
              try {
                return api.replace("counter", etag, document);
              } catch (PreconditionFailedException e) {
                conflicts.incrementAndGet();
                throw e;
              }
            }, document -> counter(Integer.parseInt(document.text()) + 1), 1_000);
          }
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(counter(THREADS * INCREMENTS), api.get("counter").orElseThrow().value(),
        "every increment kept, after " + conflicts.get() + " conflicts");
  }
}
