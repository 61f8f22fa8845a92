package io.courier.internal;

import io.courier.Transport;
import io.courier.transport.TransportResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** One attempt on the JDK client; cancelling it cancels the client's future, which aborts the exchange. */
final class JdkExchange implements Transport.Exchange {
  private final HttpClient client;
  private final HttpRequest request;
  private final HttpResponse.BodyHandler<Object> bodyHandler;
  private volatile CompletableFuture<HttpResponse<Object>> sent;
  private volatile boolean cancelled;

  JdkExchange(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<Object> bodyHandler) {
    this.client = client;
    this.request = request;
    this.bodyHandler = bodyHandler;
  }

  @Override
  public TransportResponse send() throws IOException {
    // sendAsync and a wait, as HttpClient.send does itself, so that another thread can cancel the exchange.
    CompletableFuture<HttpResponse<Object>> future = start();
    try {
      return new JdkResponse(future.get());
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    } catch (CancellationException e) {
      throw cancelledException();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(request.method() + " " + request.uri().getRawPath() + " was interrupted");
    }
  }

  @Override
  public CompletableFuture<TransportResponse> sendAsync() {
    return start().thenApply(JdkResponse::new);
  }

  @Override
  public void cancel() {
    cancelled = true;
    CompletableFuture<HttpResponse<Object>> future = sent;
    if (future != null) {
      future.cancel(true);
    }
  }

  private CompletableFuture<HttpResponse<Object>> start() {
    if (cancelled) {
      return CompletableFuture.failedFuture(cancelledException());
    }
    CompletableFuture<HttpResponse<Object>> future = client.sendAsync(request, bodyHandler);
    sent = future;
    if (cancelled) {
      future.cancel(true); // cancel() ran between the check and the assignment
    }
    return future;
  }

  private static IOException cancelledException() {
    return new IOException("the exchange was cancelled");
  }

  private static IOException rethrown(Throwable cause) throws IOException {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof CancellationException) {
      return cancelledException();
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IOException(cause);
  }
}
