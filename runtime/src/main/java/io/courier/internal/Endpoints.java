package io.courier.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the endpoints of one interface share, made once in its generated constructor: the interface's
 * {@code @Headers}, checked once rather than once per method.
 */
public final class Endpoints {
  private final Engine engine;
  private final List<String> headers = new ArrayList<>();

  Endpoints(Engine engine) {
    this.engine = engine;
  }

  /** A header from the interface's {@code @Headers}; a method's own entry of the same name replaces it. */
  public Endpoints header(String name, String value) {
    headers.add(Objects.requireNonNull(name, "name"));
    headers.add(UrlEncoding.headerValue(name, value));
    return this;
  }

  /** Starts describing the endpoint of one interface method, with the shared headers; see {@link Engine#endpoint}. */
  public Endpoint.Builder endpoint(String method, String pathTemplate) {
    return new Endpoint.Builder(engine, method, pathTemplate, List.copyOf(headers));
  }
}
