package io.courier.internal;

import io.courier.RetryPolicy;
import io.courier.transport.BodyMode;
import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;

/** Turns a received response into what the interface method returns; one per method, made at construction. */
public interface ResponseConverter<R> {
  /** How a 2xx body must be received for {@link #convert}. */
  BodyMode bodyMode();

  /**
   * Whether the return type has room for a response with this status; for any other the method throws what
   * {@code StatusFailures} makes of it, and {@link #convert} is not asked.
   */
  boolean takes(int status);

  /**
   * The method's return value for a status it {@link #takes}. The response's body was received as
   * {@link #bodyMode()} asked for a 2xx status, and as the bounded bytes of the error body otherwise.
   */
  R convert(TransportResponse response, TransportRequest request) throws IOException;

  /**
   * Whether the body is a stream of events that may be silent for minutes when healthy, so that the client's read
   * timeout does not apply to it, only one the method sets.
   */
  default boolean endless() {
    return false;
  }

  /**
   * Like {@link #convert(TransportResponse, TransportRequest)}, for a body that {@code reopen} can make again when
   * its connection drops; null where it must not be.
   */
  default R convert(TransportResponse response, TransportRequest request, Reopen reopen) throws IOException {
    return convert(response, request);
  }

  /**
   * How a dropped event stream is opened again: the call once more, its reconnections bounded by {@code policy}.
   *
   * @param opener makes the call again, with {@code Last-Event-ID} when the ID given is not empty, and returns its
   *     2xx response's body; a non-2xx status throws as the first call's would
   * @param policy the retry policy: its attempts bound the reconnections in a row, its longest {@code Retry-After}
   *     the server's {@code retry:} time
   */
  record Reopen(Opener opener, RetryPolicy policy) {
    /** Makes the call again. */
    @FunctionalInterface
    public interface Opener {
      InputStream open(String lastEventId) throws IOException;
    }
  }
}
