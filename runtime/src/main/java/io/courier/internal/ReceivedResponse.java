package io.courier.internal;

import io.courier.Response;
import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.net.URI;
import java.net.http.HttpHeaders;

/** The {@link Response} a generated method returns. */
final class ReceivedResponse<T> implements Response<T> {
  static final byte[] NO_BYTES = new byte[0];

  private final int status;
  private final TransportResponse received; // its headers are built on first use by some transports
  private final TransportRequest request; // its URI is parsed only if asked for
  private final T body;
  private final byte[] errorBody;

  ReceivedResponse(TransportResponse response, TransportRequest request, T body, byte[] errorBody) {
    this.status = response.status();
    this.received = response;
    this.request = request;
    this.body = body;
    this.errorBody = errorBody;
  }

  @Override
  public int status() {
    return status;
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
  public byte[] errorBody() {
    return errorBody.clone();
  }

  @Override
  public URI uri() {
    return request.uri();
  }

  @Override
  public String toString() {
    // Headers, the query and any user info stay out: they may carry secrets.
    return "Response{status=" + status + ", path=" + uri().getRawPath() + "}";
  }
}
