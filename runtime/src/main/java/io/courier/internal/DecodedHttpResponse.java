package io.courier.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** The JDK's own {@link HttpResponse} type, for methods that return it, with Courier's decoded body. */
final class DecodedHttpResponse<T> implements HttpResponse<T> {
  private final HttpResponse<Object> received;
  private final T body;

  DecodedHttpResponse(HttpResponse<Object> received, T body) {
    this.received = received;
    this.body = body;
  }

  @Override
  public int statusCode() {
    return received.statusCode();
  }

  @Override
  public HttpRequest request() {
    return received.request();
  }

  @Override
  public Optional<HttpResponse<T>> previousResponse() {
    return Optional.empty(); // Courier's client follows no redirects, so there is never a previous response
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
    return received.uri();
  }

  @Override
  public HttpClient.Version version() {
    return received.version();
  }

  @Override
  public String toString() {
    return "(" + request().method() + " " + uri().getRawPath() + ") " + statusCode();
  }
}
