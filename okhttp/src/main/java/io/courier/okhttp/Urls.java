package io.courier.okhttp;

import okhttp3.HttpUrl;

/**
 * Turns Courier's URI text into OkHttp's {@link HttpUrl}. Most calls of one transport go to one origin, so the
 * last origin is kept parsed and each URL resolved against it as a path-absolute reference, which spares parsing
 * the scheme and host again on every call, as Retrofit's resolution against its base URL does.
 */
final class Urls {
  /** An origin such as {@code http://host:8080} and a URL on it, parsed. */
  private record Origin(String prefix, HttpUrl url) {}

  private volatile Origin last;

  HttpUrl parse(String uri) {
    Origin origin = last;
    if (origin != null && uri.startsWith(origin.prefix()) && uri.length() > origin.prefix().length()) {
      int end = origin.prefix().length();
      // "/path", never "//host": a network-path reference would carry another authority.
      if (uri.charAt(end) == '/' && (uri.length() == end + 1 || uri.charAt(end + 1) != '/')) {
        HttpUrl resolved = origin.url().resolve(uri.substring(end));
        if (resolved != null) {
          return resolved;
        }
      }
    }
    HttpUrl url = HttpUrl.get(uri);
    int authority = uri.indexOf("//") + 2;
    int path = uri.indexOf('/', authority);
    if (authority >= 2 && path > authority) {
      last = new Origin(uri.substring(0, path), url);
    }
    return url;
  }
}
