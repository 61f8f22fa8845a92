package io.courier.internal;

import io.courier.CallTimeoutException;
import io.courier.CourierException;
import io.courier.TransportException;
import io.courier.transport.ReadTimeoutException;
import io.courier.transport.ResponseBodyException;
import io.courier.transport.TransportRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns what the transport threw into Courier's exceptions, with messages that name no secret. */
final class Failures {
  private Failures() {}

  /** The Courier exception for a failure of {@code request}; Courier's own and runtime exceptions pass through. */
  static RuntimeException translate(TransportRequest request, Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    String call = request.toString();
    if (cause instanceof DeadlineExceeded) {
      return new CallTimeoutException(cause.getMessage(), cause); // it names the call and its timeout already
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new CallTimeoutException(call + " timed out connecting: " + describe(cause), cause);
    }
    if (cause instanceof ReadTimeoutException) {
      return new CallTimeoutException(call + " timed out reading its response's body: nothing arrived for its read"
          + " timeout of " + request.readTimeout(), cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new CallTimeoutException(call + " timed out waiting for its response's headers: its request timeout is "
          + (request.timeout() != null ? request.timeout().toString() : "the client's own"), cause);
    }
    if (cause instanceof ResponseBodyException) {
      return new TransportException(call + " failed after its response began, so it was not sent again: "
          + describe(cause.getCause() != null ? cause.getCause() : cause), cause);
    }
    if (cause instanceof IOException) {
      return new TransportException(call + " failed: " + describe(cause), cause);
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new CourierException(call + " failed: " + describe(cause), cause);
  }

  /** The failure inside the wrappers {@code CompletableFuture} puts around it. */
  static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /**
   * Whether an idempotent request may be sent again after this failure: yes for connection failures before any
   * response byte, which the transports report as plain {@code IOException}s.
   */
  static boolean isRetryable(Throwable failure) {
    Throwable cause = unwrap(failure);
    // A request timeout is the caller's deadline, not a connection failure: retrying would overrun it. A failure
    // once the response began means the server processed the request: a body cut midway is not a refused connection.
    return cause instanceof IOException
        && !(cause instanceof ResponseBodyException)
        && (!(cause instanceof HttpTimeoutException) || cause instanceof HttpConnectTimeoutException);
  }

  /** Whether a failure certainly came before the request reached the server: a refused or timed-out connect. */
  static boolean neverReachedTheServer(Throwable failure) {
    Throwable cause = unwrap(failure);
    return cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException;
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return message == null ? cause.getClass().getName() : cause.getClass().getName() + ": " + message;
  }
}
