package io.courier.internal;

import io.courier.Transport;
import io.courier.transport.TransportResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * One attempt on the JDK client.
 *
 * <p>A blocking attempt calls {@code HttpClient.send}, which runs the exchange inline on the caller's thread until
 * it must wait for the selector; {@code sendAsync} would instead hop to a pool and back (measured slower). So a
 * blocking attempt is cancelled the way {@code send} itself supports: by interrupting its thread, which makes the
 * client cancel the exchange. The interrupt is ours, so it is cleared again before the caller sees it.
 */
final class JdkExchange implements Transport.Exchange {
  private static final int NEW = 0;
  private static final int SENDING = 1;
  private static final int DONE = 2;
  private static final int CANCELLED = 3;

  private final HttpClient client;
  private final HttpRequest request;
  private final HttpResponse.BodyHandler<Object> bodyHandler;
  // Guarded by this: cancel() interrupts the sender only while it is sending, never after it has returned.
  private int state = NEW;
  private Thread sender;
  private CompletableFuture<HttpResponse<Object>> sentAsync;

  JdkExchange(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<Object> bodyHandler) {
    this.client = client;
    this.request = request;
    this.bodyHandler = bodyHandler;
  }

  @Override
  public TransportResponse send() throws IOException {
    synchronized (this) {
      if (state == CANCELLED) {
        throw cancelledException();
      }
      state = SENDING;
      sender = Thread.currentThread();
    }
    try {
      HttpResponse<Object> response = client.send(request, bodyHandler);
      finishSending();
      return new JdkResponse(response);
    } catch (InterruptedException e) {
      if (finishSending()) {
        throw cancelledException();
      }
      Thread.currentThread().interrupt(); // the caller's own interrupt: keep it for the caller
      throw new InterruptedIOException(request.method() + " " + request.uri().getRawPath() + " was interrupted");
    } catch (IOException | RuntimeException | Error e) {
      finishSending();
      throw e;
    }
  }

  @Override
  public CompletableFuture<TransportResponse> sendAsync() {
    CompletableFuture<HttpResponse<Object>> future;
    synchronized (this) {
      if (state == CANCELLED) {
        return CompletableFuture.failedFuture(cancelledException());
      }
      state = SENDING;
      future = client.sendAsync(request, bodyHandler);
      sentAsync = future;
    }
    return future.thenApply(JdkResponse::new);
  }

  @Override
  public void cancel() {
    synchronized (this) {
      if (state == DONE || state == CANCELLED) {
        return;
      }
      boolean sending = state == SENDING;
      state = CANCELLED;
      if (sentAsync != null) {
        sentAsync.cancel(true); // aborts the exchange
      } else if (sending) {
        sender.interrupt(); // send() cancels the exchange and throws InterruptedException
      }
    }
  }

  /** Ends a blocking send; true when cancel() won, whose interrupt is then cleared from the caller's thread. */
  private synchronized boolean finishSending() {
    if (state == CANCELLED) {
      Thread.interrupted();
      return true;
    }
    state = DONE;
    return false;
  }

  private static IOException cancelledException() {
    return new IOException("the exchange was cancelled");
  }
}
