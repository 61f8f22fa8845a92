package io.courier.internal;

import io.courier.transport.TransportResponse;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** A JDK client's response as a {@link TransportResponse}; its body is what {@link ResponseBodyHandler} chose. */
final class JdkResponse implements TransportResponse {
  private final HttpResponse<Object> response;

  JdkResponse(HttpResponse<Object> response) {
    this.response = response;
  }

  @Override
  public int status() {
    return response.statusCode();
  }

  @Override
  public HttpHeaders headers() {
    return response.headers();
  }

  @Override
  public String header(String name) {
    List<String> values = response.headers().map().get(name); // case-insensitive, and no Optional per lookup
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  @Override
  public byte[] bytes() {
    return response.body() instanceof byte[] bytes ? bytes : ReceivedResponse.NO_BYTES;
  }

  @Override
  public InputStream stream() {
    return response.body() instanceof InputStream stream ? stream : null;
  }

  @Override
  public HttpClient.Version version() {
    return response.version();
  }

  @Override
  public Optional<SSLSession> sslSession() {
    return response.sslSession();
  }

  /** The JDK's own response, for methods that return {@code HttpResponse} and want its request. */
  HttpResponse<Object> jdk() {
    return response;
  }
}
