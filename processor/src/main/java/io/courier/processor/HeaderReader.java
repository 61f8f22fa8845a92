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
  static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  /** The headers the JDK's HttpClient sets itself and refuses from callers. */
  static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

  private HeaderReader() {}

  /** The entries of {@code element}'s {@code @Headers}, as name and value pairs; bad entries become findings. */
  static List<String> read(Element element, Findings findings) {
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
        findings.error(element, Headers.class, "value", String.format(Messages.MALFORMED_HEADER, entry));
      } else if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
        findings.error(element, Headers.class, "value", String.format(Messages.RESTRICTED_HEADER, name));
      } else {
        pairs.add(name);
        pairs.add(value);
      }
    }
    return pairs;
  }
}
