package io.courier.internal;

import io.courier.transport.Deadlines;
import io.courier.transport.ReadTimeoutException;
import io.courier.transport.TransportRequest;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Stands between the JDK client and a body subscriber, and fails the body with {@link ReadTimeoutException} once
 * the subscriber has asked for bytes and none came for the read timeout.
 *
 * <p>Silence is counted only while bytes are asked for: a caller who is slow to read a streamed body holds back
 * its demand, and that is not the server's silence. The {@link Deadlines} sweeper does the watching, so a body
 * costs no timer of its own. Signals to the subscriber are serialised under this object's lock, as Flow requires,
 * since the sweeper's failure may race the client's bytes.
 */
final class SilenceWatch extends Deadlines.Watched implements BodySubscriber<Object>, Flow.Subscription {
  private final BodySubscriber<Object> downstream;
  private final TransportRequest request;
  private final long timeoutNanos;
  private final Deadlines deadlines;
  private volatile Flow.Subscription upstream;
  // Guarded by this.
  private long demand;
  private long silentSince;
  private boolean ended;
  private volatile boolean timedOut;

  SilenceWatch(BodySubscriber<Object> downstream, TransportRequest request, Deadlines deadlines) {
    this.downstream = downstream;
    this.request = request;
    this.timeoutNanos = request.readTimeout().toNanos();
    this.deadlines = deadlines;
  }

  /** Whether this watch failed the body for its silence. */
  boolean timedOut() {
    return timedOut;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    upstream = subscription;
    // Watched before the subscriber asks for bytes: a body that ends at once, on this thread, is let go at once
    // rather than kept until the sweeper next looks. Silence is counted from now at the earliest, so the body cannot
    // be due before a whole read timeout from here.
    deadlines.watch(this, System.nanoTime() + timeoutNanos);
    // Not under the lock: the subscriber asks for bytes from here, and the client may answer on this thread.
    downstream.onSubscribe(this);
  }

  @Override
  public void request(long n) {
    synchronized (this) {
      if (demand == 0) {
        silentSince = System.nanoTime();
      }
      demand = demand + n < 0 ? Long.MAX_VALUE : demand + n; // demand saturates, as Flow allows
    }
    upstream.request(n);
  }

  @Override
  public void cancel() {
    end();
    upstream.cancel();
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> item) {
    if (ended) {
      return;
    }
    if (demand != Long.MAX_VALUE) {
      demand--;
    }
    silentSince = System.nanoTime();
    downstream.onNext(item);
  }

  @Override
  public void onError(Throwable failure) {
    synchronized (this) {
      if (ended) {
        return;
      }
      ended = true;
      downstream.onError(failure);
    }
    deadlines.done(this);
  }

  @Override
  public void onComplete() {
    synchronized (this) {
      if (ended) {
        return;
      }
      ended = true;
      downstream.onComplete();
    }
    deadlines.done(this);
  }

  @Override
  public CompletionStage<Object> getBody() {
    return downstream.getBody();
  }

  /** Fails the body, and drops its connection, once bytes were asked for and none came for the read timeout. */
  @Override
  public boolean expireIfDue(long now) {
    synchronized (this) {
      if (ended) {
        return true;
      }
      if (demand == 0 || now - silentSince < timeoutNanos) {
        return false;
      }
      ended = true;
      timedOut = true;
      downstream.onError(new ReadTimeoutException(request));
    }
    upstream.cancel();
    return true;
  }

  /** The soonest this body could fall silent for too long: a read timeout after its last byte or first demand. */
  @Override
  public synchronized long checkAt(long now) {
    return (demand == 0 ? now : silentSince) + timeoutNanos;
  }

  private void end() {
    synchronized (this) {
      ended = true;
    }
    deadlines.done(this);
  }
}
