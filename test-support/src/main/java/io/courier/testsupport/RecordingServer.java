package io.courier.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.courier.Courier;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real JDK {@code HttpServer} on 127.0.0.1 that records exactly what arrived and answers with scripted replies;
 * as a {@code @RegisterExtension} field it is closed after each test.
 */
public final class RecordingServer implements AutoCloseable, AfterEachCallback {
  /** What one request carried, as the server saw it on the wire; headers are keyed case-insensitively. */
  public record Recorded(String method, String rawUri, Map<String, List<String>> headers, byte[] body) {
    /** The first value of a header, or null when it was not sent. */
    public String header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a header, in the order sent; empty when it was not sent. */
    public List<String> headerValues(String name) {
      return headers.getOrDefault(name, List.of());
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** A scripted answer: status, headers and body. */
  public record Reply(int status, Map<String, String> headers, byte[] body) {
    /** An answer with this status, no headers and no body. */
    public static Reply status(int status) {
      return new Reply(status, Map.of(), new byte[0]);
    }

    /** This answer with one more header. */
    public Reply header(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Reply(status, more, body);
    }

    /** This answer with a UTF-8 text body. */
    public Reply body(String text) {
      return body(text.getBytes(StandardCharsets.UTF_8));
    }

    /** This answer with these bytes as the body. */
    public Reply body(byte[] bytes) {
      return new Reply(status, headers, bytes.clone());
    }
  }

  /** Answers one request in its own way, for tests that need more than a {@link Reply}. */
  @FunctionalInterface
  public interface Handler {
    /** Answers {@code exchange}, whose request was recorded as {@code request} and whose body was read. */
    void handle(HttpExchange exchange, Recorded request) throws IOException, InterruptedException;
  }

  private final HttpServer server;
  private final ExecutorService pool;
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  /** The requests that {@link #take()} has not handed out yet. */
  private final BlockingQueue<Recorded> untaken = new LinkedBlockingQueue<>();
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

  /** A started server, for a {@code @RegisterExtension} field or a try-with-resources block. */
  public static RecordingServer started() {
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

  /**
   * Answers requests with these replies in order, the last one answering every request after it; without any,
   * every request gets 200 with no body.
   */
  public RecordingServer replies(Reply... script) {
    replies.clear();
    replies.addAll(List.of(script));
    return this;
  }

  /** Answers every request with {@code custom}, after recording it. */
  public RecordingServer handler(Handler custom) {
    this.handler = custom;
    return this;
  }

  /** {@code http://127.0.0.1:port/api/}. */
  public URI base() {
    return uri("/api/");
  }

  /** {@code path} on this server, such as {@code http://127.0.0.1:41234/other}. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** A Courier builder aimed at {@link #base()} that sends through {@code transport}. */
  public Courier.Builder courier(TransportKind transport) {
    return transport.configure(Courier.builder().baseUri(base()));
  }

  /** Every request received so far, in order of arrival. */
  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  /** The one request received; fails unless exactly one arrived. */
  public Recorded only() {
    if (requests.size() != 1) {
      throw new AssertionError("expected exactly one request, got " + requests.size());
    }
    return requests.get(0);
  }

  /** The oldest request not yet taken, waiting for it to arrive; fails if none does. */
  public Recorded take() throws InterruptedException {
    // The generous bound only keeps a broken client from hanging the build; it asserts nothing about speed.
    Recorded request = untaken.poll(30, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("no request reached " + uri("/"));
    }
    return request;
  }

  /** The requests received and not yet taken, which are then taken. */
  public List<Recorded> drain() {
    List<Recorded> drained = new ArrayList<>();
    untaken.drainTo(drained);
    return drained;
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
      // Recorded before answering, so that a request is there to take once the client has its response.
      requests.add(recorded);
      untaken.add(recorded);
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

  /** Sends {@code reply} as the answer to {@code exchange}; for {@link Handler}s that answer later. */
  public static void send(HttpExchange exchange, Reply reply) throws IOException {
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
