package io.courier;

/** The request could not be sent or its response not received: refused, reset or failed connections, I/O errors. */
public class TransportException extends CourierException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception for a transport failure. */
  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
