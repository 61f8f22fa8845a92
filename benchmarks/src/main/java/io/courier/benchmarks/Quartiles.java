package io.courier.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The median and the quartiles of some measurements, which say more than a mean on a noisy machine. */
record Quartiles(double p25, double median, double p75) {
  static Quartiles of(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return new Quartiles(sorted.get(n / 4), sorted.get(n / 2), sorted.get(3 * n / 4));
  }
}
