package io.courier.benchmarks;

import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * The overhead benchmark's child JVM: one client alone, warmed up and then measured in slices as the parent measures
 * in its own JVM; prints each figure's median over its slices as a {@code key value} line. Argument: the client.
 */
final class OverheadWorker {
  static final int WARMUP = 20;
  static final int MEASURED = 15;

  private OverheadWorker() {}

  public static void main(String[] args) throws Exception {
    OkHttpClient answering = OverheadBenchmark.answeringClient();
    PeerClient client = OverheadBenchmark.client(args[0], answering);
    List<List<Double>> figures = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int round = 0; round < WARMUP + MEASURED; round++) {
      OverheadBenchmark.Slice put = OverheadBenchmark.slice(client, false);
      OverheadBenchmark.Slice get = OverheadBenchmark.slice(client, true);
      if (round >= WARMUP) {
        figures.get(0).add(put.cpuNanos());
        figures.get(1).add(put.bytes());
        figures.get(2).add(get.cpuNanos());
        figures.get(3).add(get.bytes());
      }
    }
    for (int f = 0; f < figures.size(); f++) {
      System.out.println(OverheadBenchmark.FIGURES.get(f) + " " + OverheadBenchmark.median(figures.get(f)));
    }
    client.close();
    answering.dispatcher().executorService().shutdown();
  }
}
