package io.courier.internal;

import java.net.URI;

/** Resolves a {@code Location} header against the request's URI, as RFC 3986 says. */
public final class Locations {
  private Locations() {}

  /**
   * The absolute URI {@code location} names.
   *
   * @throws IllegalArgumentException when the header is not a URI reference
   */
  public static URI resolve(URI request, String location) {
    if (location.startsWith("?")) {
      // RFC 3986 keeps the whole base path for a query-only reference; URI.resolve (RFC 2396) drops its last segment.
      return URI.create(request.getScheme() + "://" + request.getRawAuthority() + request.getRawPath() + location);
    }
    return request.resolve(URI.create(location));
  }
}
