package io.courier.transport;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One request as Courier hands it to a transport: method, absolute URI, headers, body, the attempt's timeouts and
 * how the response's body will be read. Immutable; the same request is sent again for a retry.
 */
public final class TransportRequest {
  private static final String CONTENT_TYPE = "Content-Type";

  private final String method;
  private final String uriText;
  private volatile URI uri; // parsed on first use: a transport that takes text never needs it
  private final String[] headers;
  private final String contentType;
  private final RequestBody body;
  private final Duration timeout;
  private final Duration readTimeout;
  private final BodyMode bodyMode;
  private final int errorBodyLimit;

  /**
   * A request.
   *
   * @param method such as {@code PUT}
   * @param uri absolute and already encoded, so that it parses as a {@link URI}
   * @param headers names and values in turn, checked already (no CR or LF); the transport adds {@code Host},
   *     {@code Content-Length} and its own connection headers
   * @param contentType a {@code Content-Type} to send after {@code headers}, or {@code null}: kept apart so that
   *     calls can share one array of fixed headers
   * @param body the body, or {@code null} for a request without one (GET, HEAD, DELETE)
   * @param timeout how long the attempt may wait for the response's headers, the upload included; {@code null}
   *     for no limit
   * @param readTimeout the longest silence allowed while the response's body is read, once its headers arrived;
   *     {@code null} for no limit
   * @param bodyMode how a 2xx response's body is to be received
   * @param errorBodyLimit how many bytes of any other status's body are kept; the rest is not read
   */
  public TransportRequest(String method, String uri, String[] headers, String contentType, RequestBody body,
      Duration timeout, Duration readTimeout, BodyMode bodyMode, int errorBodyLimit) {
    this.method = Objects.requireNonNull(method, "method");
    this.uriText = Objects.requireNonNull(uri, "uri");
    this.headers = Objects.requireNonNull(headers, "headers");
    if (headers.length % 2 != 0) {
      throw new IllegalArgumentException("headers must come as name and value pairs");
    }
    this.contentType = contentType;
    this.body = body;
    this.timeout = timeout;
    this.readTimeout = readTimeout;
    this.bodyMode = Objects.requireNonNull(bodyMode, "bodyMode");
    this.errorBodyLimit = errorBodyLimit;
  }

  /** Such as {@code PUT}. */
  public String method() {
    return method;
  }

  /** The absolute URI. */
  public URI uri() {
    URI parsed = uri;
    if (parsed == null) {
      parsed = URI.create(uriText); // a benign race: every thread parses the same text to an equal URI
      uri = parsed;
    }
    return parsed;
  }

  /** The absolute URI as text, for a transport with a URL type of its own, which would parse it again. */
  public String uriText() {
    return uriText;
  }

  /** How many headers there are; {@link #headerName} and {@link #headerValue} read them without copying. */
  public int headerCount() {
    return headers.length / 2 + (contentType != null ? 1 : 0);
  }

  /** The name of header {@code index}, from 0. */
  public String headerName(int index) {
    return 2 * index < headers.length ? headers[2 * index] : CONTENT_TYPE;
  }

  /** The value of header {@code index}, from 0. */
  public String headerValue(int index) {
    return 2 * index < headers.length ? headers[2 * index + 1] : contentType;
  }

  /** The first value of the named header, case-insensitively, or {@code null}. */
  public String header(String name) {
    for (int i = 0; i < headers.length; i += 2) {
      if (headers[i].equalsIgnoreCase(name)) {
        return headers[i + 1];
      }
    }
    return contentType != null && CONTENT_TYPE.equalsIgnoreCase(name) ? contentType : null;
  }

  /** The body, or {@code null} when the request has none. */
  public RequestBody body() {
    return body;
  }

  /** The attempt's timeout until the response's headers arrive, or {@code null} for none. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * The longest silence allowed while the response's body is read, or {@code null} for none: a transport that finds
   * its body silent for longer fails the read with {@link ReadTimeoutException}.
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** How a 2xx response's body is to be received. */
  public BodyMode bodyMode() {
    return bodyMode;
  }

  /** How many bytes of a non-2xx response's body are kept. */
  public int errorBodyLimit() {
    return errorBodyLimit;
  }

  @Override
  public String toString() {
    // The query, the headers and the body may hold secrets; the method and path do not.
    return method + " " + uri().getRawPath();
  }
}
