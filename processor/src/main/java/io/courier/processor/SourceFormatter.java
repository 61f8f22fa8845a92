package io.courier.processor;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Formats generated files on a thread of its own, so that a second core formats one interface's implementation
 * while javac's thread reads the next interface. Formatting touches only JavaPoet's immutable specs, never javac's
 * objects, which belong to javac's thread.
 */
final class SourceFormatter implements AutoCloseable {
  private final ThreadPoolExecutor executor = new ThreadPoolExecutor(
      1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
        Thread thread = new Thread(task, "courier-processor-formatter");
        thread.setDaemon(true);
        return thread;
      });

  SourceFormatter() {
    // If javac stops before the last round, where close() is called, an idle thread still ends on its own: a
    // build daemon runs many compiles and must not collect one thread per compile.
    executor.allowCoreThreadTimeOut(true);
  }

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
