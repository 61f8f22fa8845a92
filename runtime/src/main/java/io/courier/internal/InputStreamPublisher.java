package io.courier.internal;

import io.courier.transport.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes a streamed {@link RequestBody} (a file, a caller's stream) to the JDK client, reading it on a thread of
 * its own.
 *
 * <p>{@code BodyPublishers.ofInputStream} and {@code ofFile} read on whatever thread asks for more bytes: the caller
 * of {@code sendAsync} or the client's selector thread, which Courier's default client runs all its work on. A slow
 * stream, disk or network mount would then block the caller of an async call, and every other call of the same
 * client. Here the body is opened and read on the transport's upload threads, only as far as the client has asked
 * for bytes, and closed at its end, as {@code ofInputStream} does; a file is opened again for each subscription.
 */
final class InputStreamPublisher implements BodyPublisher {
  private static final int CHUNK = 16 * 1024;
  private final RequestBody body;
  private final Executor readers;

  InputStreamPublisher(RequestBody body, Executor readers) {
    this.body = body;
    this.readers = readers;
  }

  @Override
  public long contentLength() {
    return body.contentLength(); // -1: unknown, chunked
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    subscriber.onSubscribe(new Reading(subscriber));
  }

  /** Reads while there is demand; one drain loop at a time, so the subscriber's signals are serial. */
  private final class Reading implements Flow.Subscription, Runnable {
    private final Flow.Subscriber<? super ByteBuffer> subscriber;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile Throwable invalidRequest;
    // Touched only by the drain loop, which the pending counter keeps to one at a time.
    private InputStream stream;
    private boolean done;

    Reading(Flow.Subscriber<? super ByteBuffer> subscriber) {
      this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        invalidRequest = new IllegalArgumentException("non-positive request: " + n); // Reactive Streams 3.9
      } else {
        demand.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
      }
      drainLater();
    }

    @Override
    public void cancel() {
      cancelled = true;
      drainLater(); // the drain loop closes the stream, so that a cancelled upload releases it
    }

    private void drainLater() {
      if (pending.getAndIncrement() == 0) {
        readers.execute(this);
      }
    }

    @Override
    public void run() {
      int missed = 1;
      do {
        drain();
        missed = pending.addAndGet(-missed);
      } while (missed != 0);
    }

    private void drain() {
      while (!done && !cancelled) {
        if (invalidRequest != null) {
          done = true;
          subscriber.onError(invalidRequest);
          return;
        }
        if (demand.get() == 0) {
          return;
        }
        byte[] chunk = new byte[CHUNK];
        int read;
        try {
          if (stream == null) {
            stream = body.open();
          }
          read = stream.read(chunk);
          if (read < 0) {
            done = true;
            stream.close();
          }
        } catch (IOException | RuntimeException e) {
          done = true;
          closeQuietly();
          subscriber.onError(e);
          return;
        }
        if (done) {
          subscriber.onComplete();
          return;
        }
        if (read > 0) {
          demand.decrementAndGet();
          subscriber.onNext(ByteBuffer.wrap(chunk, 0, read));
        }
      }
      if (cancelled && !done) {
        done = true;
        closeQuietly();
      }
    }

    private void closeQuietly() {
      if (stream == null) {
        return; // never opened, so nothing to close
      }
      try {
        stream.close();
      } catch (IOException e) {
        // The upload already ended; a failure to close the caller's stream changes nothing about it.
      }
    }
  }
}
