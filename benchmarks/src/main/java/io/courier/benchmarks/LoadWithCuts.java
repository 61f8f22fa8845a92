package io.courier.benchmarks;

import io.courier.Courier;
import io.courier.okhttp.OkHttpTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * Courier under load while the server cuts connections: 32 threads make 20,000 mixed calls per transport (PUT,
 * GET, POST without a key, POST with an idempotency key) through a generated client against a {@link CuttingServer}
 * that cuts about 1% of the requests, some before reading them, some before applying them, and some after applying
 * them but before answering. It prints, per transport, the calls completed, the failures by route and exception
 * type, the cuts of each kind, and what the server applied: duplicates (a POST applied more than once) and lost
 * updates (a call that returned normally, never applied) must both be 0, while a PUT applied twice is allowed (it is
 * idempotent, and Courier retries it after a cut that came after applying it).
 *
 * <p>{@code mvn -q -pl benchmarks exec:exec -Dbenchmark=LoadWithCuts}, with options such as
 * {@code -Dbenchmark.args="calls=20000 threads=32 cut=1 seed=42 transports=jdk,okhttp seconds=50"}. 10 to 20 s in all
 * on 2 cores.
 */
public final class LoadWithCuts {
  private static final List<String> ROUTES = CuttingServer.ROUTES;
  /** Each thread PUTs and GETs its own items only, so that it knows what a GET of one must return. */
  private static final int ITEMS_PER_THREAD = 8;

  /** The run's settings, from {@code key=value} arguments. */
  record Options(int calls, int threads, double cutPercent, long seed, List<String> transports, int seconds) {
    static Options parse(String[] args) {
      Map<String, String> given = new HashMap<>();
      for (String arg : args) {
        int equals = arg.indexOf('=');
        if (equals < 0) {
          throw new IllegalArgumentException("expected key=value, got " + arg
              + "; keys: calls, threads, cut (percent), seed, transports (jdk,okhttp), seconds (per transport)");
        }
        given.put(arg.substring(0, equals), arg.substring(equals + 1));
      }
      Options options = new Options(Integer.parseInt(given.getOrDefault("calls", "20000")),
          Integer.parseInt(given.getOrDefault("threads", "32")),
          Double.parseDouble(given.getOrDefault("cut", "1")),
          Long.parseLong(given.getOrDefault("seed", "42")),
          List.of(given.getOrDefault("transports", "jdk,okhttp").split(",")),
          Integer.parseInt(given.getOrDefault("seconds", "50")));
      if (options.calls < 1 || options.threads < 1 || options.seconds < 1 || options.cutPercent < 0
          || options.cutPercent > 100) {
        throw new IllegalArgumentException("out of range: " + options);
      }
      return options;
    }
  }

  /** What one transport's run saw, on the client's side and on the server's. */
  private static final class Run {
    final String transport;
    final Map<String, AtomicInteger> completed = new ConcurrentHashMap<>();
    /** Failures by "route: exception (root cause)", with the first message seen for each. */
    final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    final Map<String, String> firstMessages = new ConcurrentHashMap<>();
    final Map<String, Set<String>> succeeded = new ConcurrentHashMap<>();
    final Map<String, Set<String>> failed = new ConcurrentHashMap<>();
    final AtomicInteger wrongGets = new AtomicInteger();
    final AtomicInteger notMade = new AtomicInteger();
    final Map<String, Integer> figures = new LinkedHashMap<>();
    long millis;

    Run(String transport) {
      this.transport = transport;
      for (String route : ROUTES) {
        completed.put(route, new AtomicInteger());
        succeeded.put(route, ConcurrentHashMap.newKeySet());
        failed.put(route, ConcurrentHashMap.newKeySet());
      }
    }

