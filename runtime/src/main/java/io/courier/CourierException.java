package io.courier;

/** The root of every exception Courier throws; unchecked. */
public class CourierException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that says what went wrong. */
  public CourierException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the failure that caused it. */
  public CourierException(String message, Throwable cause) {
    super(message, cause);
  }
}
