package io.courier.internal;

import io.courier.DecodingException;
import io.courier.ServerSentEvent;
import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Turns a streamed body into a {@code Stream} that reads each event or line only when the caller asks for it. */
final class EventStreams {
  /** Reads the next item from the body, or null at its end. */
  @FunctionalInterface
  private interface Source<T> {
    T next() throws IOException;
  }

  private EventStreams() {}

  /** The body's server-sent events, the stream reopened with {@code reopen} when it drops (null: never). */
  static Stream<ServerSentEvent> events(
      TransportResponse response, TransportRequest request, ResponseConverter.Reopen reopen) {
    ReconnectingEvents events = new ReconnectingEvents(response.stream(), request.header("Last-Event-ID"), reopen);
    return stream(events, events::next);
  }

  /**
   * The body's values: each event's data for {@code text/event-stream}, each line for anything else (NDJSON),
   * decided by the response's {@code Content-Type} since one endpoint may serve either.
   */
  static <T> Stream<T> values(Decoder<T> decoder, TransportResponse response, TransportRequest request,
      ResponseConverter.Reopen reopen) {
    InputStream body = response.stream();
    String contentType = response.header("Content-Type");
    if (isEventStream(contentType)) {
      ReconnectingEvents events = new ReconnectingEvents(body, request.header("Last-Event-ID"), reopen);
      return stream(events, () -> {
        ServerSentEvent event = events.next();
        return event == null ? null : decode(decoder, event.data().getBytes(StandardCharsets.UTF_8), request);
      });
    }
    NdjsonReader reader = new NdjsonReader(body);
    return stream(body, () -> {
      byte[] line = reader.next();
      return line == null ? null : decode(decoder, line, request);
    });
  }

  static boolean isEventStream(String contentType) {
    return contentType != null && contentType.trim().toLowerCase(Locale.ROOT).startsWith("text/event-stream");
  }

  private static <T> T decode(Decoder<T> decoder, byte[] bytes, TransportRequest request) {
    try {
      T value = decoder.decode(bytes, "application/json; charset=utf-8");
      if (value == null) {
        throw new IOException("the codec returned null"); // a Stream holds no nulls
      }
      return value;
    } catch (IOException | RuntimeException e) {
      throw new DecodingException(request.method() + " " + request.uri().getRawPath()
          + ": could not decode a streamed value: " + e.getMessage(), e);
    }
  }

  /** A stream over {@code source} whose close, or the end of the body, closes the body and its connection. */
  private static <T> Stream<T> stream(Closeable body, Source<T> source) {
    Iterator<T> iterator = new Iterator<>() {
      private T next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            next = source.next();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (next == null) {
            done = true;
            closeQuietly(body);
          }
        }
        return next != null;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        T value = next;
        next = null;
        return value;
      }
    };
    Spliterator<T> spliterator =
        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(spliterator, false).onClose(() -> closeQuietly(body));
  }

  static void closeQuietly(Closeable body) {
    try {
      body.close();
    } catch (IOException ignored) {
      // the connection is being given up; nothing the caller could do about a failure to close it
    }
  }
}
