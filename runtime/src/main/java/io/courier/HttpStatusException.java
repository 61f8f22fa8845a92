package io.courier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/**
 * The server answered with a status outside 2xx where the method's return type has no room for one.
 *
 * <p>The message names the method, the path and the status, never the query, a header or the body, which may hold
 * secrets; {@link #body()} keeps at most the first bytes of the error body (64 KiB by default), which
 * {@link #bodyAs} decodes with the {@code Courier}'s codec.
 */
public class HttpStatusException extends CourierException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String method;
  private final URI uri;
  private final transient HttpHeaders headers;
  private final byte[] body;
  /** Decodes {@link #bodyAs}; null when the exception was made without one. */
  private final transient BodyCodec codec;

  /** Creates an exception for a response with the given status; {@code body} is the bounded error body. */
  public HttpStatusException(String method, URI uri, int status, HttpHeaders headers, byte[] body) {
    this(method, uri, status, headers, body, null);
  }

  /** Creates an exception whose {@link #bodyAs} decodes the bounded error {@code body} with {@code codec}. */
  public HttpStatusException(String method, URI uri, int status, HttpHeaders headers, byte[] body, BodyCodec codec) {
    super(method + " " + uri.getRawPath() + " failed with HTTP " + status + reason(status));
    this.status = status;
    this.method = method;
    this.uri = uri;
    this.headers = headers;
    this.body = body.clone();
    this.codec = codec;
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

  /**
   * The first bytes of the response's body, decoded with the {@code Courier}'s codec, such as a JSON problem
   * document; {@code null} when the body is empty, as for a 2xx body.
   *
   * @throws DecodingException when the codec cannot read the body as {@code type} (the bounded body may be cut off)
   */
  public <T> T bodyAs(Class<T> type) {
    if (body.length == 0) {
      return null;
    }
    String call = method + " " + uri.getRawPath();
    if (codec == null) {
      throw new DecodingException(call + ": this HTTP " + status + " exception has no codec to decode its body as "
          + type.getName() + "; only the exceptions Courier throws have one", null);
    }
    try {
      return codec.<T>reader(type).read(body);
    } catch (IOException | RuntimeException e) {
      throw new DecodingException(
          call + ": could not decode the HTTP " + status + " body as " + type.getName() + ": " + e.getMessage(), e);
    }
  }

  private static String reason(int status) {
    String phrase = ReasonPhrases.of(status);
    return phrase.isEmpty() ? "" : " (" + phrase + ")";
  }
}
