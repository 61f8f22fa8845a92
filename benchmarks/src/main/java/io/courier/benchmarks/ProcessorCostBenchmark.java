package io.courier.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Prints what the processor costs at compile time: 100 interfaces of 10 methods compiled with the processor,
 * against the same interfaces compiled with their implementations written out by hand (the processor's own
 * output, saved as plain sources), and against a processor that only writes those same files (what javac's extra
 * processing rounds cost any generator), taking turns so that all three see the same JIT and the same noise.
 *
 * <p>Run with {@code mvn -q install -DskipTests && mvn -q -pl benchmarks exec:exec}; the budget is a ratio of
 * at most 1.5.
 */
public final class ProcessorCostBenchmark {
  private static final int INTERFACES = 100;
  private static final int METHODS = 10;
  private static final int WARMUP = 5;
  private static final int RUNS = 10;

  private ProcessorCostBenchmark() {}

  public static void main(String[] args) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path work = Files.createTempDirectory("courier-processor-cost");
    Path interfaces = work.resolve("interfaces");
    Path handWritten = work.resolve("hand-written");
    writeInterfaces(interfaces);

    // The processor's output once, kept as the hand-written implementations of the baseline.
    Path once = work.resolve("once");
    compile(javac, sources(interfaces), List.of("-processor", "io.courier.processor.CourierProcessor"), once);
    copyTree(once.resolve("generated"), handWritten);

    List<Path> withProcessor = sources(interfaces);
    List<Path> baseline = new ArrayList<>(sources(interfaces));
    baseline.addAll(sources(handWritten));
    List<String> courier = List.of("-processor", "io.courier.processor.CourierProcessor");
    List<String> copying = List.of("-processor", CopyingProcessor.class.getName(), "-Acopy.from=" + handWritten);
    long[][] times = new long[3][RUNS];
    for (int run = -WARMUP; run < RUNS; run++) {
      // Every compile writes to new directories, as a clean build does: javac is much slower when it overwrites
      // its own earlier output, which would hide the processor's share behind a larger fixed cost.
      long processor = timed(() -> compile(javac, withProcessor, courier, Files.createTempDirectory(work, "a")));
      long floor = timed(() -> compile(javac, withProcessor, copying, Files.createTempDirectory(work, "c")));
      long plain = timed(() -> compile(javac, baseline, List.of("-proc:none"), Files.createTempDirectory(work, "b")));
      if (run >= 0) {
        times[0][run] = processor;
        times[1][run] = floor;
        times[2][run] = plain;
      }
    }
    long processorMedian = median(times[0]);
    long floorMedian = median(times[1]);
    long plainMedian = median(times[2]);
    System.out.printf("%d interfaces x %d methods, median of %d runs after %d warm-up runs, clean output each time%n",
        INTERFACES, METHODS, RUNS, WARMUP);
    System.out.printf("  javac + Courier processor (interfaces only):        %6d ms%n", processorMedian / 1_000_000);
    System.out.printf("  javac + a processor that only writes the same files: %5d ms%n", floorMedian / 1_000_000);
    System.out.printf("  javac, hand-written implementations:               %6d ms%n", plainMedian / 1_000_000);
    System.out.printf("  ratio to hand-written: Courier %.2f (budget 1.50), copying floor %.2f%n",
        (double) processorMedian / plainMedian, (double) floorMedian / plainMedian);
  }

  private static void writeInterfaces(Path directory) throws IOException {
    Path pkg = directory.resolve("bench");
    Files.createDirectories(pkg);
    for (int i = 0; i < INTERFACES; i++) {
      StringBuilder source = new StringBuilder()
          .append("package bench;\n")
          .append("import io.courier.Response;\n")
          .append("import io.courier.http.*;\n")
          .append("import java.util.*;\n")
          .append("import java.util.concurrent.CompletableFuture;\n")
          .append("@Headers(\"Accept: application/json\")\n")
          .append("public interface Api").append(i).append(" {\n")
          .append("  record Item(String name, int size, List<String> tags) {}\n");
      for (int m = 0; m < METHODS; m++) {
        source.append(switch (m % 5) {
          case 0 -> "  @Put(\"/items/{id}\") Response<Item> put" + m + "(@Path(\"id\") long id, @Body Item item);\n";
          case 1 -> "  @Get(\"/items\") List<Item> list" + m + "(@Query(\"tag\") List<String> tags,"
              + " @Header(\"X-Trace\") String trace);\n";
          case 2 -> "  @Put(\"/settings/{section}\") @FormUrlEncoded void form" + m
              + "(String section, @Field(\"key1\") String key1, String key2);\n";
          case 3 -> "  @Post(\"/items/{id}/notes\") CompletableFuture<Optional<Item>> post" + m
              + "(long id, String text, int rank);\n";
          default -> "  @Delete(\"/items/{id}\") void delete" + m + "(@Path(\"id\") String id);\n";
        });
      }
      Files.writeString(pkg.resolve("Api" + i + ".java"), source.append("}\n").toString());
    }
  }

  /** Compiles {@code sources} into {@code output}: classes, and generated sources in its {@code generated/}. */
  private static void compile(JavaCompiler javac, List<Path> sources, List<String> extra, Path output) {
    Path generated = output.resolve("generated");
    try {
      Files.createDirectories(generated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> arguments = new ArrayList<>(List.of("-d", output.toString(), "-s", generated.toString(),
        "-cp", System.getProperty("java.class.path"), "-implicit:none", "-nowarn"));
    arguments.addAll(extra);
    sources.forEach(source -> arguments.add(source.toString()));
    int status = javac.run(null, null, null, arguments.toArray(new String[0]));
    if (status != 0) {
      throw new IllegalStateException("javac failed with status " + status);
    }
  }

  private static List<Path> sources(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    for (Path source : sources(from)) {
      Path target = to.resolve(from.relativize(source));
      Files.createDirectories(target.getParent());
      Files.copy(source, target);
    }
  }

  /** A compile to time; it may fail only to create its output directory. */
  @FunctionalInterface
  private interface Compile {
    void run() throws IOException;
  }

  private static long timed(Compile task) throws IOException {
    long start = System.nanoTime();
    task.run();
    return System.nanoTime() - start;
  }

  private static long median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
