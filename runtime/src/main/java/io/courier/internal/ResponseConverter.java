package io.courier.internal;

import io.courier.transport.BodyMode;
import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.io.IOException;

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
}
