package io.courier.internal;

/**
 * Carries a checked typed error from the response's conversion, whose signature cannot declare it, to the blocking
 * call's {@code Call.execute(Class)}, which throws it as itself; it never reaches a caller.
 */
final class CheckedStatusFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CheckedStatusFailure(Exception typedError) {
    super(typedError.getMessage(), typedError, false, false); // no stack trace: only its cause is ever seen
  }

  /** The typed error, as the generated method declares it. */
  <E extends Exception> E as(Class<E> type) {
    return type.cast(getCause());
  }
}
