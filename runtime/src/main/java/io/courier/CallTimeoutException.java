package io.courier;

/** The response did not arrive within the request timeout (the client's, or the method's {@code @Timeout}). */
public class CallTimeoutException extends TransportException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception for a call that timed out. */
  public CallTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
