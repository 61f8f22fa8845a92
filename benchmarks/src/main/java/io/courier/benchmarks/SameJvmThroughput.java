package io.courier.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Sequential throughput of a few clients in one JVM, interleaved in short slices, as ratios to the first client per
 * slice: on a noisy machine this compares clients under the same conditions far more closely than separate JVMs
 * can, at the price of sharing one JIT and one heap between them.
 *
 * <p>{@code mvn -q install -DskipTests && mvn -q -pl benchmarks exec:exec -Dbenchmark=SameJvmThroughput
 * -Dbenchmark.args="put floor courier-jdk"} (or {@code get}, and any clients of {@link PeerClient#NAMES}).
 */
public final class SameJvmThroughput {
  private static final int ROUNDS = 40;
  private static final int WARMUP_ROUNDS = 8;
  private static final long SLICE_NANOS = 400_000_000L;

  private SameJvmThroughput() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: put|get CLIENT CLIENT...; clients: " + PeerClient.NAMES);
    }
    boolean get = args[0].equals("get");
    List<String> names = Arrays.asList(args).subList(1, args.length);
    try (LoopbackServer server = LoopbackServer.start()) {
      List<PeerClient> clients = new ArrayList<>();
      for (String name : names) {
        clients.add(PeerClient.create(name, server.baseUri()));
      }
      List<List<Double>> ratios = new ArrayList<>();
      names.forEach(name -> ratios.add(new ArrayList<>()));
      for (int round = 0; round < ROUNDS; round++) {
        double[] rates = new double[names.size()];
        for (int k = 0; k < names.size(); k++) {
          int c = (k + round) % names.size(); // each client goes first in turn
          rates[c] = callsPerSecond(clients.get(c), get);
        }
        for (int c = 0; round >= WARMUP_ROUNDS && c < names.size(); c++) {
          ratios.get(c).add(rates[c] / rates[0]);
        }
      }
      System.out.printf("Sequential %s on %s, %d slices of %d ms after %d warm-up rounds, ratio to %s per slice%n",
          get ? "GET" : "PUT", server.describe(), ROUNDS - WARMUP_ROUNDS, SLICE_NANOS / 1_000_000, WARMUP_ROUNDS,
          names.get(0));
      for (int c = 0; c < names.size(); c++) {
        List<Double> sorted = new ArrayList<>(ratios.get(c));
        Collections.sort(sorted);
        System.out.printf("  %-16s median x%.3f  [p25 x%.3f, p75 x%.3f]%n", names.get(c), sorted.get(sorted.size() / 2),
            sorted.get(sorted.size() / 4), sorted.get(3 * sorted.size() / 4));
        clients.get(c).close();
      }
    }
  }

  private static double callsPerSecond(PeerClient client, boolean get) throws Exception {
    long end = System.nanoTime() + SLICE_NANOS;
    int calls = 0;
    while (System.nanoTime() < end) {
      if (get) {
        client.get(calls);
      } else {
        client.put(calls, Item.SAMPLE);
      }
      calls++;
    }
    return calls / (SLICE_NANOS / 1e9);
  }
}
