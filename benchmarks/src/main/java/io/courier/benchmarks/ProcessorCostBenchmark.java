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
 * output, saved as plain sources), alternating the two so that both see the same JIT and the same noise.
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
    Path generated = work.resolve("generated");
    compile(javac, sources(interfaces), List.of("-processor", "io.courier.processor.CourierProcessor",
        "-s", generated.toString()), work.resolve("classes-once"));
    copyTree(generated, handWritten);

    List<Path> withProcessor = sources(interfaces);
    List<Path> baseline = new ArrayList<>(sources(interfaces));
    baseline.addAll(sources(handWritten));
    long[] processorTimes = new long[RUNS];
    long[] baselineTimes = new long[RUNS];
    for (int run = -WARMUP; run < RUNS; run++) {
      long processor = timed(() -> compile(javac, withProcessor,
          List.of("-processor", "io.courier.processor.CourierProcessor", "-s", work.resolve("s").toString()),
          work.resolve("a")));
      long plain = timed(() -> compile(javac, baseline, List.of("-proc:none"), work.resolve("b")));
      if (run >= 0) {
        processorTimes[run] = processor;
        baselineTimes[run] = plain;
      }
    }
    long processorMedian = median(processorTimes);
    long baselineMedian = median(baselineTimes);
    System.out.printf("%d interfaces x %d methods, median of %d runs after %d warm-up runs%n",
        INTERFACES, METHODS, RUNS, WARMUP);
    System.out.printf("  javac + Courier processor (interfaces only): %6d ms%n", processorMedian / 1_000_000);
    System.out.printf("  javac, hand-written implementations:        %6d ms%n", baselineMedian / 1_000_000);
    System.out.printf("  ratio: %.2f (budget 1.50)%n", (double) processorMedian / baselineMedian);
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

  private static void compile(JavaCompiler javac, List<Path> sources, List<String> extra, Path classes) {
    try {
      Files.createDirectories(classes);
      int sourceOutput = extra.indexOf("-s");
      if (sourceOutput >= 0) {
        Files.createDirectories(Path.of(extra.get(sourceOutput + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> arguments = new ArrayList<>(List.of(
        "-d", classes.toString(), "-cp", System.getProperty("java.class.path"), "-implicit:none", "-nowarn"));
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

  private static long timed(Runnable task) {
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
