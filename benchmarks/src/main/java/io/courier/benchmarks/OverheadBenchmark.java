package io.courier.benchmarks;

import io.courier.Courier;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * What a client costs per call above its transport, without I/O: the clients on OkHttp (by hand, Retrofit, and
 * Courier's OkHttp transport) share one {@code OkHttpClient} whose application interceptor answers every call
 * itself, and Courier also runs on a transport that answers itself, which leaves Courier's own work alone.
 *
 * <p>Against a loopback server a call's time is mostly the kernel's and the server's, and the machine's noise
 * hides a difference of a few per cent; here each call is only the clients' own work, measured as this thread's
 * CPU time and allocation per call, in short slices taken in turn. {@code mvn -q install -DskipTests && mvn -q -pl
 * benchmarks exec:exec -Dbenchmark=OverheadBenchmark}.
 */
public final class OverheadBenchmark {
  private static final int ROUNDS = 60;
  private static final int WARMUP_ROUNDS = 20;
  private static final long SLICE_NANOS = 150_000_000L;
  private static final int ALONE_JVMS = 3;
  /** The figures a worker prints, in the order of the tables' columns. */
  static final List<String> FIGURES = List.of("put.cpu", "put.bytes", "get.cpu", "get.bytes");
  private static final String BASE = "http://localhost:8080/";
  private static final com.sun.management.ThreadMXBean THREAD =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private OverheadBenchmark() {}

  /** One slice of one client: this thread's CPU nanoseconds and bytes allocated per call. */
  private record Slice(double cpuNanos, double bytes) {}

  public static void main(String[] args) throws Exception {
    OkHttpClient answering = answeringClient();
    Map<String, PeerClient> clients = new LinkedHashMap<>();
    for (String name : List.of("okhttp by hand", "retrofit", "courier-okhttp", "courier alone")) {
      clients.put(name, client(name, answering));
    }
    System.out.printf("Per call, without I/O: %d slices of %d ms per client and figure after %d warm-up rounds,"
        + " medians [p25, p75]%n", ROUNDS - WARMUP_ROUNDS, SLICE_NANOS / 1_000_000, WARMUP_ROUNDS);
    print(measure(clients, ROUNDS, WARMUP_ROUNDS));
    clients.values().forEach(PeerClient::close);
    answering.dispatcher().executorService().shutdown();
    measureAlone();
  }

  /** An OkHttp client whose interceptor answers every call itself. */
  static OkHttpClient answeringClient() {
    return new OkHttpClient.Builder().addInterceptor(new AnsweringInterceptor()).build();
  }

  /** The client called {@code name} in this benchmark's tables, on {@code answering} where it uses OkHttp. */
  static PeerClient client(String name, OkHttpClient answering) {
    return switch (name) {
      case "okhttp by hand" -> new OkHttpFloorClient(BASE, answering);
      case "retrofit" -> new RetrofitClient(BASE, answering);
      case "courier-okhttp" -> new CourierOkHttpClient(BASE, answering);
      case "courier alone" -> new CourierClient(
          Courier.builder().baseUri(BASE).transport(new AnsweringTransport())) {};
      default -> throw new IllegalArgumentException("no client " + name);
    };
  }

  /**
   * The clients on OkHttp again, each alone in JVMs of its own, as an application runs one: in a shared JVM the JIT
   * profiles OkHttp's code for three callers at once, which changes what it inlines and so which allocations it
   * can take away.
   */
  private static void measureAlone() throws Exception {
    List<String> names = List.of("okhttp by hand", "retrofit", "courier-okhttp");
    Map<String, List<List<Double>>> figures = new LinkedHashMap<>();
    names.forEach(name -> figures.put(name, List.of(
        new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
    for (int jvm = 0; jvm < ALONE_JVMS; jvm++) {
      for (String name : PeerBenchmark.rotated(names, jvm)) {
        Map<String, Double> values =
            ChildJvm.run(PeerBenchmark.FLAGS, OverheadWorker.class, List.of(name), 300).values();
        List<List<Double>> figure = figures.get(name);
        for (int f = 0; f < FIGURES.size(); f++) {
          figure.get(f).add(values.get(FIGURES.get(f)));
        }
      }
    }
    System.out.printf("%nEach client alone, in %d JVMs of its own (%s), %d slices per figure after %d warm-up rounds"
        + " in each: medians over the JVMs of each JVM's median [p25, p75]%n", ALONE_JVMS,
        String.join(" ", PeerBenchmark.FLAGS), OverheadWorker.MEASURED, OverheadWorker.WARMUP);
    print(figures);
  }

  /** One row per client of its figures' medians [p25, p75], then Courier's on OkHttp as ratios to Retrofit's. */
  private static void print(Map<String, List<List<Double>>> figures) {
    System.out.printf("%-16s %-26s %-26s %-26s %-26s%n", "", "PUT, CPU ns", "PUT, bytes", "GET, CPU ns",
        "GET, bytes");
    for (Map.Entry<String, List<List<Double>>> client : figures.entrySet()) {
      StringBuilder line = new StringBuilder(String.format("%-16s", client.getKey()));
      for (List<Double> figure : client.getValue()) {
        line.append(String.format(" %-26s", quartiles(figure)));
      }
      System.out.println(line);
    }
    List<List<Double>> retrofit = figures.get("retrofit");
    List<List<Double>> courier = figures.get("courier-okhttp");
    System.out.printf("courier-okhttp / retrofit: PUT CPU x%.3f, bytes x%.3f; GET CPU x%.3f, bytes x%.3f%n",
        median(courier.get(0)) / median(retrofit.get(0)), median(courier.get(1)) / median(retrofit.get(1)),
        median(courier.get(2)) / median(retrofit.get(2)), median(courier.get(3)) / median(retrofit.get(3)));
  }

  /**
   * Per client: PUT CPU ns, PUT bytes, GET CPU ns and GET bytes per call, one value per slice after the warm-up
   * rounds, the clients taking turns in each round.
   */
  static Map<String, List<List<Double>>> measure(Map<String, PeerClient> clients, int rounds, int warmupRounds)
      throws Exception {
    Map<String, List<List<Double>>> figures = new LinkedHashMap<>();
    clients.keySet().forEach(name -> figures.put(name, List.of(
        new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
    List<String> names = new ArrayList<>(clients.keySet());
    for (int round = 0; round < rounds; round++) {
      for (String name : PeerBenchmark.rotated(names, round)) { // each client goes first in turn
        Slice put = slice(clients.get(name), false);
        Slice get = slice(clients.get(name), true);
        if (round >= warmupRounds) {
          List<List<Double>> figure = figures.get(name);
          figure.get(0).add(put.cpuNanos());
          figure.get(1).add(put.bytes());
          figure.get(2).add(get.cpuNanos());
          figure.get(3).add(get.bytes());
        }
      }
    }
    return figures;
  }

  private static Slice slice(PeerClient client, boolean get) throws Exception {
    long cpuBefore = THREAD.getCurrentThreadCpuTime();
    long bytesBefore = THREAD.getCurrentThreadAllocatedBytes();
    long end = System.nanoTime() + SLICE_NANOS;
    long calls = 0;
    while (System.nanoTime() < end) {
      if (get) {
        if (client.get(calls) == null) {
          throw new IllegalStateException("GET decoded to null");
        }
      } else {
        client.put(calls, Item.SAMPLE);
      }
      calls++;
    }
    return new Slice((double) (THREAD.getCurrentThreadCpuTime() - cpuBefore) / calls,
        (double) (THREAD.getCurrentThreadAllocatedBytes() - bytesBefore) / calls);
  }

  private static String quartiles(List<Double> values) {
    Quartiles q = Quartiles.of(values);
    return String.format("%,.0f [%,.0f, %,.0f]", q.median(), q.p25(), q.p75());
  }

  static double median(List<Double> values) {
    return Quartiles.of(values).median();
  }
}
