package io.courier.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the peer benchmark's mains in a fresh JVM (this JVM's java, classpath and the given flags), times the
 * whole process and reads back the {@code key value} lines it prints.
 */
final class ChildJvm {
  private ChildJvm() {}

  /** What a child printed, and how long its process lived. */
  record Result(Map<String, Double> values, long wallNanos) {}

  static Result run(List<String> flags, Class<?> main, List<String> args, long timeoutSeconds)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(flags);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(args);
    // Output goes to a file rather than a pipe, so that a child which hangs is caught by the timeout.
    Path out = Files.createTempFile("courier-peer", ".out");
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .redirectOutput(out.toFile());
      long start = System.nanoTime();
      Process process = builder.start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(main.getSimpleName() + " " + args + " did not end within " + timeoutSeconds + " s");
      }
      long wall = System.nanoTime() - start;
      return parse(main, args, process.exitValue(), Files.readString(out), wall);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static Result parse(Class<?> main, List<String> args, int status, String output, long wall)
      throws IOException {
    if (status != 0) {
      throw new IOException(main.getSimpleName() + " " + args + " failed with status " + status
          + (output.isBlank() ? "" : ": " + output.trim()));
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (String line : output.split("\n")) {
      String[] parts = line.trim().split(" ");
      if (parts.length == 2) {
        values.put(parts[0], Double.parseDouble(parts[1]));
      }
    }
    return new Result(values, wall);
  }
}
