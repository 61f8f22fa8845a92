package io.courier.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The upload figure's server: the JDK's HttpServer reading every body to its end before it answers 204, and
 * counting the bytes, so an upload is timed to its last byte and checked to have arrived whole. (nginx's
 * {@code return 204} answers before the body is read, which would let a client stop early.)
 */
final class UploadSink implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final AtomicLong lastBytes = new AtomicLong(-1);

  UploadSink() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/upload/", exchange -> {
      long count = 0;
      byte[] buffer = new byte[64 * 1024];
      try (InputStream body = exchange.getRequestBody()) {
        for (int read; (read = body.read(buffer)) >= 0; ) {
          count += read;
        }
      }
      lastBytes.set(count);
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.setExecutor(executor);
    server.start();
  }

  String baseUri() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** The size of the body last received, -1 before the first. */
  long lastBytes() {
    return lastBytes.get();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
  }
}
