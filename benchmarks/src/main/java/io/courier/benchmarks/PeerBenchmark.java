package io.courier.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Measures Courier against its peers in one run: the floor (hand-written {@code HttpClient} and Jackson), Courier on
 * the JDK's client and on OkHttp, Retrofit on OkHttp 5, and Feign, taking turns round by round, each round of each
 * client in a fresh JVM with the same flags, against one loopback server; then prints every figure as a ratio to
 * the floor of the same run, and the targets.
 *
 * <p>Run with {@code mvn -q -pl benchmarks -am package -DskipTests && mvn -q -pl benchmarks exec:exec
 * -Dbenchmark=PeerBenchmark}, adding {@code -Dbenchmark.args=quick} for a run of about a minute, or options such as
 * {@code -Dbenchmark.args="rounds=3 seconds=2"}; see {@link Options#parse}.
 */
public final class PeerBenchmark {
  static final List<String> FLAGS = List.of("-Xms256m", "-Xmx256m", "-XX:+UseG1GC");
  private static final List<String> UPLOAD_FLAGS = List.of("-Xmx64m", "-XX:+UseG1GC");

  private final Options options;
  private final List<String> clients;
  private final PeerResults results;

  private PeerBenchmark(Options options, List<String> clients) {
    this.options = options;
    this.clients = clients;
    this.results = new PeerResults(Math.max(options.rounds(), Math.max(options.coldRuns(), options.uploadRounds())));
  }

  /** How long and how often to measure. */
  record Options(int rounds, double warmup, double seconds, int allocationCalls, int coldRuns, int uploadRounds,
      int uploadMiB, List<String> clients) {

    /**
     * Options as {@code key=value} words: rounds, warmup and seconds (per figure, in seconds), calls (per
     * allocation figure), cold (runs), uploads (rounds), upload-mib and clients (comma-separated); {@code quick}
     * sets a short run first, which later words may change.
     */
    static Options parse(String[] args) {
      Options options = new Options(5, 3, 4, 5_000, 7, 3, 1024, PeerClient.NAMES);
      for (String word : String.join(" ", args).trim().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        if (word.equals("quick")) {
          options = new Options(2, 1, 1, 2_000, 3, 1, options.uploadMiB(), options.clients());
          continue;
        }
        String[] pair = word.split("=", 2);
        if (pair.length != 2) {
          throw new IllegalArgumentException("expected key=value or quick, was " + word);
        }
        String value = pair[1];
        Options o = options;
        options = switch (pair[0]) {
          case "rounds" -> new Options(Integer.parseInt(value), o.warmup, o.seconds, o.allocationCalls, o.coldRuns,
              o.uploadRounds, o.uploadMiB, o.clients);
          case "warmup" -> new Options(o.rounds, Double.parseDouble(value), o.seconds, o.allocationCalls,
              o.coldRuns, o.uploadRounds, o.uploadMiB, o.clients);
          case "seconds" -> new Options(o.rounds, o.warmup, Double.parseDouble(value), o.allocationCalls,
              o.coldRuns, o.uploadRounds, o.uploadMiB, o.clients);
          case "calls" -> new Options(o.rounds, o.warmup, o.seconds, Integer.parseInt(value), o.coldRuns,
              o.uploadRounds, o.uploadMiB, o.clients);
          case "cold" -> new Options(o.rounds, o.warmup, o.seconds, o.allocationCalls, Integer.parseInt(value),
              o.uploadRounds, o.uploadMiB, o.clients);
          case "uploads" -> new Options(o.rounds, o.warmup, o.seconds, o.allocationCalls, o.coldRuns,
              Integer.parseInt(value), o.uploadMiB, o.clients);
          case "upload-mib" -> new Options(o.rounds, o.warmup, o.seconds, o.allocationCalls, o.coldRuns,
              o.uploadRounds, Integer.parseInt(value), o.clients);
          case "clients" -> new Options(o.rounds, o.warmup, o.seconds, o.allocationCalls, o.coldRuns,
              o.uploadRounds, o.uploadMiB, clientList(value));
          default -> throw new IllegalArgumentException("unknown option " + pair[0]);
        };
      }
      return options;
    }

    private static List<String> clientList(String value) {
      List<String> chosen = new ArrayList<>(List.of("floor"));
      Arrays.stream(value.split(",")).filter(name -> !name.equals("floor")).forEach(chosen::add);
      chosen.forEach(PeerClient::available); // throws for a name that is no client, before anything runs
      return List.copyOf(chosen);
    }
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    List<String> built = options.clients().stream().filter(PeerClient::available).toList();
    PeerBenchmark benchmark = new PeerBenchmark(options, built);
    System.out.printf("Machine: %d cores, load average %s; %s %s (%s)%n",
        Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), System.getProperty("java.home"));
    options.clients().stream().filter(name -> !built.contains(name)).forEach(name -> System.out.println(
        "Not on the classpath, so not measured: " + name));
    try (LoopbackServer server = LoopbackServer.start(); UploadSink sink = new UploadSink()) {
      System.out.println("Server: " + server.describe() + " for PUT/GET of /items/{id} (" + Item.SAMPLE_JSON.length()
          + "-byte JSON, PUT answered 204); the JDK's HttpServer, reading each body to its end, for the upload");
      System.out.printf("%d rounds, clients in turn (order rotated each round), each in a fresh JVM %s: %.1f s of"
          + " warm-up, then %.1f s per throughput figure; allocation over %,d sequential calls of each kind%n",
          options.rounds(), String.join(" ", FLAGS), options.warmup(), options.seconds(), options.allocationCalls());
      benchmark.warmRounds(server.baseUri());
      benchmark.coldRuns(server.baseUri());
      benchmark.uploads(sink);
    }
    System.out.println();
    System.out.println("Allocation: com.sun.management.ThreadMXBean.getThreadAllocatedBytes summed over every live"
        + " thread of the child JVM, before and after the calls (the client's pools stay alive throughout), divided"
        + " by the calls. Cold: wall time of a fresh `java -cp ... ColdStart <client>` that builds the client, makes"
        + " one PUT and one GET and exits, median of " + options.coldRuns() + " runs taken in turn.");
    new PeerReport(benchmark.results, built, options.uploadMiB()).print();
    System.out.println("Load average at the end: " + loadAverage());
  }

  private void warmRounds(String base) throws InterruptedException {
    List<String> args = List.of(String.valueOf(options.warmup()), String.valueOf(options.seconds()),
        String.valueOf(options.allocationCalls()));
    for (int round = 0; round < options.rounds(); round++) {
      for (String client : rotated(clients, round)) {
        List<String> all = new ArrayList<>(List.of(client, base));
        all.addAll(args);
        record("round " + (round + 1), client, round, FLAGS, PeerWorker.class, all);
      }
    }
  }

  private void coldRuns(String base) throws InterruptedException {
    for (int run = 0; run < options.coldRuns(); run++) {
      for (String client : rotated(clients, run)) {
        ChildJvm.Result result = record("cold run " + (run + 1), client, run, FLAGS, ColdStart.class,
            List.of(client, base));
        if (result != null) {
          results.record(client, run, "cold.ms", result.wallNanos() / 1e6);
        }
      }
    }
  }

  private void uploads(UploadSink sink) throws IOException, InterruptedException {
    List<String> uploaders = clients.stream().filter(PeerClient.UPLOADERS::contains).toList();
    Path directory = Files.createTempDirectory("courier-peer-upload");
    try {
      Path warmup = write(directory.resolve("warmup.bin"), 8);
      Path large = write(directory.resolve("large.bin"), options.uploadMiB());
      System.out.printf("Upload: %,d MiB file in %s, %d round(s) of %s, each in a fresh JVM %s%n",
          options.uploadMiB(), directory, options.uploadRounds(), uploaders, String.join(" ", UPLOAD_FLAGS));
      for (int round = 0; round < options.uploadRounds(); round++) {
        for (String client : rotated(uploaders, round)) {
          ChildJvm.Result result = record("upload " + (round + 1), client, round, UPLOAD_FLAGS, UploadWorker.class,
              List.of(client, sink.baseUri(), warmup.toString(), large.toString()));
          if (result != null && sink.lastBytes() != Files.size(large)) {
            System.out.printf("  %s: the server received %,d bytes of %,d; figure dropped%n", client,
                sink.lastBytes(), Files.size(large));
            results.record(client, round, "upload.mibps", Double.NaN);
          }
        }
      }
    } finally {
      TempTrees.delete(directory);
    }
  }

  /** Runs one child, records what it printed, and reports (without stopping the run) a child that failed. */
  private ChildJvm.Result record(String what, String client, int slot, List<String> flags, Class<?> main,
      List<String> args) throws InterruptedException {
    try {
      ChildJvm.Result result = ChildJvm.run(flags, main, args, 600);
      results.record(client, slot, result.values());
      System.out.printf("  %-12s %-15s %s%n", what, client, brief(result));
      return result;
    } catch (IOException e) {
      System.out.printf("  %-12s %-15s FAILED: %s%n", what, client, e.getMessage());
      return null;
    }
  }

  private static String brief(ChildJvm.Result result) {
    StringBuilder line = new StringBuilder();
    result.values().forEach((key, value) -> {
      if (!key.endsWith("endedThreads") || value != 0) {
        line.append(key).append('=').append(String.format(value >= 100 ? "%.0f" : "%.2f", value)).append(' ');
      }
    });
    return line.append(String.format("(%.0f ms)", result.wallNanos() / 1e6)).toString();
  }

  /** The clients in the order of {@code round}: each goes first in turn. */
  static List<String> rotated(List<String> clients, int round) {
    List<String> order = new ArrayList<>(clients);
    Collections.rotate(order, -round);
    return order;
  }

  /** Writes {@code mebibytes} of random bytes (one random MiB repeated), so no layer can compress them away. */
  private static Path write(Path file, int mebibytes) throws IOException {
    byte[] block = new byte[1024 * 1024];
    new Random(42).nextBytes(block);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      for (int i = 0; i < mebibytes; i++) {
        ByteBuffer buffer = ByteBuffer.wrap(block);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    }
    return file;
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

}
