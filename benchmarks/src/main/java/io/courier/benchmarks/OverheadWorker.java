package io.courier.benchmarks;

import java.util.List;
import java.util.Map;
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
    List<List<Double>> figures =
        OverheadBenchmark.measure(Map.of(args[0], client), WARMUP + MEASURED, WARMUP).get(args[0]);
    for (int f = 0; f < figures.size(); f++) {
      PeerWorker.print(OverheadBenchmark.FIGURES.get(f), OverheadBenchmark.median(figures.get(f)));
    }
    client.close();
    answering.dispatcher().executorService().shutdown();
  }
}
