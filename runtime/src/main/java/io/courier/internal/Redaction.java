package io.courier.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which header and query values are secrets, and their masked form: what Courier writes to logs shows {@link #MASK}
 * in their place, however the server or the caller spelled the name.
 */
public final class Redaction {
  /** What a secret value is shown as. */
  public static final String MASK = "██";
  private static final List<String> ALWAYS = List.of("Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie");

  private final Set<String> headers = new HashSet<>();
  private final Set<String> queryParameters;

  /** The four credential headers, {@code extraHeaders} and the values of {@code queryParameters}, by name. */
  public Redaction(List<String> extraHeaders, List<String> queryParameters) {
    for (String name : ALWAYS) {
      headers.add(name.toLowerCase(Locale.ROOT));
    }
    for (String name : extraHeaders) {
      headers.add(name.toLowerCase(Locale.ROOT));
    }
    this.queryParameters = Set.copyOf(queryParameters); // query names are case-sensitive
  }

  /** The value as it may be shown: {@link #MASK} for a secret header. */
  public String header(String name, String value) {
    return headers.contains(name.toLowerCase(Locale.ROOT)) ? MASK : value;
  }

  /** The URI as it may be shown: the values of secret query parameters masked, the user info left out. */
  public String uri(String uri) {
    int at = uri.indexOf('@');
    int authority = uri.indexOf("//");
    if (at > 0 && authority > 0) {
      int pathStart = uri.indexOf('/', authority + 2);
      if (pathStart < 0 || at < pathStart) {
        uri = uri.substring(0, authority + 2) + uri.substring(at + 1); // user:password@host
      }
    }
    int query = uri.indexOf('?');
    if (query < 0 || queryParameters.isEmpty()) {
      return uri;
    }
    int fragment = uri.indexOf('#', query);
    int end = fragment < 0 ? uri.length() : fragment;
    StringBuilder shown = new StringBuilder(uri.length()).append(uri, 0, query + 1);
    int start = query + 1;
    while (start <= end) {
      int amp = uri.indexOf('&', start);
      int stop = amp < 0 || amp > end ? end : amp;
      String pair = uri.substring(start, stop);
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      shown.append(eq >= 0 && isSecret(name) ? name + "=" + MASK : pair);
      if (stop < end) {
        shown.append('&');
      }
      start = stop + 1;
    }
    return shown.append(uri, end, uri.length()).toString();
  }

  /** Whether a query name, as it was encoded, names a secret parameter. */
  private boolean isSecret(String encodedName) {
    if (queryParameters.contains(encodedName)) {
      return true;
    }
    try {
      return queryParameters.contains(URLDecoder.decode(encodedName, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException badEscape) {
      return false;
    }
  }
}
