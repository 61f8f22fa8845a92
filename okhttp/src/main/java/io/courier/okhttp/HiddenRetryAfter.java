package io.courier.okhttp;

import java.io.IOException;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from retrying on its own: OkHttp sends any request again, a POST included, when a 503 asks for
 * {@code Retry-After: 0}, and no setting turns that off. As the innermost network interceptor this hides the
 * header of a 503 from OkHttp's follow-up logic, and {@link #restore} gives it back before Courier reads it, so that
 * Courier alone decides, by the method's idempotency, whether to send again.
 */
final class HiddenRetryAfter implements Interceptor {
  private static final String RETRY_AFTER = "Retry-After";
  private static final String HIDDEN = "Courier-Hidden-Retry-After";

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() != 503) {
      return response; // the status first: most responses are not 503, and their headers need no scan
    }
    String value = response.header(RETRY_AFTER);
    if (value == null) {
      return response;
    }
    return response.newBuilder().removeHeader(RETRY_AFTER).header(HIDDEN, value).build();
  }

  /** The headers of a response with {@code status} as the server sent them. */
  static Headers restore(int status, Headers headers) {
    if (status != 503) {
      return headers;
    }
    String value = headers.get(HIDDEN);
    return value == null ? headers : headers.newBuilder().removeAll(HIDDEN).add(RETRY_AFTER, value).build();
  }
}
