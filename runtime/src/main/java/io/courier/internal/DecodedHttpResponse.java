package io.courier.internal;

import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/**
 * The JDK's own {@link HttpResponse} type, for methods that return it, with Courier's decoded body. On the JDK
 * transport {@link #request()} is the request the client sent; on another transport it is rebuilt from Courier's
 * request (method, URI and headers, no body).
 */
final class DecodedHttpResponse<T> implements HttpResponse<T> {
  private final TransportResponse received;
  private final TransportRequest sent;
  private final T body;

  DecodedHttpResponse(TransportResponse received, TransportRequest sent, T body) {
    this.received = received;
    this.sent = sent;
    this.body = body;
  }

  @Override
  public int statusCode() {
    return received.status();
  }

  @Override
  public HttpRequest request() {
    if (received instanceof JdkResponse jdk) {
      return jdk.jdk().request();
    }
    HttpRequest.Builder rebuilt = HttpRequest.newBuilder(sent.uri())
        .method(sent.method(), HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < sent.headerCount(); i++) {
      try {
        rebuilt.header(sent.headerName(i), sent.headerValue(i));
      } catch (IllegalArgumentException restricted) {
        // A header the JDK's request type refuses to hold (Connection, say) was still sent by the other transport.
      }
    }
    return rebuilt.build();
  }

  @Override
  public Optional<HttpResponse<T>> previousResponse() {
    return Optional.empty(); // the transport follows no redirects, so there is never a previous response
  }

  @Override
  public HttpHeaders headers() {
    return received.headers();
  }

  @Override
  public T body() {
    return body;
  }

  @Override
  public Optional<SSLSession> sslSession() {
    return received.sslSession();
  }

  @Override
  public URI uri() {
    return sent.uri();
  }

  @Override
  public HttpClient.Version version() {
    return received.version();
  }

  @Override
  public String toString() {
    return "(" + sent.method() + " " + sent.uri().getRawPath() + ") " + statusCode();
  }
}
