package io.courier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real JDK {@code HttpServer} on 127.0.0.1 that records exactly what arrived and answers with scripted replies.
 */
final class RecordingServer implements AutoCloseable, AfterEachCallback {
  /** What one request carried, as the server saw it on the wire. */
  record Recorded(String method, String rawUri, Map<String, List<String>> headers, byte[] body) {
    /** The first value of a header (case-insensitive), or null. */
    String header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a header (case-insensitive), empty when absent. */
    List<String> headerValues(String name) {
      return headers.getOrDefault(name, List.of());
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** A scripted answer: status, headers and body. */
  record Reply(int status, Map<String, String> headers, byte[] body) {
    static Reply status(int status) {
      return new Reply(status, Map.of(), new byte[0]);
    }

    Reply header(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Reply(status, more, body);
    }

    Reply body(String text) {
      return body(text.getBytes(StandardCharsets.UTF_8));
    }

    Reply body(byte[] bytes) {
      return new Reply(status, headers, bytes.clone());
    }
  }

  /** Answers one request in its own way, for tests that need more than a {@link Reply}. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange, Recorded request) throws IOException, InterruptedException;
  }

  private final HttpServer server;
  private final ExecutorService pool;
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final List<Reply> replies = Collections.synchronizedList(new ArrayList<>());
  private volatile Handler handler;

  private RecordingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pool = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "recording-server");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(pool);
    server.createContext("/", this::serve);
    server.start();
  }

  /** A started server for a {@code @RegisterExtension} field, which JUnit closes after each test. */
  static RecordingServer started() {
    try {
      return new RecordingServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  /** Answers requests with these replies in order; the last one answers every request after it. */
  RecordingServer replies(Reply... script) {
    replies.clear();
    replies.addAll(List.of(script));
    return this;
  }

  /** Answers every request with {@code custom}, after recording it. */
  RecordingServer handler(Handler custom) {
    this.handler = custom;
    return this;
  }

  /** {@code http://127.0.0.1:port/api/}. */
  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
  }

  /** A Courier builder aimed at {@link #base()}. */
  Courier.Builder courier() {
    return Courier.builder().baseUri(base());
  }

  List<Recorded> requests() {
    return List.copyOf(requests);
  }

  /** The one request received; fails unless exactly one arrived. */
  Recorded only() {
    if (requests.size() != 1) {
      throw new AssertionError("expected exactly one request, got " + requests.size());
    }
    return requests.get(0);
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
      Recorded recorded = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
          Collections.unmodifiableMap(headers), body);
      requests.add(recorded);
      Handler custom = handler;
      if (custom != null) {
        custom.handle(exchange, recorded);
        return;
      }
      Reply reply;
      synchronized (replies) {
        reply = replies.isEmpty() ? Reply.status(200) : replies.size() == 1 ? replies.get(0) : replies.remove(0);
      }
      send(exchange, reply);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void send(HttpExchange exchange, Reply reply) throws IOException {
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    boolean noBody = reply.body().length == 0 || reply.status() == 204 || reply.status() == 304
        || exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
