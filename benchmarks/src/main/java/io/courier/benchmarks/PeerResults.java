package io.courier.benchmarks;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every figure of the peer benchmark, per client and per round (or per run), kept by round so that a ratio can be
 * taken between two clients measured in the same round. A figure a round did not produce is NaN.
 */
final class PeerResults {
  private final Map<String, double[]> values = new HashMap<>();
  private final int slots;

  PeerResults(int slots) {
    this.slots = slots;
  }

  void record(String client, int slot, String key, double value) {
    values.computeIfAbsent(client + "/" + key, unused -> {
      double[] empty = new double[slots];
      Arrays.fill(empty, Double.NaN);
      return empty;
    })[slot] = value;
  }

  void record(String client, int slot, Map<String, Double> figures) {
    figures.forEach((key, value) -> record(client, slot, key, value));
  }

  /** The median over the rounds that produced the figure; NaN if none did. */
  double median(String client, String key) {
    return median(present(values.get(client + "/" + key)));
  }

  /** The sum over rounds, for counts such as errors. */
  double sum(String client, String key) {
    return Arrays.stream(present(values.get(client + "/" + key))).sum();
  }

  /** {@code client}'s median over {@code base}'s; NaN if either has no figure. */
  double ratio(String client, String base, String key) {
    return median(client, key) / median(base, key);
  }

  /** The lowest and highest ratio of {@code client} to {@code base} within one round. */
  double[] roundRatioRange(String client, String base, String key) {
    double[] a = values.get(client + "/" + key);
    double[] b = values.get(base + "/" + key);
    double low = Double.NaN;
    double high = Double.NaN;
    for (int i = 0; a != null && b != null && i < slots; i++) {
      double ratio = a[i] / b[i];
      if (!Double.isNaN(ratio)) {
        low = Double.isNaN(low) ? ratio : Math.min(low, ratio);
        high = Double.isNaN(high) ? ratio : Math.max(high, ratio);
      }
    }
    return new double[] {low, high};
  }

  private static double[] present(double[] slots) {
    return slots == null ? new double[0] : Arrays.stream(slots).filter(value -> !Double.isNaN(value)).toArray();
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
