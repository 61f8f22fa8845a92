package io.courier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes an {@code InputStream} as a request body, reading it on a thread of its own.
 *
 * <p>{@code BodyPublishers.ofInputStream} and {@code ofFile} read on whatever thread asks for more bytes: the caller
 * of {@code sendAsync} or the client's selector thread, which Courier's default client runs all its work on. A slow
 * stream, disk or network mount would then block the caller of an async call, and every other call of the same
 * client. Here the stream is opened and read on a pooled daemon thread, only as far as the client has asked for
 * bytes, and closed at its end, as {@code ofInputStream} does.
 */
final class InputStreamPublisher implements BodyPublisher {
  private static final int CHUNK = 16 * 1024;
  private static final ExecutorService READERS = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "courier-upload");
    thread.setDaemon(true);
    return thread;
  });

  private final InputStream given; // the caller's stream, or null when a file is opened for each subscription
  private final Path file;
  private final long length;

  private InputStreamPublisher(InputStream given, Path file, long length) {
    this.given = given;
    this.file = file;
    this.length = length;
  }

  /** The caller's stream, which can be read once, sent with chunked encoding. */
  static InputStreamPublisher of(InputStream stream) {
    return new InputStreamPublisher(stream, null, -1);
  }

  /** A file, opened on the reading thread for each subscription; {@code length} is its size, or -1 for chunked. */
  static InputStreamPublisher ofFile(Path file, long length) {
    return new InputStreamPublisher(null, file, length);
  }

  @Override
  public long contentLength() {
    return length; // -1: unknown, chunked
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
        READERS.execute(this);
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
            stream = given != null ? given : Files.newInputStream(file);
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
      // A caller's stream is closed even if no byte was read; a file that was never opened has nothing to close.
      InputStream open = stream != null ? stream : given;
      if (open == null) {
        return;
      }
      try {
        open.close();
      } catch (IOException e) {
        // The upload already ended; a failure to close the caller's stream changes nothing about it.
      }
    }
  }
}
