package io.courier.internal;

/** Names for the status ranges and codes Courier treats specially. */
final class Statuses {
  static final int NOT_FOUND = 404;
  static final int CONFLICT = 409;

  private Statuses() {}

  static boolean isSuccessful(int status) {
    return status >= 200 && status < 300;
  }

  /** Whether the server asks the client to come back later, so an idempotent request may be sent again. */
  static boolean isRetryable(int status) {
    return status == 503 || status == 429;
  }
}
