package io.courier.internal;

import io.courier.ServerSentEvent;
import io.courier.transport.ReadTimeoutException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * The events of a stream that is opened again when its connection drops, as the EventSource specification says:
 * after the server's {@code retry:} time, with the last event ID as {@code Last-Event-ID}.
 *
 * <p>Only a dropped connection reopens: a body that ends cleanly ends the stream, since a Java {@code Stream} has an
 * end, and a read timeout is the method's own limit, not a network fault.
 */
final class ReconnectingEvents implements Closeable {
  private final ResponseConverter.Reopen reopen;
  private InputStream body;
  private EventStreamParser parser;
  /** Reconnections since the last event arrived; the retry policy's attempts bound them. */
  private int failures;
  private volatile boolean closed;

  /** The events of {@code body}, reopened with {@code reopen} when it drops; never reopened when that is null. */
  ReconnectingEvents(InputStream body, String lastEventId, ResponseConverter.Reopen reopen) {
    this.body = body;
    this.parser = new EventStreamParser(body, lastEventId == null ? "" : lastEventId, null);
    this.reopen = reopen;
  }

  /** The next event, or null at the clean end of the body. */
  ServerSentEvent next() throws IOException {
    while (true) {
      try {
        ServerSentEvent event = parser.next();
        if (event != null) {
          failures = 0;
        }
        return event;
      } catch (IOException e) {
        if (closed || reopen == null || isReadTimeout(e) || ++failures >= reopen.policy().maxAttempts()) {
          throw e;
        }
        EventStreams.closeQuietly(body);
        pause();
        body = reopen.opener().open(parser.lastEventId());
        parser = new EventStreamParser(body, parser.lastEventId(), parser.reconnectionTime().orElse(null));
        if (closed) {
          EventStreams.closeQuietly(body); // closed while reopening: the new connection is not wanted either
        }
      }
    }
  }

  /** Waits the server's reconnection time, at most the policy's longest {@code Retry-After}; else its backoff. */
  private void pause() throws IOException {
    Duration wait = parser.reconnectionTime()
        .map(asked -> asked.compareTo(reopen.policy().maxRetryAfter()) > 0 ? reopen.policy().maxRetryAfter() : asked)
        .orElseGet(() -> reopen.policy().backoff(failures));
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to reconnect");
    }
  }

  private static boolean isReadTimeout(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ReadTimeoutException) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    closed = true;
    EventStreams.closeQuietly(body);
  }
}
