package io.courier.internal;

import io.courier.transport.RequestBody;
import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Courier's redirect rules: whether a 3xx response leads to another request, and which. The transports follow
 * none themselves, so the rules are the same on every transport.
 */
final class Redirects {
  /** How many redirects one call follows; one more is a failure. */
  static final int MAX_HOPS = 5;

  /** Headers that carry credentials for one origin, never sent on to another. */
  private static final Set<String> CREDENTIALS = Set.of("authorization", "proxy-authorization", "cookie");

  private Redirects() {}

  /**
   * The request that follows {@code response}, or null when the response is returned as it is: not a redirect, no
   * usable {@code Location}, a method or body the status does not allow to repeat, or a step from https to http.
   */
  static TransportRequest follow(TransportRequest request, TransportResponse response) {
    int status = response.status();
    boolean getOrHead = request.method().equals("GET") || request.method().equals("HEAD");
    boolean replayable = request.body() == null || request.body().replayable();
    boolean allowed = switch (status) {
      case 301, 302 -> getOrHead;
      case 303 -> true;
      case 307, 308 -> replayable; // the same method and body again, so the body must be sendable twice
      default -> false;
    };
    String location = allowed ? response.header("Location") : null;
    if (location == null) {
      return null;
    }
    URI from = request.uri();
    URI to;
    try {
      to = Locations.resolve(from, location.trim());
    } catch (IllegalArgumentException malformed) {
      return null; // the caller gets the 3xx and its Location as they came
    }
    String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || to.getHost() == null
        || "https".equalsIgnoreCase(from.getScheme()) && scheme.equals("http")) {
      return null;
    }
    // 303 after anything but GET or HEAD: see the result with a GET, the body and its type left behind.
    boolean toGet = status == 303 && !getOrHead;
    String method = toGet ? "GET" : request.method();
    RequestBody body = toGet ? null : request.body();
    return new TransportRequest(method, to.toString(), headers(request, sameOrigin(from, to), toGet), null, body,
        request.timeout(), request.readTimeout(), request.bodyMode(), request.errorBodyLimit());
  }

  /** {@code GET https://host:port/path}, without the query, which may hold a secret: for the hop list. */
  static String describe(TransportRequest request) {
    URI uri = request.uri();
    // Host and port, not the raw authority, which may hold user info.
    return request.method() + " " + uri.getScheme() + "://" + uri.getHost()
        + (uri.getPort() != -1 ? ":" + uri.getPort() : "") + uri.getRawPath();
  }

  private static String[] headers(TransportRequest request, boolean sameOrigin, boolean toGet) {
    List<String> kept = new ArrayList<>(2 * request.headerCount());
    for (int i = 0; i < request.headerCount(); i++) {
      String name = request.headerName(i);
      String lower = name.toLowerCase(Locale.ROOT);
      if (!sameOrigin && CREDENTIALS.contains(lower) || toGet && lower.equals("content-type")) {
        continue;
      }
      kept.add(name);
      kept.add(request.headerValue(i));
    }
    return kept.toArray(new String[0]);
  }

  /** Whether two URIs share scheme, host and port. */
  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
