package io.courier.okhttp;

import io.courier.Transport;
import io.courier.transport.Deadlines;
import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/** One attempt as an OkHttp {@link Call}, ended by its {@link Deadlines} if its headers do not arrive in time. */
final class OkHttpExchange extends Deadlines.Watched implements Transport.Exchange {
  private final Call call;
  private final TransportRequest request;
  private final Deadlines deadlines;
  private long deadline;
  private volatile boolean cancelled;
  private volatile boolean timedOut;

  OkHttpExchange(Call call, TransportRequest request, Deadlines deadlines) {
    this.call = call;
    this.request = request;
    this.deadlines = deadlines;
  }

  @Override
  public TransportResponse send() throws IOException {
    startClock();
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw translated(e);
    } finally {
      stopClock();
    }
    return received(response);
  }

  @Override
  public CompletableFuture<TransportResponse> sendAsync() {
    CompletableFuture<TransportResponse> result = new CompletableFuture<>();
    startClock();
    call.enqueue(new Callback() {
      @Override
      public void onResponse(Call call, Response response) {
        stopClock();
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
        stopClock();
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

  /** Ends the exchange once its headers are late; the failure that causes is reported as a timeout. */
  @Override
  public boolean expireIfDue(long now) {
    if (now - deadline < 0) {
      return false;
    }
    timedOut = true;
    call.cancel();
    return true;
  }

  @Override
  public long checkAt(long now) {
    return deadline;
  }

  private void startClock() {
    if (request.timeout() != null) {
      deadline = System.nanoTime() + request.timeout().toNanos();
      deadlines.watch(this, deadline);
    }
  }

  /** The request timeout ends with the headers, as the JDK client's does, so a long download is not cut off. */
  private void stopClock() {
    if (request.timeout() != null) {
      deadlines.done(this);
    }
  }

  private TransportResponse received(Response response) throws IOException {
    return OkHttpResponse.read(response, request, call);
  }

  /** Timeouts as the JDK's exception types, which Courier reports as {@code CallTimeoutException}. */
  private IOException translated(IOException e) {
    if (cancelled) {
      return e;
    }
    if (e instanceof SocketTimeoutException && String.valueOf(e.getMessage()).toLowerCase().contains("connect")) {
      return withCause(new HttpConnectTimeoutException(request + " timed out connecting"), e);
    }
    if (timedOut) {
      return withCause(new HttpTimeoutException(request + " timed out after " + request.timeout()), e);
    }
    if (e instanceof SocketTimeoutException) {
      // Before the headers: OkHttp's write timeout on a stalled upload, or the socket's read timeout, which is set
      // past the request timeout so that Courier's own sweeper normally ends the wait first.
      return withCause(new HttpTimeoutException(request + " timed out: " + e.getMessage()), e);
    }
    return e;
  }

  private static IOException withCause(IOException translated, IOException cause) {
    translated.initCause(cause);
    return translated;
  }
}
