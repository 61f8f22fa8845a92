package io.courier.transport;

import java.net.http.HttpTimeoutException;

/**
 * The response's body was silent for longer than the request's {@link TransportRequest#readTimeout()}: the headers
 * had arrived, so the request is not sent again.
 */
public class ReadTimeoutException extends HttpTimeoutException {
  private static final long serialVersionUID = 1L;

  /** A read timeout of {@code request}. */
  public ReadTimeoutException(TransportRequest request) {
    super(request + " timed out reading its response's body: nothing arrived for its read timeout of "
        + request.readTimeout());
  }
}
