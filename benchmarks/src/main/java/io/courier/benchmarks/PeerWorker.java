package io.courier.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One client's round of the peer benchmark, in its own JVM: warm-up, then sequential PUT and GET (throughput and
 * latency), PUT from 8 threads, and bytes allocated per call. Prints {@code key value} lines for the runner.
 *
 * <p>Arguments: client, base URI, warm-up seconds, seconds per figure, calls per allocation figure.
 */
final class PeerWorker {
  static final int THREADS = 8;

  private final PeerClient client;
  // Created once and never shut down, so that its threads, and what they allocated, stay countable.
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, task -> {
    Thread thread = new Thread(task, "peer-worker");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicLong errors = new AtomicLong();
  private Throwable firstError;

  private PeerWorker(PeerClient client) {
    this.client = client;
  }

  public static void main(String[] args) throws Exception {
    double warmup = Double.parseDouble(args[2]);
    double seconds = Double.parseDouble(args[3]);
    int allocationCalls = Integer.parseInt(args[4]);
    try (PeerClient client = PeerClient.create(args[0], args[1])) {
      PeerWorker worker = new PeerWorker(client);
      worker.warmUp(warmup);
      worker.sequential("put", false, seconds);
      worker.sequential("get", true, seconds);
      print("parallel.ops", worker.parallel(seconds));
      print("put.bytes", worker.allocatedPerCall(false, allocationCalls));
      print("get.bytes", worker.allocatedPerCall(true, allocationCalls));
      print("errors", worker.errors.get());
      if (worker.firstError != null) {
        System.err.println(args[0] + ": first error: " + worker.firstError);
      }
    }
  }

  private void warmUp(double seconds) throws Exception {
    long end = System.nanoTime() + (long) (seconds * 0.7e9);
    for (long i = 0; System.nanoTime() < end; i++) {
      call(i % 2 == 1);
    }
    parallel(seconds * 0.3);
  }

  /** Calls for {@code seconds} on this thread; prints ops/s and the median and 99th percentile latency in µs. */
  private void sequential(String name, boolean get, double seconds) {
    long[] latencies = new long[1 << 21];
    int count = 0;
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    long now = start;
    while (now < end && count < latencies.length) {
      long before = now;
      call(get);
      now = System.nanoTime();
      latencies[count++] = now - before;
    }
    print(name + ".ops", count / ((now - start) / 1e9));
    Arrays.sort(latencies, 0, count);
    print(name + ".p50", latencies[count / 2] / 1e3);
    print(name + ".p99", latencies[(int) (count * 0.99)] / 1e3);
  }

  /** PUTs from {@link #THREADS} threads for {@code seconds}; ops/s. */
  private double parallel(double seconds) throws Exception {
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    List<Future<Long>> counts = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      counts.add(pool.submit(() -> {
        long count = 0;
        while (System.nanoTime() < end) {
          call(false);
          count++;
        }
        return count;
      }));
    }
    long total = 0;
    for (Future<Long> count : counts) {
      total += count.get();
    }
    return total / ((System.nanoTime() - start) / 1e9);
  }

  /** Bytes that all threads of the JVM allocated per call, over {@code calls} sequential calls. */
  private double allocatedPerCall(boolean get, int calls) {
    Allocations before = Allocations.snapshot();
    for (int i = 0; i < calls; i++) {
      call(get);
    }
    Allocations.Delta delta = Allocations.snapshot().since(before);
    print((get ? "get" : "put") + ".endedThreads", delta.endedThreads());
    return (double) delta.bytes() / calls;
  }

  private void call(boolean get) {
    try {
      if (get) {
        if (client.get(42) == null) {
          throw new IllegalStateException("GET decoded to null");
        }
      } else {
        client.put(42, Item.SAMPLE);
      }
    } catch (Exception | Error e) {
      if (errors.getAndIncrement() == 0) {
        firstError = e;
      }
    }
  }

  static void print(String key, double value) {
    System.out.println(key + " " + value);
  }
}
