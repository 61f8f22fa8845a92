package io.courier.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class of the tests in a child JVM with a 64 MiB heap, for uploads that must stream to succeed. */
final class SmallHeapJvm {
  /**
   * How the child ended.
   *
   * @param exited whether it ended within the bound, rather than being killed
   * @param exitValue its exit status
   * @param output what it printed, for failure messages
   */
  record Result(boolean exited, int exitValue, String output) {}

  private SmallHeapJvm() {}

  /** Runs {@code main} with {@code args} on the tests' class path, its output kept in {@code console}. */
  static Result run(Class<?> main, Path console, String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(
        List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
    boolean exited = child.waitFor(10, TimeUnit.MINUTES); // a bound for a hang, not a speed check
    if (!exited) {
      child.destroyForcibly().waitFor();
    }
    return new Result(exited, child.exitValue(), Files.readString(console, StandardCharsets.UTF_8));
  }
}
