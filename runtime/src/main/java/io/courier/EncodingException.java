package io.courier;

/** A request body could not be written by the codec; nothing was sent. */
public class EncodingException extends CourierException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception for a body that could not be encoded. */
  public EncodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
