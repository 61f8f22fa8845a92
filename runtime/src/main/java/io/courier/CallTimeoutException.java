package io.courier;

/**
 * A call ran out of time: its response's headers did not arrive within the request timeout, or the whole call did
 * not end within its call timeout ({@code callTimeout}, or the method's {@code @Timeout}); the message says which.
 */
public class CallTimeoutException extends TransportException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception for a call that timed out. */
  public CallTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
