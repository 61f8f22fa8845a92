package io.courier.internal;

import io.courier.Response;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;

/** The {@link Response} a generated method returns. */
final class ReceivedResponse<T> implements Response<T> {
  static final byte[] NO_BYTES = new byte[0];

  private final int status;
  private final HttpHeaders headers;
  private final URI uri;
  private final T body;
  private final byte[] errorBody;

  ReceivedResponse(HttpResponse<?> response, T body, byte[] errorBody) {
    this.status = response.statusCode();
    this.headers = response.headers();
    this.uri = response.uri();
    this.body = body;
    this.errorBody = errorBody;
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public HttpHeaders headers() {
    return headers;
  }

  @Override
  public T body() {
    return body;
  }

  @Override
  public byte[] errorBody() {
    return errorBody.clone();
  }

  @Override
  public URI uri() {
    return uri;
  }

  @Override
  public String toString() {
    // Headers, the query and any user info stay out: they may carry secrets.
    return "Response{status=" + status + ", path=" + uri.getRawPath() + "}";
  }
}