    void fail(String route, String token, RuntimeException e) {
      failed.get(route).add(token);
      String type = route + ": " + describe(e);
      failures.computeIfAbsent(type, t -> new AtomicInteger()).incrementAndGet();
      firstMessages.putIfAbsent(type, String.valueOf(rootCause(e).getMessage()));
    }
  }

  private LoadWithCuts() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    System.out.printf("Courier under load with cut connections: %d threads, %d calls per transport (PUT 35%%, GET 35%%,"
        + " POST 15%%, POST with idempotency key 15%%), about %.1f%% of requests cut by the server (seed %d),%n"
        + "JDK %s, one call timeout of 10 s, the default retry policy%n%n", options.threads, options.calls,
        options.cutPercent, options.seed, Runtime.version());
    List<Run> runs = new ArrayList<>();
    for (String transport : options.transports) {
      runs.add(run(transport, options));
    }
    print(runs);
  }

  private static Run run(String transport, Options options) throws Exception {
    Run run = new Run(transport);
    try (CuttingServer server = CuttingServer.start(options.seed, options.cutPercent)) {
      Courier.Builder builder = Courier.builder().baseUri(server.baseUri()).callTimeout(Duration.ofSeconds(10));
      switch (transport) {
        case "jdk":
          break;
        case "okhttp":
          builder.transport(OkHttpTransport.create());
          break;
        default:
          throw new IllegalArgumentException("unknown transport " + transport + "; known: jdk, okhttp");
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.seconds);
      try (Courier courier = builder.build()) {
        LoadApi api = courier.create(LoadApi.class);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < options.threads; w++) {
          int worker = w;
          int calls = options.calls / options.threads + (w < options.calls % options.threads ? 1 : 0);
          Thread thread = new Thread(() -> work(api, run, worker, calls, options.seed, go, deadline),
              "load-" + transport + "-" + w);
          thread.setDaemon(true);
          workers.add(thread);
          thread.start();
        }
        long start = System.nanoTime();
        go.countDown();
        for (Thread worker : workers) {
          worker.join(); // each stops by itself at the deadline, and each call at its call timeout
        }
        run.millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      }
      collect(run, server);
    }
    return run;
  }

  private static void work(LoadApi api, Run run, int worker, int calls, long seed, CountDownLatch go, long deadline) {
    Random random = new Random(seed * 1_000 + worker); // the same calls, in the same order, on every run
    Map<Long, Item> mine = new HashMap<>();
    Set<Long> unsure = new HashSet<>(); // items whose last PUT failed: the server may hold it or the one before
    try {
      go.await();
    } catch (InterruptedException e) {
      return;
    }
    for (int call = 0; call < calls; call++) {
      if (System.nanoTime() - deadline > 0) {
        run.notMade.addAndGet(calls - call);
        return;
      }
      long id = (long) worker * ITEMS_PER_THREAD + random.nextInt(ITEMS_PER_THREAD);
      int pick = random.nextInt(100);
      String route = pick < 35 ? "PUT" : pick < 70 ? "GET" : pick < 85 ? "POST" : "POST+key";
      String token = run.transport + "-" + worker + "-" + call;
      Item item = new Item(id, token, 7, 19.99, Item.SAMPLE.tags());
      try {
        switch (route) {
          case "PUT":
            api.put(id, item);
            mine.put(id, item);
            unsure.remove(id);
            break;
          case "GET":
            Optional<Item> got = api.get(id);
            if (!unsure.contains(id) && !got.equals(Optional.ofNullable(mine.get(id)))) {
              run.wrongGets.incrementAndGet();
            }
            break;
          case "POST":
            api.order(item);
            break;
          default:
            api.pay("key-" + token, item);
            break;
        }
        run.completed.get(route).incrementAndGet();
        run.succeeded.get(route).add(token);
      } catch (RuntimeException e) {
        run.fail(route, token, e);
        if (route.equals("PUT")) {
          unsure.add(id);
        }
      }
    }
  }

  /** The server's side of the run, against what the clients saw. */
  private static void collect(Run run, CuttingServer server) {
    Map<String, Integer> f = run.figures;
    f.put("requests at the server (every attempt)", (int) server.requests());
    f.put("connections the server accepted", server.acceptedConnections());
    for (CuttingServer.Cut cut : CuttingServer.Cut.values()) {
      f.put("cuts " + cut.description, server.cuts(cut));
    }
    for (String route : ROUTES) {
      f.put("cuts of " + route + " requests", server.cuts(route));
    }
    int duplicates = 0;
    for (String route : List.of("POST", "POST+key")) {
      duplicates += (int) server.appliedBy(route).values().stream().filter(times -> times > 1).count();
    }
    f.put("duplicates: POSTs applied more than once (must be 0)", duplicates);
    f.put("PUTs applied more than once (allowed: idempotent)",
        (int) server.appliedBy("PUT").values().stream().filter(times -> times > 1).count());
    int lost = 0;
    for (String route : List.of("PUT", "POST", "POST+key")) {
      for (String token : run.succeeded.get(route)) {
        if (server.applied(route, token) == 0) {
          lost++;
        }
      }
    }
    f.put("lost: returned normally, never applied (must be 0)", lost);
    for (String route : List.of("PUT", "POST", "POST+key")) {
      int appliedAnyway = 0;
      for (String token : run.failed.get(route)) {
        if (server.applied(route, token) > 0) {
          appliedAnyway++;
        }
      }
      f.put("failed " + route + " calls the server applied anyway", appliedAnyway);
    }
    f.put("GETs that did not return the item's last PUT", run.wrongGets.get());
    f.put("calls not made before the deadline", run.notMade.get());
  }

  private static void print(List<Run> runs) {
    StringBuilder header = new StringBuilder(String.format("%-56s", ""));
    runs.forEach(run -> header.append(String.format("%12s", run.transport)));
    System.out.println(header);
    row(runs, "completed calls", run -> run.completed.values().stream().mapToInt(AtomicInteger::get).sum());
    for (String route : ROUTES) {
      row(runs, "  " + route, run -> run.completed.get(route).get());
    }
    row(runs, "failed calls", run -> run.failures.values().stream().mapToInt(AtomicInteger::get).sum());
    Set<String> types = new TreeSet<>();
    runs.forEach(run -> types.addAll(run.failures.keySet()));
    for (String type : types) {
      row(runs, "  " + type, run -> run.failures.getOrDefault(type, new AtomicInteger()).get());
    }
    for (String figure : runs.get(0).figures.keySet()) {
      row(runs, figure, run -> run.figures.get(figure));
    }
    row(runs, "wall time, ms", run -> (int) run.millis);
    row(runs, "completed calls per second", run -> run.millis == 0 ? 0
        : (int) (run.completed.values().stream().mapToInt(AtomicInteger::get).sum() * 1000L / run.millis));
    System.out.println();
    System.out.println("First message of each failure type:");
    for (Run run : runs) {
      run.firstMessages.forEach((type, message) -> System.out.printf("  %s, %s: %s%n", run.transport, type, message));
    }
    System.out.println();
    boolean pass = runs.stream().allMatch(run -> run.figures.get("duplicates: POSTs applied more than once (must be 0)")
        == 0 && run.figures.get("lost: returned normally, never applied (must be 0)") == 0);
    System.out.println((pass ? "PASS" : "MISS") + ": duplicates 0, lost 0 on every transport");
  }

  private static void row(List<Run> runs, String label, ToIntFunction<Run> figure) {
    StringBuilder line = new StringBuilder(String.format("%-56s", label));
    runs.forEach(run -> line.append(String.format("%12d", figure.applyAsInt(run))));
    System.out.println(line);
  }

  private static String describe(Throwable e) {
    Throwable root = rootCause(e);
    return root == e ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + " (" + root.getClass().getSimpleName() + ")";
  }

  private static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
