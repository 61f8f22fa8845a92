package io.courier.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Reads a {@code BodyPublisher} as an {@code InputStream}, for transports that write bodies from streams. It asks
 * for one buffer at a time, so no more than one buffer is held however large the body is.
 */
final class PublisherInputStream extends InputStream implements Flow.Subscriber<ByteBuffer> {
  private static final Object END = new Object();

  private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
  private volatile Flow.Subscription subscription;
  private ByteBuffer current;
  private boolean done;

  private PublisherInputStream() {}

  static PublisherInputStream subscribeTo(BodyPublisher publisher) {
    PublisherInputStream stream = new PublisherInputStream();
    publisher.subscribe(stream);
    return stream;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(1);
  }

  @Override
  public void onNext(ByteBuffer buffer) {
    arrived.add(buffer);
  }

  @Override
  public void onError(Throwable failure) {
    arrived.add(failure);
  }

  @Override
  public void onComplete() {
    arrived.add(END);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (current == null || !current.hasRemaining()) {
      if (done) {
        return -1;
      }
      Object next;
      try {
        next = arrived.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the body publisher");
      }
      if (next == END) {
        done = true;
        return -1;
      }
      if (next instanceof Throwable failure) {
        done = true;
        throw new IOException("the request body's publisher failed: " + failure, failure);
      }
      current = (ByteBuffer) next;
      subscription.request(1); // onNext came after a request, so the subscription is set
    }
    int count = Math.min(length, current.remaining());
    current.get(into, offset, count);
    return count;
  }

  @Override
  public void close() {
    Flow.Subscription taken = subscription;
    if (!done && taken != null) {
      done = true;
      taken.cancel();
    }
  }
}
