package io.courier.internal;

import io.courier.Interceptor;
import io.courier.transport.TransportRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One attempt as interceptors see it; their header changes make the request the attempt sends. */
final class AttemptView implements Interceptor.Attempt {
  /** Headers that carry credentials for one origin; never set for an attempt that a redirect took elsewhere. */
  private static final Set<String> CREDENTIALS = Set.of("authorization", "proxy-authorization", "cookie");

  private final Endpoint<?> endpoint;
  private final TransportRequest request;
  private final int number;
  private final boolean crossedOrigin;
  private final Map<Object, Object> attributes;
  /** The request's headers as name and value pairs, copied on the first change; null while unchanged. */
  private List<String> edited;

  AttemptView(Endpoint<?> endpoint, TransportRequest request, int number, boolean crossedOrigin,
      Map<Object, Object> attributes) {
    this.endpoint = endpoint;
    this.request = request;
    this.number = number;
    this.crossedOrigin = crossedOrigin;
    this.attributes = attributes;
  }

  @Override
  public Object attribute(Object key) {
    return attributes.get(key);
  }

  @Override
  public void setAttribute(Object key, Object value) {
    if (value == null) {
      attributes.remove(key);
    } else {
      attributes.put(key, value);
    }
  }

  @Override
  public String method() {
    return request.method();
  }

  @Override
  public String uriTemplate() {
    return endpoint.pathTemplate;
  }

  @Override
  public URI uri() {
    return request.uri();
  }

  @Override
  public int number() {
    return number;
  }

  @Override
  public Optional<String> header(String name) {
    if (edited == null) {
      return Optional.ofNullable(request.header(name));
    }
    int at = indexOf(name);
    return at < 0 ? Optional.empty() : Optional.of(edited.get(at + 1));
  }

  @Override
  public void setHeader(String name, String value) {
    if (crossedOrigin && CREDENTIALS.contains(name.toLowerCase(Locale.ROOT))) {
      return; // the redirect rules hold for what interceptors add too
    }
    String checked = value == null ? null : UrlEncoding.headerValue(name, value);
    if (edited == null) {
      edited = new ArrayList<>(2 * request.headerCount() + 2);
      for (int i = 0, count = request.headerCount(); i < count; i++) {
        edited.add(request.headerName(i));
        edited.add(request.headerValue(i));
      }
    }
    int at = indexOf(name);
    if (at >= 0) {
      edited.remove(at);
      edited.remove(at);
    }
    if (checked != null) {
      edited.add(name); // the transports check names; values are checked here, as every value Courier sends
      edited.add(checked);
    }
  }

  /** The request to send: the attempt's own, or a copy with the interceptors' headers. */
  TransportRequest request() {
    if (edited == null) {
      return request;
    }
    return new TransportRequest(request.method(), request.uriText(), edited.toArray(new String[0]), null,
        request.body(), request.timeout(), request.readTimeout(), request.bodyMode(), request.errorBodyLimit());
  }

  private int indexOf(String name) {
    for (int i = 0; i < edited.size(); i += 2) {
      if (edited.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }
}
