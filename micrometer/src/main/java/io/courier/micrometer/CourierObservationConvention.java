package io.courier.micrometer;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import java.net.URI;
import java.util.Locale;

/**
 * Names and tags an observation of a Courier call as Micrometer's HTTP clients do: {@code http.client.requests},
 * tagged by method, URI template, status, outcome, exception and host, so that tags stay few; the URL without its
 * query and the number of attempts are high-cardinality values, for traces only.
 */
public class CourierObservationConvention implements ObservationConvention<CourierObservationContext> {
  /** The convention {@link ObservationInterceptor} uses unless given another. */
  public static final CourierObservationConvention DEFAULT = new CourierObservationConvention();

  @Override
  public String getName() {
    return "http.client.requests";
  }

  @Override
  public String getContextualName(CourierObservationContext context) {
    return "http " + context.method().toLowerCase(Locale.ROOT);
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(CourierObservationContext context) {
    int status = context.getResponse() == null ? 0 : context.getResponse().status();
    Throwable error = context.getError();
    return KeyValues.of(
        "method", context.method(),
        "uri", context.uriTemplate(),
        "status", status == 0 ? "CLIENT_ERROR" : String.valueOf(status),
        "outcome", outcome(status),
        "exception", error == null ? "none" : error.getClass().getSimpleName(),
        "client.name", String.valueOf(context.uri().getHost()));
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(CourierObservationContext context) {
    URI uri = context.uri();
    String withoutQuery = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
        + uri.getRawPath();
    return KeyValues.of("http.url", withoutQuery, "courier.attempts", String.valueOf(context.attempts()));
  }

  @Override
  public boolean supportsContext(Observation.Context context) {
    return context instanceof CourierObservationContext;
  }

  private static String outcome(int status) {
    if (status >= 100 && status < 200) {
      return "INFORMATIONAL";
    }
    if (status >= 200 && status < 300) {
      return "SUCCESS";
    }
    if (status >= 300 && status < 400) {
      return "REDIRECTION";
    }
    if (status >= 400 && status < 500) {
      return "CLIENT_ERROR";
    }
    return status >= 500 ? "SERVER_ERROR" : "UNKNOWN";
  }
}
