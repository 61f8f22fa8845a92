package io.courier.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;

/**
 * Runs javac once and measures it, either in this JVM or in a fresh one, which is what a build does: Maven runs
 * javac in its own new JVM, and every class javac or a processor uses is loaded and interpreted from cold.
 */
final class TimedJavac {
  private TimedJavac() {}

  /** Nanoseconds that javac took with {@code arguments}, in this JVM. */
  static long inThisJvm(List<String> arguments) {
    long start = System.nanoTime();
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(new String[0]));
    long elapsed = System.nanoTime() - start;
    if (status != 0) {
      throw new IllegalStateException("javac failed with status " + status);
    }
    return elapsed;
  }

  /** Nanoseconds that javac took with {@code arguments} in a new JVM, not counting the JVM's own start. */
  static long inFreshJvm(List<String> arguments, Path scratch) throws IOException {
    Path argumentFile = Files.write(Files.createTempFile(scratch, "javac", ".args"), quoted(arguments));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        TimedJavac.class.getName(), argumentFile.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    String output = new String(process.getInputStream().readAllBytes()).trim();
    try {
      if (process.waitFor() != 0) {
        throw new IllegalStateException("the forked javac failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while javac ran", e);
    }
    return Long.parseLong(output);
  }

  /** Runs javac with the arguments in the file {@code args[0]} and prints how many nanoseconds it took. */
  public static void main(String[] args) {
    System.out.println(inThisJvm(List.of("@" + args[0])));
  }

  private static List<String> quoted(List<String> arguments) {
    // javac's argument files split on white space unless an argument is quoted.
    return arguments.stream().map(argument -> '"' + argument.replace("\\", "\\\\") + '"').toList();
  }
}
