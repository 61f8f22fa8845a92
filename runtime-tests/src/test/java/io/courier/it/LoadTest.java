package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.courier.Courier;
import io.courier.http.Body;
import io.courier.http.Get;
import io.courier.http.Path;
import io.courier.http.Put;
import io.courier.testsupport.KeepAliveServer;
import io.courier.testsupport.KeepAliveServer.Answer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/**
 * 32 threads make 20,000 mixed PUT and GET calls in all against a loopback server that counts the updates it
 * applies: no call fails, every PUT is applied exactly once, every GET returns what the server holds, and once the
 * Courier is closed none of the threads it started is alive and the server sees none of its connections open.
 *
 * <p>On JDK 21 and later, and on OkHttp, {@code close()} itself closes the connections. On JDK 17 the JDK client
 * cannot be closed: its connections stay open in its pool until the client is collected, which the test waits for.
 */
class LoadTest {
  /** What a PUT carries: the slot it replaces and a token that no other PUT of the run carries. */
  record Item(int id, String token) {}

  interface ItemsApi {
    @Put("/items/{id}")
    void put(@Path("id") int id, @Body Item item);

    @Get("/items/{id}")
    Optional<Item> get(@Path("id") int id); // 404, a slot never PUT: empty
  }

  private static final int THREADS = 32;
  private static final int CALLS = 20_000;
  private static final int CALLS_PER_THREAD = CALLS / THREADS; // 625, so exactly CALLS in all
  /** Each thread PUTs and GETs its own slots only, so that it knows what a GET of one must return. */
  private static final int SLOTS_PER_THREAD = 8;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How often the server applied each token: one PUT, one application. */
  private final Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();
  /** The JSON each slot holds, as its last PUT sent it. */
  private final Map<Integer, byte[]> slots = new ConcurrentHashMap<>();
  private KeepAliveServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = KeepAliveServer.start(this::answer);
  }

  @AfterEach
  void stopServer() throws IOException {
    server.close();
  }

  private Answer answer(KeepAliveServer.Request request) throws IOException {
    String prefix = "/api/items/";
    if (!request.target().startsWith(prefix)) {
      return Answer.status(404);
    }
    int id = Integer.parseInt(request.target().substring(prefix.length()));
    switch (request.method()) {
      case "PUT": {
        Item item = JSON.readValue(request.body(), Item.class);
        if (item.id() != id) {
          return Answer.status(400);
        }
        slots.put(id, request.body());
        applied.computeIfAbsent(item.token(), token -> new AtomicInteger()).incrementAndGet();
        return Answer.status(204);
      }
      case "GET": {
        byte[] held = slots.get(id);
        return held == null ? Answer.status(404) : Answer.json(held);
      }
      default:
        return Answer.status(405);
    }
  }

  /** What the threads saw: their failures, the tokens of the PUTs that returned, and wrong GET answers. */
  private record Outcome(List<String> failures, Set<String> putTokens, List<String> wrongGets,
      Map<Integer, Item> lastPut, int gets, long closedAt) {}

  @TransportTest
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void thirtyTwoThreadsMakeTwentyThousandCallsWithoutErrorLossDuplicateOrLeak(TransportKind transport)
      throws Exception {
    Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());

    Outcome outcome = loadThenClose(transport); // keeps no reference to the Courier, which matters on JDK 17 below

    assertEquals(List.of(), outcome.failures().subList(0, Math.min(5, outcome.failures().size())),
        outcome.failures().size() + " of " + CALLS + " calls failed; the first ones");
    assertEquals(CALLS, outcome.putTokens().size() + outcome.gets());
    assertTrue(outcome.putTokens().size() > CALLS / 3 && outcome.gets() > CALLS / 3, "a mix of PUTs and GETs");
    // Every PUT applied exactly once: none lost, none sent twice.
    List<String> notOnce = new ArrayList<>();
    for (String token : outcome.putTokens()) {
      AtomicInteger times = applied.get(token);
      if (times == null || times.get() != 1) {
        notOnce.add(token + " applied " + (times == null ? 0 : times.get()) + " times");
      }
    }
    assertEquals(List.of(), notOnce.subList(0, Math.min(5, notOnce.size())), notOnce.size() + " PUTs not applied once");
    assertEquals(outcome.putTokens(), applied.keySet(), "the server applied only the PUTs that were made");
    assertEquals(CALLS, server.requests(), "one request per call: no call was sent again");
    // Every GET returned the slot's last PUT (or nothing before the first), and the slots hold the last PUTs.
    assertEquals(List.of(), outcome.wrongGets().subList(0, Math.min(5, outcome.wrongGets().size())),
        outcome.wrongGets().size() + " GETs returned something else than the server held");
    Map<Integer, Item> held = new HashMap<>();
    for (Map.Entry<Integer, byte[]> slot : slots.entrySet()) {
      held.put(slot.getKey(), JSON.readValue(slot.getValue(), Item.class));
    }
    assertEquals(outcome.lastPut(), held);

    // After close(), no leak: the threads this Courier started have ended and its connections are closed.
    if (transport == TransportKind.JDK && Runtime.version().feature() < 21) {
      // On JDK 17 an HttpClient cannot be closed (HttpClient is AutoCloseable from JDK 21), so close() leaves the
      // client's idle keep-alive connections and its selector thread to the client itself: the selector thread
      // checks, at least every 3 s, whether the client is still referenced, and when it no longer is, closes the
      // pool's connections and ends. Nothing references it once loadThenClose has returned; ask for collections
      // until that is seen. The bound is generous, not a measure of speed.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while ((server.openConnections() > 0 || !started(before).isEmpty()) && System.nanoTime() - deadline < 0) {
        System.gc();
        Thread.sleep(100);
      }
    }
    assertEquals(0, server.awaitNoOpenConnections(Duration.ofSeconds(5)),
        "connections still open at the server after close(), of " + server.acceptedConnections() + " accepted");
    List<String> alive = started(before);
    for (int i = 0; i < 50 && !alive.isEmpty(); i++) {
      Thread.sleep(100);
      alive = started(before);
    }
    assertEquals(List.of(), alive, "threads started for this Courier and still alive after close()");
    System.out.printf("LoadTest [%s]: no connection open and no thread alive %d ms after close()%n",
        transport.displayName(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - outcome.closedAt()));
  }

  /** Runs the load through a Courier of its own and closes it, so that no reference to it outlives this method. */
  private Outcome loadThenClose(TransportKind transport) throws InterruptedException {
    Courier courier = server.courier(transport).build();
    ItemsApi api = courier.create(ItemsApi.class);
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> wrongGets = new ConcurrentLinkedQueue<>();
    Set<String> putTokens = ConcurrentHashMap.newKeySet();
    Map<Integer, Item> lastPut = new ConcurrentHashMap<>();
    AtomicInteger gets = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < THREADS; w++) {
      int worker = w;
      Thread thread = new Thread(() -> {
        Random random = new Random(worker); // the same mix of calls on every run
        Map<Integer, Item> mine = new HashMap<>();
        try {
          go.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int call = 0; call < CALLS_PER_THREAD; call++) {
          int id = worker * SLOTS_PER_THREAD + random.nextInt(SLOTS_PER_THREAD);
          boolean put = random.nextBoolean();
          try {
            if (put) {
              Item item = new Item(id, worker + "-" + call);
              api.put(id, item);
              mine.put(id, item);
              putTokens.add(item.token());
            } else {
              Optional<Item> got = api.get(id);
              gets.incrementAndGet();
              if (!got.equals(Optional.ofNullable(mine.get(id)))) {
                wrongGets.add("GET " + id + " returned " + got + ", expected " + mine.get(id));
              }
            }
          } catch (RuntimeException | Error e) {
            failures.add((put ? "PUT " : "GET ") + id + ": " + e);
          }
        }
        lastPut.putAll(mine);
      }, "load-" + worker);
      thread.setDaemon(true);
      workers.add(thread);
      thread.start();
    }
    long start = System.nanoTime();
    go.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    courier.close();
    long closedAt = System.nanoTime();
    System.out.printf("LoadTest [%s]: %d calls from %d threads in %d ms (%d calls/s), %d connections accepted, "
        + "%d open right after close()%n", transport.displayName(), CALLS, THREADS, millis,
        CALLS * 1000L / Math.max(1, millis), server.acceptedConnections(), server.openConnections());
    return new Outcome(List.copyOf(failures), Set.copyOf(putTokens), List.copyOf(wrongGets), Map.copyOf(lastPut),
        gets.get(), closedAt);
  }

  /**
   * The threads alive now, not in {@code before}, that belong to one Courier, as {@code CloseTest} counts them: its
   * own (callbacks, uploads, deadlines), OkHttp's dispatcher, and the JDK client's selector. OkHttp's process-wide
   * task and watchdog threads are shared by every client, so they are not counted.
   */
  private static List<String> started(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !before.contains(thread) && thread.isAlive())
        .map(Thread::getName)
        .filter(name -> name.startsWith("courier-") || name.contains("OkHttp Dispatcher")
            || (name.startsWith("HttpClient-") && name.endsWith("SelectorManager")))
        .toList();
  }
}
