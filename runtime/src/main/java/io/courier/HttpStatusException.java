package io.courier;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/**
 * The server answered with a status outside 2xx where the method's return type has no room for one.
 *
 * <p>The message names the method, the path and the status, never the query, a header or the body, which may hold
 * secrets; {@link #body()} keeps at most the first bytes of the error body (64 KiB by default).
 */
public class HttpStatusException extends CourierException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String method;
  private final URI uri;
  private final transient HttpHeaders headers;
  private final byte[] body;

  /** Creates an exception for a response with the given status; {@code body} is the bounded error body. */
  public HttpStatusException(String method, URI uri, int status, HttpHeaders headers, byte[] body) {
    super(method + " " + uri.getRawPath() + " failed with HTTP " + status + reason(status));
    this.status = status;
    this.method = method;
    this.uri = uri;
    this.headers = headers;
    this.body = body.clone();
  }

  /** The response's status code. */
  public int status() {
    return status;
  }

  /** The request's method, such as {@code PUT}. */
  public String method() {
    return method;
  }

  /** The request's URI. */
  public URI uri() {
    return uri;
  }

  /** The response's headers. */
  public HttpHeaders headers() {
    return headers;
  }

  /** The first bytes of the response's body; empty when it had none. */
  public byte[] body() {
    return body.clone();
  }

  /** The first bytes of the response's body, decoded as UTF-8. */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  private static String reason(int status) {
    String phrase = ReasonPhrases.of(status);
    return phrase.isEmpty() ? "" : " (" + phrase + ")";
  }
}
