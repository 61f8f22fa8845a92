package io.courier.benchmarks;

import io.courier.Courier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prints PUTs per second on loopback for hand-written {@code HttpClient} code (the JDK's default executor, and a
 * same-thread executor) and for a generated Courier client with its defaults, sequentially and with 8 threads,
 * each as a ratio to the hand-written default measured in the same run.
 *
 * <p>Run with {@code mvn -q install -DskipTests && mvn -q -pl benchmarks exec:exec -Dbenchmark=TransportBenchmark}.
 */
public final class TransportBenchmark {
  private static final byte[] BODY = "{\"name\":\"courier\",\"size\":42}".getBytes();
  private static final int REQUESTS = 20_000;
  private static final int WARMUP = 5_000;

  private TransportBenchmark() {}

  /** One way of sending the PUT. */
  private interface Sender {
    int put(String name) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    try (LoopbackServer server = LoopbackServer.start()) {
      String base = server.baseUri();
      HttpClient pooled = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpClient sameThread = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .executor(Runnable::run).build();
      BenchApi courier = Courier.builder().baseUri(base).build().create(BenchApi.class);

      List<String> names = List.of("hand-written, default executor", "hand-written, same-thread executor",
          "Courier, defaults");
      List<Sender> senders = List.of(
          name -> handWritten(pooled, base, name),
          name -> handWritten(sameThread, base, name),
          name -> courier.put(name, BODY).status());

      System.out.println("PUT of " + BODY.length + " bytes to " + server.describe() + ", " + REQUESTS
          + " requests per run after " + WARMUP + " warm-up requests");
      for (int threads : new int[] {1, 8}) {
        double baseline = 0;
        for (int i = 0; i < senders.size(); i++) {
          run(senders.get(i), threads, WARMUP);
          Result result = run(senders.get(i), threads, REQUESTS);
          baseline = i == 0 ? result.perSecond() : baseline;
          System.out.printf("  %d thread(s)  %-36s %8.0f PUT/s  x%.2f  errors %d%n", threads, names.get(i),
              result.perSecond(), result.perSecond() / baseline, result.errors());
        }
      }
    }
  }

  private static int handWritten(HttpClient client, String base, String name) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "bench/" + name))
        .PUT(HttpRequest.BodyPublishers.ofByteArray(BODY))
        .header("Content-Type", "application/octet-stream")
        .build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private record Result(double perSecond, int errors) {}

  private static Result run(Sender sender, int threads, int requests) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    List<Callable<Void>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(() -> {
        while (next.getAndIncrement() < requests) {
          try {
            if (sender.put("doc") != 204) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
        }
        return null;
      });
    }
    long start = System.nanoTime();
    for (Future<Void> done : pool.invokeAll(workers)) {
      done.get();
    }
    long elapsed = System.nanoTime() - start;
    pool.shutdown();
    return new Result(requests / (elapsed / 1e9), errors.get());
  }
}
