package io.courier.okhttp;

import io.courier.Transport;
import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;
import okio.AsyncTimeout;
import okio.Timeout;

/** One attempt as an OkHttp {@link Call}; Courier's request timeout is the call's timeout until headers arrive. */
final class OkHttpExchange implements Transport.Exchange {
  private final Call call;
  private final TransportRequest request;
  private volatile boolean cancelled;

  OkHttpExchange(Call call, TransportRequest request) {
    this.call = call;
    this.request = request;
    if (request.timeout() != null) {
      call.timeout().timeout(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public TransportResponse send() throws IOException {
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw translated(e);
    }
    return received(response);
  }

  @Override
  public CompletableFuture<TransportResponse> sendAsync() {
    CompletableFuture<TransportResponse> result = new CompletableFuture<>();
    call.enqueue(new Callback() {
      @Override
      public void onResponse(Call call, Response response) {
        try {
          result.complete(received(response));
        } catch (IOException e) {
          result.completeExceptionally(translated(e));
        } catch (RuntimeException | Error e) {
          result.completeExceptionally(e);
        }
      }

      @Override
      public void onFailure(Call call, IOException e) {
        result.completeExceptionally(translated(e));
      }
    });
    return result;
  }

  @Override
  public void cancel() {
    cancelled = true;
    call.cancel();
  }

  private TransportResponse received(Response response) throws IOException {
    endHeaderTimeout();
    return OkHttpResponse.read(response, request, call);
  }

  /**
   * Stops the call's timeout once the headers are in: Courier's request timeout ends there, as the JDK client's
   * does, so a long download is not cut off by it. OkHttp runs a call's timeout as an {@link AsyncTimeout}, whose
   * early exit is safe to repeat when the call completes.
   */
  private void endHeaderTimeout() {
    Timeout timeout = call.timeout();
    if (request.timeout() != null && timeout instanceof AsyncTimeout running) {
      running.exit();
    }
  }

  /** Timeouts as the JDK's exception types, which Courier reports as {@code CallTimeoutException}. */
  private IOException translated(IOException e) {
    if (cancelled) {
      return e;
    }
    if (e instanceof SocketTimeoutException && String.valueOf(e.getMessage()).toLowerCase().contains("connect")) {
      return withCause(new HttpConnectTimeoutException(request + " timed out connecting"), e);
    }
    if (e instanceof InterruptedIOException && call.isCanceled() && request.timeout() != null) {
      // OkHttp cancels a call whose timeout fires, and throws InterruptedIOException("timeout").
      return withCause(new HttpTimeoutException(request + " timed out after " + request.timeout()), e);
    }
    if (e instanceof SocketTimeoutException) {
      return withCause(new HttpTimeoutException(request + " timed out reading: " + e.getMessage()), e);
    }
    return e;
  }

  private static IOException withCause(IOException translated, IOException cause) {
    translated.initCause(cause);
    return translated;
  }
}
