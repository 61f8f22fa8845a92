package io.courier.internal;

import io.courier.TransportException;
import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Courier's log, the {@code System.Logger} named {@code io.courier}: a DEBUG line per call (method, URI, status,
 * attempts, milliseconds) and TRACE lines with each attempt's request and response headers. Bodies are never
 * logged, and secrets show as {@link Redaction#MASK}.
 */
final class CallLog {
  private static final System.Logger LOG = System.getLogger("io.courier");

  private final Redaction redaction;

  CallLog(Redaction redaction) {
    this.redaction = redaction;
  }

  /** When a call starts: its start time when its DEBUG line will be written, else 0, which costs no clock read. */
  long start() {
    return LOG.isLoggable(Level.DEBUG) ? System.nanoTime() : 0;
  }

  /** The call's DEBUG line, for a call that {@link #start} timed; {@code failure} null when it returned. */
  void ended(long start, TransportRequest request, int status, int attempts, Throwable failure) {
    if (start == 0) {
      return;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    String outcome = failure == null ? String.valueOf(status)
        : "failed, " + describe(request, failure) + (status > 0 ? " after " + status : "");
    LOG.log(Level.DEBUG, () -> request.method() + " " + redaction.uri(request.uriText()) + " -> " + outcome
        + " (" + attempts + (attempts == 1 ? " attempt, " : " attempts, ") + millis + " ms)");
  }

  /**
   * The failure's type as an unchecked method throws it, with the transport's own failure beside it, such as
   * {@code TransportException (ConnectException)}: types only, since a transport's message may quote a value.
   */
  private static String describe(TransportRequest request, Throwable failure) {
    Throwable cause = Failures.unwrap(failure);
    Throwable shown = cause instanceof IOException ? Failures.translate(request, cause) : cause;
    Throwable root = shown instanceof TransportException ? shown.getCause() : null;
    return shown.getClass().getSimpleName() + (root != null ? " (" + root.getClass().getSimpleName() + ")" : "");
  }

  /** Whether each attempt's headers are logged. */
  boolean traces() {
    return LOG.isLoggable(Level.TRACE);
  }

  /** The request headers of attempt {@code attempt}, at TRACE. */
  void sending(TransportRequest request, int attempt) {
    StringBuilder line = new StringBuilder().append(request.method()).append(' ')
        .append(redaction.uri(request.uriText())).append(" (attempt ").append(attempt).append(')');
    for (int i = 0, count = request.headerCount(); i < count; i++) {
      header(line, request.headerName(i), request.headerValue(i));
    }
    LOG.log(Level.TRACE, line.toString());
  }

  /** The status and headers of a response, or the attempt's failure, at TRACE. */
  void received(TransportRequest request, TransportResponse response, Throwable failure) {
    StringBuilder line = new StringBuilder().append(request).append(" <- ");
    if (response == null) {
      line.append("failed, ").append(failure == null ? "cancelled" : failure.getClass().getSimpleName());
    } else {
      line.append(response.status());
      HttpHeaders headers = response.headers();
      for (Map.Entry<String, List<String>> header : headers.map().entrySet()) {
        for (String value : header.getValue()) {
          header(line, header.getKey(), value);
        }
      }
    }
    LOG.log(Level.TRACE, line.toString());
  }

  private void header(StringBuilder line, String name, String value) {
    line.append("\n  ").append(name).append(": ").append(redaction.header(name, value));
  }
}
