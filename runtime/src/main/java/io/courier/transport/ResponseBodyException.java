package io.courier.transport;

import java.io.IOException;

/**
 * An exchange failed after the response's headers had arrived, while its body was read: the server had processed
 * the request already, so Courier never sends it again, whatever its method.
 *
 * <p>A transport reports every failure after the headers as this exception, or as a {@link ReadTimeoutException};
 * every other {@code IOException} means that no response byte arrived, which is what makes a retry safe.
 */
public class ResponseBodyException extends IOException {
  private static final long serialVersionUID = 1L;

  /** A failure of {@code request} while its response's body was read, caused by {@code cause}. */
  public ResponseBodyException(TransportRequest request, Throwable cause) {
    super(request + " failed while its response's body was read: " + cause, cause);
  }
}
