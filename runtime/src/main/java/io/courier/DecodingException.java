package io.courier;

/** A successful response's body could not be turned into the method's return type. */
public class DecodingException extends CourierException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception for a body that could not be decoded. */
  public DecodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
