package io.courier.internal;

/** Entity tags as {@code If-Match} sends them (RFC 9110, section 8.8.3): {@code "v7"} or {@code W/"v7"}. */
final class EntityTags {
  private EntityTags() {}

  /**
   * The tag as a header carries it: a quoted or weak tag, or {@code *}, as it is, a bare one ({@code v7}) quoted.
   * A tag whose characters no entity tag may hold (a quote inside, a space, a control) is refused, naming the
   * parameter.
   */
  static String quoted(String parameter, String etag) {
    if (etag.equals("*")) {
      return etag; // any current representation: "the resource exists"
    }
    boolean weak = etag.startsWith("W/\"");
    boolean quoted = weak || etag.startsWith("\"");
    if (quoted && (etag.length() < (weak ? 4 : 2) || !etag.endsWith("\""))) {
      throw invalid(parameter);
    }
    String opaque = quoted ? etag.substring(weak ? 3 : 1, etag.length() - 1) : etag;
    for (int i = 0; i < opaque.length(); i++) {
      char c = opaque.charAt(i);
      // etagc = %x21 / %x23-7E / obs-text: no space, no quote, no control
      if (c <= ' ' || c == '"' || c == 0x7f) {
        throw invalid(parameter);
      }
    }
    return quoted ? etag : "\"" + etag + "\"";
  }

  private static IllegalArgumentException invalid(String parameter) {
    return new IllegalArgumentException("@IfMatch parameter '" + parameter
        + "' must be an entity tag such as \"v7\", W/\"v7\" or v7; found one with a space, quote or control");
  }
}
