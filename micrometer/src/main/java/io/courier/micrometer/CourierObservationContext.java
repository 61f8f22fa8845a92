package io.courier.micrometer;

import io.courier.Interceptor;
import io.micrometer.observation.transport.RequestReplySenderContext;
import java.net.URI;

/**
 * What an observation of one Courier call knows: the method, the URI template and the URI of its first attempt,
 * and, once it ended, its outcome and how many attempts it sent. A tracer's propagation headers are set on the
 * first attempt, and every later attempt of the call sends them too.
 */
public class CourierObservationContext extends RequestReplySenderContext<Interceptor.Attempt, Interceptor.Outcome> {
  private final String method;
  private final String uriTemplate;
  private final URI uri;
  private int attempts;

  /** The context of the call whose first attempt is {@code first}. */
  public CourierObservationContext(Interceptor.Attempt first) {
    super((attempt, name, value) -> attempt.setHeader(name, value));
    this.method = first.method();
    this.uriTemplate = first.uriTemplate();
    this.uri = first.uri();
    setCarrier(first);
    setRemoteServiceName(uri.getHost());
  }

  /** The method, such as {@code PUT}. */
  public String method() {
    return method;
  }

  /** The interface method's path template, such as {@code /users/{id}}. */
  public String uriTemplate() {
    return uriTemplate;
  }

  /** The first attempt's URI; it may hold secrets in its query, so conventions show it without one. */
  public URI uri() {
    return uri;
  }

  /** How many attempts the call sent, retries, redirects and resends included; 0 until it ended. */
  public int attempts() {
    return attempts;
  }

  void ended(int attempts, Interceptor.Outcome outcome) {
    this.attempts = attempts;
    setResponse(outcome);
  }
}
