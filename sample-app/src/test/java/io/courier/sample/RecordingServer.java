package io.courier.sample;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A JDK server on 127.0.0.1 that records each request exactly as it arrived and answers with what the test queued,
 * else 200 with the text {@code ok}.
 */
final class RecordingServer implements AutoCloseable {
  /** A request as the server saw it: the raw request target, headers by case-insensitive name, the body's bytes. */
  record Request(String method, String uri, Map<String, List<String>> headers, byte[] body) {
    /** Every value of a header, in the order sent; empty when it was not sent. */
    List<String> header(String name) {
      return headers.getOrDefault(name, List.of());
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** What to answer one request with; {@code headers} alternate names and values. */
  record Answer(int status, String body, String... headers) {}

  private final HttpServer server;
  private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
  private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

  private RecordingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::record);
  }

  static RecordingServer start() throws IOException {
    RecordingServer recording = new RecordingServer();
    recording.server.start();
    return recording;
  }

  /** {@code path} on this server, such as {@code http://127.0.0.1:41234/api/}. */
  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Queues the answer to the next request that has none yet. */
  void answer(int status, String body, String... headers) {
    answers.add(new Answer(status, body, headers));
  }

  /** The oldest request not yet taken; fails the test if none arrives. */
  Request take() throws InterruptedException {
    // The generous bound only keeps a broken client from hanging the build; it asserts nothing about speed.
    Request request = requests.poll(30, TimeUnit.SECONDS);
    assertNotNull(request, "no request reached " + uri("/"));
    return request;
  }

  /** The requests received and not yet taken. */
  List<Request> drain() {
    List<Request> drained = new ArrayList<>();
    requests.drainTo(drained);
    return drained;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void record(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
      // Recorded before answering, so that a request is there to take once the client has its response.
      requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
          in.readAllBytes()));
      Answer answer = answers.poll();
      if (answer == null) {
        answer = new Answer(200, "ok");
      }
      for (int i = 0; i < answer.headers().length; i += 2) {
        exchange.getResponseHeaders().add(answer.headers()[i], answer.headers()[i + 1]);
      }
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      boolean none = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(answer.status(), none ? -1 : body.length);
      if (!none) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }
}
