package io.courier.processor;

import io.courier.http.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** Reads {@code @Headers} entries into name and value pairs, checking their form and that the JDK allows them. */
final class HeaderReader {
  /** An RFC 9110 token, the grammar of a header name. */
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  /** The headers the JDK's HttpClient sets itself and refuses from callers. */
  static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final Diagnostics diagnostics;

  HeaderReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The entries of {@code element}'s {@code @Headers}, as name and value pairs; bad entries are reported. */
  List<String> read(Element element) {
    Optional<AnnotationMirror> headers = Annotations.find(element, Headers.class);
    List<String> pairs = new ArrayList<>();
    if (headers.isEmpty()) {
      return pairs;
    }
    for (String entry : Annotations.strings(headers.get(), "value")) {
      int colon = entry.indexOf(':');
      String name = colon < 0 ? "" : entry.substring(0, colon).trim();
      String value = colon < 0 ? "" : entry.substring(colon + 1).trim();
      if (!TOKEN.matcher(name).matches() || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
        diagnostics.error(element, Headers.class, "value", String.format(Messages.MALFORMED_HEADER, entry));
      } else if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
        diagnostics.error(element, Headers.class, "value", String.format(Messages.RESTRICTED_HEADER, name));
      } else {
        pairs.add(name);
        pairs.add(value);
      }
    }
    return pairs;
  }

  /** The interface's headers, less those the method names again, then the method's. */
  List<String> merge(Element method, List<String> interfaceHeaders) {
    List<String> own = read(method);
    List<String> merged = new ArrayList<>();
    for (int i = 0; i < interfaceHeaders.size(); i += 2) {
      if (!containsName(own, interfaceHeaders.get(i))) {
        merged.add(interfaceHeaders.get(i));
        merged.add(interfaceHeaders.get(i + 1));
      }
    }
    merged.addAll(own);
    return merged;
  }

  private static boolean containsName(List<String> pairs, String name) {
    for (int i = 0; i < pairs.size(); i += 2) {
      if (pairs.get(i).equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }
}
