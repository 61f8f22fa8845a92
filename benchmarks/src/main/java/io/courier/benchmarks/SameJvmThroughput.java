package io.courier.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sequential throughput of a few clients in one JVM, interleaved in short slices, as ratios to the first client per
 * slice: on a noisy machine this compares clients under the same conditions far more closely than separate JVMs
 * can, at the price of sharing one JIT and one heap between them. It also gives the CPU time this process (every
 * thread: the client's, its selector's, GC and JIT) spent per call in user mode, outside the kernel: what a client
 * library costs, which the kernel's, the server's and the scheduler's share of a loopback call blurs in throughput.
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
      List<List<Double>> cpuRatios = new ArrayList<>();
      List<List<Double>> cpuMicros = new ArrayList<>();
      names.forEach(name -> {
        ratios.add(new ArrayList<>());
        cpuRatios.add(new ArrayList<>());
        cpuMicros.add(new ArrayList<>());
      });
      for (int round = 0; round < ROUNDS; round++) {
        Slice[] slices = new Slice[names.size()];
        for (int k = 0; k < names.size(); k++) {
          int c = (k + round) % names.size(); // each client goes first in turn
          slices[c] = slice(clients.get(c), get);
        }
        for (int c = 0; round >= WARMUP_ROUNDS && c < names.size(); c++) {
          ratios.get(c).add(slices[c].callsPerSecond() / slices[0].callsPerSecond());
          cpuRatios.get(c).add(slices[c].cpuNanosPerCall() / slices[0].cpuNanosPerCall());
          cpuMicros.get(c).add(slices[c].cpuNanosPerCall() / 1e3);
        }
      }
      System.out.printf("Sequential %s on %s, %d slices of %d ms after %d warm-up rounds, ratio to %s per slice%n",
          get ? "GET" : "PUT", server.describe(), ROUNDS - WARMUP_ROUNDS, SLICE_NANOS / 1_000_000, WARMUP_ROUNDS,
          names.get(0));
      System.out.printf("  %-16s %-34s %-36s %s%n", "", "calls/s", "user CPU per call", "user CPU, us");
      for (int c = 0; c < names.size(); c++) {
        System.out.printf("  %-16s %s  %s  %.1f%n", names.get(c), quartiles(ratios.get(c)),
            quartiles(cpuRatios.get(c)), Quartiles.of(cpuMicros.get(c)).median());
        clients.get(c).close();
      }
    }
  }

  /** One slice of one client: its calls per second and the process's user CPU time per call. */
  private record Slice(double callsPerSecond, double cpuNanosPerCall) {}

  private static String quartiles(List<Double> values) {
    Quartiles q = Quartiles.of(values);
    return String.format("median x%.3f [p25 x%.3f, p75 x%.3f]", q.median(), q.p25(), q.p75());
  }

  /**
   * This process's user-mode CPU time so far, from Linux's {@code /proc/self/stat} (in clock ticks, taken as the
   * usual 100 a second): the JDK's beans give user time only per thread, and the JDK client works on two.
   */
  private static long processCpuNanos() throws IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    // Fields after the command's closing parenthesis; utime is the 14th field of the line, the 12th after it.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) * 10_000_000L;
  }

  private static Slice slice(PeerClient client, boolean get) throws Exception {
    long cpuBefore = processCpuNanos();
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
    return new Slice(calls / (SLICE_NANOS / 1e9), (double) (processCpuNanos() - cpuBefore) / calls);
  }
}
