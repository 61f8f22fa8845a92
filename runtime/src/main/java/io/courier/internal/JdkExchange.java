package io.courier.internal;

import io.courier.Transport;
import io.courier.transport.Deadlines;
import io.courier.transport.ReadTimeoutException;
import io.courier.transport.ResponseBodyException;
import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One attempt on the JDK client.
 *
 * <p>A blocking attempt calls {@code HttpClient.send}, which runs the exchange inline on the caller's thread until
 * it must wait for the selector; {@code sendAsync} would instead hop to a pool and back (measured slower). So a
 * blocking attempt is cancelled the way {@code send} itself supports: by interrupting its thread, which makes the
 * client cancel the exchange. The interrupt is ours, so it is cleared again before the caller sees it.
 *
 * <p>It is also the attempt's body handler, so that it knows whether the response's headers had arrived when the
 * exchange failed (the JDK client reports both alike), and so that it can watch the body for silence.
 *
 * <p>It keeps the request timeout itself, until the headers arrive, rather than through {@code HttpRequest.timeout}:
 * since JDK 26 that timeout also covers the body, which would cut off a long download or a streamed body.
 */
final class JdkExchange extends Deadlines.Watched implements Transport.Exchange, HttpResponse.BodyHandler<Object> {
  private static final int NEW = 0;
  private static final int SENDING = 1;
  private static final int DONE = 2;
  private static final int CANCELLED = 3;

  // Dropped once sent: the client keeps this exchange, its body handler, with a pooled connection, and that must
  // not keep the client itself reachable (on JDK 17 it closes its connections only once it is collected).
  private HttpClient client;
  private final TransportRequest request;
  private final HttpRequest httpRequest;
  private final HttpResponse.BodyHandler<Object> bodyHandler;
  private final Deadlines timeouts;
  private long headersDeadline;
  private volatile boolean headersLate;
  private volatile boolean headersArrived;
  private volatile SilenceWatch silenceWatch;
  // Guarded by this: cancel() interrupts the sender only while it is sending, never after it has returned.
  private int state = NEW;
  private Thread sender;
  private CompletableFuture<HttpResponse<Object>> sentAsync;

  JdkExchange(HttpClient client, TransportRequest request, HttpRequest httpRequest,
      HttpResponse.BodyHandler<Object> bodyHandler, Deadlines timeouts) {
    this.client = client;
    this.request = request;
    this.httpRequest = httpRequest;
    this.bodyHandler = bodyHandler;
    this.timeouts = timeouts;
  }

  /** Called by the client once the headers arrived: the body as the request's mode asks, watched for silence. */
  @Override
  public HttpResponse.BodySubscriber<Object> apply(HttpResponse.ResponseInfo info) {
    headersArrived = true;
    stopClock();
    HttpResponse.BodySubscriber<Object> subscriber = bodyHandler.apply(info);
    if (request.readTimeout() == null || bodiless(info)) {
      return subscriber;
    }
    SilenceWatch watch = new SilenceWatch(subscriber, request, timeouts);
    silenceWatch = watch;
    return watch;
  }

  /**
   * Whether the response has no body that could fall silent: a 204 or 304, an answer to HEAD, or
   * {@code Content-Length: 0}. Most PUTs and DELETEs get one, and skip the watch's bookkeeping.
   */
  private boolean bodiless(HttpResponse.ResponseInfo info) {
    int status = info.statusCode();
    return status == 204 || status == 304 || "HEAD".equals(request.method())
        || "0".equals(info.headers().firstValue("Content-Length").orElse(null));
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
    startClock();
    try {
      HttpResponse<Object> response = takeClient().send(httpRequest, this);
      finishSending();
      return new JdkResponse(response);
    } catch (InterruptedException e) {
      if (finishSending()) {
        throw headersLate ? headersTimeout() : cancelledException();
      }
      Thread.currentThread().interrupt(); // the caller's own interrupt: keep it for the caller
      throw new InterruptedIOException(request + " was interrupted");
    } catch (IOException e) {
      finishSending();
      throw classified(e);
    } catch (RuntimeException | Error e) {
      finishSending();
      throw e;
    } finally {
      stopClock();
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
      startClock();
      future = takeClient().sendAsync(httpRequest, this);
      sentAsync = future;
    }
    return future.handle((response, failure) -> {
      stopClock();
      if (failure != null) {
        Throwable cause = headersLate ? headersTimeout() : Failures.unwrap(failure);
        throw new CompletionException(cause instanceof IOException io ? classified(io) : cause);
      }
      return new JdkResponse(response);
    });
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

  private synchronized HttpClient takeClient() {
    HttpClient taken = client;
    client = null;
    return taken;
  }

  /** Cancels the exchange once its headers are late; the failure that causes is reported as a timeout. */
  @Override
  public boolean expireIfDue(long now) {
    if (headersArrived) {
      return true;
    }
    if (now - headersDeadline < 0) {
      return false;
    }
    headersLate = true;
    cancel();
    return true;
  }

  @Override
  public long checkAt(long now) {
    return headersDeadline;
  }

  private void startClock() {
    if (request.timeout() != null) {
      headersDeadline = System.nanoTime() + request.timeout().toNanos();
      timeouts.watch(this, headersDeadline);
    }
  }

  private void stopClock() {
    if (request.timeout() != null) {
      timeouts.done(this);
    }
  }

  private HttpTimeoutException headersTimeout() {
    return new HttpTimeoutException(request + " timed out waiting for its response's headers");
  }

  /**
   * The failure as the transport contract names it: a silent body as a read timeout, any other failure after the
   * headers as a {@link ResponseBodyException}, so that Courier never retries a request the server answered.
   */
  private IOException classified(IOException failure) {
    SilenceWatch watch = silenceWatch;
    if (watch != null && watch.timedOut()) {
      ReadTimeoutException timeout = new ReadTimeoutException(request);
      timeout.initCause(failure);
      return timeout;
    }
    return headersArrived ? new ResponseBodyException(request, failure) : failure;
  }

  private static IOException cancelledException() {
    return new IOException("the exchange was cancelled");
  }
}
