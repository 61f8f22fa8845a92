package io.courier.internal;

import java.net.http.HttpTimeoutException;

/**
 * A call ran past its call timeout: an {@code IOException} for methods that declare one, a
 * {@code CallTimeoutException} for the others.
 */
final class DeadlineExceeded extends HttpTimeoutException {
  private static final long serialVersionUID = 1L;

  DeadlineExceeded(String message) {
    super(message);
  }
}
