package io.courier.internal;

import io.courier.Transport;
import io.courier.transport.Deadlines;
import io.courier.transport.RequestBody;
import io.courier.transport.TransportRequest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The default {@link Transport}: the JDK's {@code java.net.http.HttpClient}. */
public final class JdkTransport implements Transport {
  private static final BodyPublisher NO_BODY = BodyPublishers.noBody(); // holds no state, so one serves every call

  private final HttpClient client;
  private final boolean owned;
  // Files and streams are read here, never on the caller's thread or the client's selector thread, which a slow
  // disk, mount or stream would block for every call of the client.
  private final ExecutorService uploads = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "courier-upload");
    thread.setDaemon(true);
    return thread;
  });

  // Headers later than the request timeout, and bodies silent for longer than the read timeout: one thread keeps
  // both, rather than a timer per call.
  private final Deadlines timeouts = new Deadlines("courier-jdk-timeouts", 10);

  private JdkTransport(HttpClient client, boolean owned) {
    this.client = client;
    this.owned = owned;
  }

  /**
   * A transport on a client of its own: connections time out after {@code connectTimeout}, {@code http://}
   * requests go as HTTP/1.1 (no h2c upgrade headers, which some servers reject), and the client's own work runs on
   * its selector thread rather than hopping to a pool, which measured fastest for blocking calls.
   */
  public static JdkTransport create(Duration connectTimeout) {
    HttpClient client = HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .executor(Runnable::run)
        .build();
    return new JdkTransport(client, true);
  }

  /** A transport on the caller's client, used as it is and left open by {@link #close()}. */
  public static JdkTransport wrapping(HttpClient client) {
    return new JdkTransport(client, false);
  }

  @Override
  public Exchange exchange(TransportRequest request) {
    return new JdkExchange(client, request, httpRequest(request),
        ResponseBodyHandler.of(request.bodyMode(), request.errorBodyLimit()), timeouts);
  }

  private HttpRequest httpRequest(TransportRequest request) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri());
    // No publisher at all, as a hand-written GET or DELETE has: nothing to subscribe to, no Content-Length.
    if (request.body() == null && "GET".equals(request.method())) {
      builder.GET();
    } else if (request.body() == null && "DELETE".equals(request.method())) {
      builder.DELETE();
    } else {
      builder.method(request.method(), publisher(request.body()));
    }
    for (int i = 0, count = request.headerCount(); i < count; i++) {
      builder.header(request.headerName(i), request.headerValue(i));
    }
    if (owned && request.uriText().startsWith("http:")) {
      builder.version(HttpClient.Version.HTTP_1_1);
    }
    return builder.build();
  }

  private BodyPublisher publisher(RequestBody body) {
    if (body == null) {
      return NO_BODY;
    }
    byte[] bytes = body.bytes();
    if (bytes != null) {
      return bytes.length == 0 ? NO_BODY : BodyPublishers.ofByteArray(bytes);
    }
    BodyPublisher given = body.publisher();
    return given != null ? given : new InputStreamPublisher(body, uploads);
  }

  @Override
  public void close() {
    uploads.shutdown();
    timeouts.close();
    // On JDK 21 and later the client is AutoCloseable and closing frees its connections and selector thread; on 17
    // there is nothing to close, and the selector thread ends once the client is no longer referenced.
    if (owned && client instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Courier already ended its calls; what the client fails to free while closing, it frees when collected.
      }
    }
  }

  @Override
  public String toString() {
    return "JdkTransport{" + (owned ? "own client" : "caller's client") + "}";
  }
}
