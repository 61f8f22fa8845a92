package io.courier.benchmarks;

import java.util.List;

/**
 * Prints the peer benchmark's table (the floor's absolute medians, every other client as a ratio to the floor of
 * the same run) and the targets, each marked PASS or MISS from the unrounded ratio.
 */
final class PeerReport {
  private static final String FLOOR = "floor";
  private static final String OKHTTP = "courier-okhttp";
  private static final String RETROFIT = "retrofit";

  /** One row of the table: a figure, how to print its absolute value, and which clients have it. */
  private record Row(String key, String label, String format, boolean uploadOnly) {}

  private static final List<Row> ROWS = List.of(
      new Row("put.ops", "sequential PUT, ops/s", "%,.0f", false),
      new Row("put.p50", "sequential PUT p50, us", "%.1f", false),
      new Row("put.p99", "sequential PUT p99, us", "%.1f", false),
      new Row("get.ops", "sequential GET, ops/s", "%,.0f", false),
      new Row("get.p50", "sequential GET p50, us", "%.1f", false),
      new Row("get.p99", "sequential GET p99, us", "%.1f", false),
      new Row("parallel.ops", "PUT from 8 threads, ops/s", "%,.0f", false),
      new Row("put.bytes", "allocated per PUT, bytes", "%,.0f", false),
      new Row("get.bytes", "allocated per GET, bytes", "%,.0f", false),
      new Row("cold.ms", "cold process PUT+GET, ms", "%,.0f", false),
      new Row("upload.mibps", "%s upload, MiB/s", "%,.0f", true),
      new Row("upload.peakHeapMiB", "  peak heap used, MiB", "%.1f", true),
      new Row("upload.peakOldMiB", "  peak old gen used, MiB", "%.1f", true),
      new Row("upload.allocPerMiB", "  allocated per MiB sent, B", "%,.0f", true));

  private final PeerResults results;
  private final List<String> clients;
  private final String uploadSize;

  PeerReport(PeerResults results, List<String> clients, int uploadMiB) {
    this.results = results;
    this.clients = clients;
    this.uploadSize = uploadMiB % 1024 == 0 ? uploadMiB / 1024 + " GiB" : uploadMiB + " MiB";
  }

  void print() {
    StringBuilder header = new StringBuilder(String.format("%-30s %12s", "figure (median over rounds)", FLOOR));
    for (String client : clients.subList(1, clients.size())) {
      header.append(String.format(" %14s", client));
    }
    header.append(String.format(" %16s", "okhttp/retrofit"));
    System.out.println(header);
    for (Row row : ROWS) {
      StringBuilder line = new StringBuilder(String.format("%-30s %12s", String.format(row.label(), uploadSize),
          absolute(row.format(), results.median(FLOOR, row.key()))));
      for (String client : clients.subList(1, clients.size())) {
        boolean takesPart = !row.uploadOnly() || PeerClient.UPLOADERS.contains(client);
        line.append(String.format(" %14s", takesPart ? ratio(results.ratio(client, FLOOR, row.key())) : "-"));
      }
      line.append(String.format(" %16s", row.uploadOnly() ? "-" : ratio(results.ratio(OKHTTP, RETROFIT, row.key()))));
      System.out.println(line);
    }
    StringBuilder errors = new StringBuilder(String.format("%-30s", "errors (all rounds)"));
    for (String client : clients) {
      errors.append(String.format(client.equals(FLOOR) ? " %12.0f" : " %14.0f", results.sum(client, "errors")));
    }
    System.out.println(errors);
    System.out.println();
    System.out.println("Targets (ratio of medians; [lowest, highest] ratio within one round):");
    target("courier-jdk", FLOOR, "put.ops", true, 0.97, "Courier on JDK, sequential PUT ops/s vs floor");
    target("courier-jdk", FLOOR, "get.ops", true, 0.97, "Courier on JDK, sequential GET ops/s vs floor");
    target("courier-jdk", FLOOR, "parallel.ops", true, 0.97, "Courier on JDK, 8-thread PUT ops/s vs floor");
    target("courier-jdk", FLOOR, "put.bytes", false, 1.05, "Courier on JDK, bytes per PUT vs floor");
    target("courier-jdk", FLOOR, "get.bytes", false, 1.05, "Courier on JDK, bytes per GET vs floor");
    target(OKHTTP, RETROFIT, "put.ops", true, 1.05, "Courier on OkHttp, sequential PUT ops/s vs Retrofit");
    target(OKHTTP, RETROFIT, "get.ops", true, 1.05, "Courier on OkHttp, sequential GET ops/s vs Retrofit");
    target(OKHTTP, RETROFIT, "parallel.ops", true, 1.05, "Courier on OkHttp, 8-thread PUT ops/s vs Retrofit");
    target(OKHTTP, RETROFIT, "put.bytes", false, 0.90, "Courier on OkHttp, bytes per PUT vs Retrofit");
    target(OKHTTP, RETROFIT, "get.bytes", false, 0.90, "Courier on OkHttp, bytes per GET vs Retrofit");
    target(OKHTTP, RETROFIT, "cold.ms", false, 1.00, "Courier on OkHttp, cold process ms vs Retrofit");
    String upload = uploadSize + " upload MiB/s vs ofFile floor";
    target("courier-jdk", FLOOR, "upload.mibps", true, 0.90, "Courier on JDK, " + upload);
    target(OKHTTP, FLOOR, "upload.mibps", true, 0.90, "Courier on OkHttp, " + upload);
  }

  private void target(String client, String base, String key, boolean atLeast, double bound, String label) {
    double ratio = results.ratio(client, base, key);
    String bar = (atLeast ? ">= " : "<= ") + String.format("%.2f", bound);
    if (Double.isNaN(ratio)) {
      String why = !PeerClient.available(client) ? client + " is not on the classpath"
          : clients.contains(client) && clients.contains(base) ? "no figure" : "not measured";
      System.out.printf("  n/a   %-8s (target %s)  %s: %s%n", "", bar, label, why);
      return;
    }
    boolean pass = atLeast ? ratio >= bound : ratio <= bound;
    double[] range = results.roundRatioRange(client, base, key);
    // Shown rounded towards the losing side, so that a miss never reads as meeting its bound.
    double shown = atLeast ? Math.floor(ratio * 1000) / 1000 : Math.ceil(ratio * 1000) / 1000;
    System.out.printf("  %-5s x%-7.3f (target %s)  %s  [%.3f, %.3f]%n", pass ? "PASS" : "MISS", shown, bar, label,
        range[0], range[1]);
  }

  private static String absolute(String format, double value) {
    return Double.isNaN(value) ? "n/a" : String.format(format, value);
  }

  private static String ratio(double value) {
    return Double.isNaN(value) ? "n/a" : String.format("x%.2f", value);
  }
}
