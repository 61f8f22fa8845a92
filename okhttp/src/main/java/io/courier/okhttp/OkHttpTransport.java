package io.courier.okhttp;

import io.courier.Transport;
import io.courier.transport.Deadlines;
import io.courier.transport.RequestBody;
import io.courier.transport.TransportRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * A {@link Transport} on OkHttp: blocking calls run on the caller's thread, as OkHttp's own {@code execute} does,
 * and async calls on OkHttp's dispatcher.
 *
 * <pre>{@code
 * Courier courier = Courier.builder()
 *     .baseUri("https://api.example.com/")
 *     .transport(OkHttpTransport.create())
 *     .build();
 * }</pre>
 *
 * <p>Courier decides retries and redirects itself, on every transport, so the client this transport uses never
 * follows redirects nor sends a request again on its own: OkHttp's silent retries (after a failed connection, or a
 * 503 asking for {@code Retry-After: 0}) could send a POST twice.
 */
public final class OkHttpTransport implements Transport {
  // How much later than the request timeout the socket's read timeout may end a wait for headers: several ticks.
  private static final long SWEEPER_SLACK_MILLIS = 1_000;

  private final OkHttpClient client;
  private final boolean owned;
  private final Urls urls = new Urls();
  /** Clients derived by socket read timeout: a few at most, one per distinct method read timeout. */
  private final Map<Long, ReadTimeoutClient> derived = new ConcurrentHashMap<>();
  private volatile ReadTimeoutClient recent;
  // Courier's request timeout, until the headers arrive: not OkHttp's call timeout, which wakes Okio's watchdog
  // thread on every sequential call.
  private final Deadlines deadlines = new Deadlines("courier-okhttp-deadlines", 25);

  private OkHttpTransport(OkHttpClient client, boolean owned) {
    this.client = client.newBuilder()
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .addNetworkInterceptor(new HiddenRetryAfter())
        .build();
    this.owned = owned;
  }

  /** A transport on an OkHttp client of its own, with OkHttp's defaults otherwise; closed with the Courier. */
  public static OkHttpTransport create() {
    return new OkHttpTransport(new OkHttpClient(), true);
  }

  /**
   * A transport on the caller's client, sharing its connection pool, dispatcher and settings (interceptors, TLS,
   * proxy, timeouts), and left open when the Courier closes.
   */
  public static OkHttpTransport create(OkHttpClient client) {
    return new OkHttpTransport(Objects.requireNonNull(client, "client"), false);
  }

  @Override
  public Exchange exchange(TransportRequest request) {
    return new OkHttpExchange(clientFor(request).newCall(okRequest(request)), request, deadlines);
  }

  /**
   * The client whose socket read timeout lets the headers take their request timeout and the body its read timeout:
   * longer than either, or none where either is unlimited. Courier's own sweeper keeps the request timeout, a little
   * before the socket's would end the wait, and {@link OkHttpResponse} narrows the body's reads to the read timeout.
   * A Courier uses the builder's value, none for streamed responses and each {@code @ReadTimeout}, so a client
   * derived from the caller's (sharing its pool and dispatcher) is kept for each.
   */
  private OkHttpClient clientFor(TransportRequest request) {
    Duration headers = request.timeout();
    Duration body = request.readTimeout();
    long millis = headers == null || body == null ? 0
        : Math.max(headers.toMillis() + SWEEPER_SLACK_MILLIS, body.toMillis());
    ReadTimeoutClient last = recent; // most calls of a Courier use one value: no boxing, no map look-up for them
    if (last != null && last.millis() == millis) {
      return last.client();
    }
    ReadTimeoutClient found = derived.computeIfAbsent(millis,
        key -> new ReadTimeoutClient(key, client.newBuilder().readTimeout(key, TimeUnit.MILLISECONDS).build()));
    recent = found;
    return found.client();
  }

  /** A client derived for one socket read timeout. */
  private record ReadTimeoutClient(long millis, OkHttpClient client) {}

  private Request okRequest(TransportRequest request) {
    // One array of the exact size, which Headers.of copies once: a Headers.Builder grows a list from 20 slots.
    String[] namesAndValues = new String[2 * request.headerCount()];
    for (int i = 0; i < namesAndValues.length; i += 2) {
      namesAndValues[i] = request.headerName(i / 2);
      namesAndValues[i + 1] = request.headerValue(i / 2);
    }
    RequestBody body = request.body();
    return new Request.Builder()
        .url(urls.parse(request.uriText()))
        .headers(Headers.of(namesAndValues))
        .method(request.method(), body == null ? null : StreamedBody.of(body))
        .build();
  }

  @Override
  public void close() {
    deadlines.close();
    if (owned) {
      // Courier cancelled its calls already; what remains is the pool's idle connections and dispatcher threads.
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "OkHttpTransport{" + (owned ? "own client" : "caller's client") + "}";
  }
}
