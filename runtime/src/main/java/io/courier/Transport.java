package io.courier;

import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Sends Courier's requests over some HTTP client: {@code java.net.http.HttpClient} by default, OkHttp with
 * {@code io.courier:courier-okhttp}. Set one with {@link Courier.Builder#transport(Transport)}.
 *
 * <p>A transport sends one attempt and reports what happened; retries, redirects and conversions are Courier's.
 * Courier retries only what may not have been processed, so a transport tells its failures apart:
 * <ul>
 *   <li>a timeout waiting for the response's headers as {@code java.net.http.HttpTimeoutException}, and a connect
 *       timeout as {@code java.net.http.HttpConnectTimeoutException};
 *   <li>a body silent for longer than the request's {@code readTimeout()} as
 *       {@link io.courier.transport.ReadTimeoutException}, also from the reads of a streamed body;
 *   <li>any other failure after the response's headers arrived as
 *       {@link io.courier.transport.ResponseBodyException};
 *   <li>every other failure to exchange, before any response byte, as an {@code IOException}.
 * </ul>
 * Implementations are thread-safe.
 */
public interface Transport extends AutoCloseable {
  /** An exchange for one attempt of {@code request}, not yet sent. */
  Exchange exchange(TransportRequest request);

  /**
   * Frees what the transport started (connections, threads); a client the caller gave it stays open. Calls in
   * flight are cancelled by Courier before it closes its transport.
   */
  @Override
  void close();

  /** One attempt: sent once, blocking or not, and cancellable from any thread. */
  interface Exchange {
    /** Sends the request on the calling thread's behalf and waits for the response. */
    TransportResponse send() throws IOException;

    /** Sends the request without blocking; the future fails with the {@code IOException} {@link #send} throws. */
    CompletableFuture<TransportResponse> sendAsync();

    /** Ends the exchange: a send that is waiting fails with an {@code IOException}, a later one at once. */
    void cancel();
  }
}
