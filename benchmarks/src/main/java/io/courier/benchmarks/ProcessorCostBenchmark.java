package io.courier.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints what the processor costs at compile time. One source file declares 100 interfaces of 10 methods; three
 * compiles of it take turns, so that all three see the same noise:
 *
 * <ul>
 *   <li>with the Courier processor, which writes the implementations;
 *   <li>with a processor that only writes the same files, ready-made: javac's extra processing rounds, which any
 *       generator pays, and the floor under Courier's own cost;
 *   <li>without a processor, the implementations written out by hand (the processor's output, kept as sources).
 * </ul>
 *
 * <p>Each is timed twice over: in a fresh JVM per compile, as {@code mvn compile} and {@code javac} run it, which is
 * the figure the budget of 1.5 applies to; and many times in one warm JVM, as in a build daemon, where javac's own
 * code is compiled to machine code but every processor is loaded anew for each compile.
 *
 * <p>Run with {@code mvn -q install -DskipTests && mvn -q -pl benchmarks exec:exec}.
 */
public final class ProcessorCostBenchmark {
  private static final int INTERFACES = 100;
  private static final int METHODS = 10;
  private static final int FRESH_RUNS = 7;
  private static final int WARM_WARMUP = 5;
  private static final int WARM_RUNS = 10;

  private final Path work;
  private final List<Setup> setups;

  private ProcessorCostBenchmark(Path work, List<Setup> setups) {
    this.work = work;
    this.setups = setups;
  }

  /** One way to compile the interfaces: its sources and javac options. */
  private record Setup(String label, List<Path> sources, List<String> options) {}

  public static void main(String[] args) throws IOException {
    Path work = Files.createTempDirectory("courier-processor-cost");
    try {
      Path interfaces = work.resolve("interfaces");
      BenchInterfaces.write(interfaces, INTERFACES, METHODS);
      // The processor's output once, kept as the hand-written implementations of the baseline.
      Path once = work.resolve("once");
      List<String> courier = List.of("-processor", "io.courier.processor.CourierProcessor");
      TimedJavac.inThisJvm(arguments(sources(interfaces), courier, once));
      Path handWritten = once.resolve("generated");
      List<Path> baseline = new ArrayList<>(sources(interfaces));
      baseline.addAll(sources(handWritten));

      ProcessorCostBenchmark benchmark = new ProcessorCostBenchmark(work, List.of(
          new Setup("javac + Courier processor (interfaces only)", sources(interfaces), courier),
          new Setup("javac + a processor that only writes the same files", sources(interfaces),
              List.of("-processor", CopyingProcessor.class.getName(), "-Acopy.from=" + handWritten)),
          new Setup("javac, hand-written implementations", baseline, List.of("-proc:none"))));
      System.out.printf("%d interfaces x %d methods in one source file; every compile writes to new directories%n",
          INTERFACES, METHODS);
      benchmark.report("A fresh JVM per compile, as mvn compile runs javac (median of " + FRESH_RUNS + ")",
          benchmark.measure(1, FRESH_RUNS, true));
      benchmark.report("One warm JVM, as a build daemon (median of " + WARM_RUNS + " after " + WARM_WARMUP + ")",
          benchmark.measure(WARM_WARMUP, WARM_RUNS, false));
    } finally {
      TempTrees.delete(work);
    }
  }

  /** Median nanoseconds per setup, the setups taking turns. */
  private long[] measure(int warmup, int runs, boolean freshJvm) throws IOException {
    long[][] times = new long[setups.size()][runs];
    for (int run = -warmup; run < runs; run++) {
      for (int i = 0; i < setups.size(); i++) {
        Setup setup = setups.get(i);
        // New output directories every time, as a clean build has: javac is much slower when it overwrites its
        // own earlier output, which would hide the processor's share behind a larger fixed cost.
        List<String> arguments = arguments(setup.sources(), setup.options(), Files.createTempDirectory(work, "out"));
        long nanos = freshJvm ? TimedJavac.inFreshJvm(arguments, work) : TimedJavac.inThisJvm(arguments);
        if (run >= 0) {
          times[i][run] = nanos;
        }
      }
    }
    return Arrays.stream(times).mapToLong(ProcessorCostBenchmark::median).toArray();
  }

  private void report(String title, long[] medians) {
    System.out.println(title);
    for (int i = 0; i < setups.size(); i++) {
      System.out.printf("  %-55s %6d ms%n", setups.get(i).label() + ":", medians[i] / 1_000_000);
    }
    long plain = medians[setups.size() - 1];
    System.out.printf("  ratio to hand-written: Courier %.2f (budget 1.50), copying floor %.2f%n",
        (double) medians[0] / plain, (double) medians[1] / plain);
  }

  /** javac's arguments to compile {@code sources} into {@code output}, generated sources into its generated/. */
  private static List<String> arguments(List<Path> sources, List<String> options, Path output) throws IOException {
    Path generated = Files.createDirectories(output.resolve("generated"));
    List<String> arguments = new ArrayList<>(List.of("-d", output.toString(), "-s", generated.toString(),
        "-cp", System.getProperty("java.class.path"), "-implicit:none", "-nowarn"));
    arguments.addAll(options);
    sources.forEach(source -> arguments.add(source.toString()));
    return arguments;
  }

  private static List<Path> sources(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static long median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

}
