package io.courier.okhttp;

import io.courier.Transport;
import io.courier.transport.Deadlines;
import io.courier.transport.RequestBody;
import io.courier.transport.TransportRequest;
import java.util.Objects;
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
  private final OkHttpClient client;
  private final boolean owned;
  private final Urls urls = new Urls();
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
    return new OkHttpExchange(client.newCall(okRequest(request)), request, deadlines);
  }

  private Request okRequest(TransportRequest request) {
    Headers.Builder headers = new Headers.Builder();
    for (int i = 0, count = request.headerCount(); i < count; i++) {
      headers.add(request.headerName(i), request.headerValue(i));
    }
    RequestBody body = request.body();
    return new Request.Builder()
        .url(urls.parse(request.uriText()))
        .headers(headers.build())
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
