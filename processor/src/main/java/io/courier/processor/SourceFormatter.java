package io.courier.processor;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Formats generated files on a thread of its own, so that a second core formats one interface's implementation
 * while javac's thread reads the next interface. Formatting touches only JavaPoet's immutable specs, never javac's
 * objects, which belong to javac's thread.
 */
final class SourceFormatter implements AutoCloseable {
  private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "courier-processor-formatter");
    thread.setDaemon(true); // never keeps a build's JVM alive, even if javac stops before the last round
    return thread;
  });

  /** The source text of {@code file}, when it is ready. */
  Future<String> format(JavaFile file) {
    return executor.submit(() -> {
      StringBuilder source = new StringBuilder(16 * 1024);
      try {
        file.writeTo(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringBuilder never throws it
      }
      return source.toString();
    });
  }

  @Override
  public void close() {
    executor.shutdown();
  }
}
