package io.courier.internal;

import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;

/**
 * Percent-encoding of path segments, query parameters, form fields and checks of header values (RFC 3986, WHATWG
 * forms).
 *
 * <p>Each check throws {@link IllegalArgumentException} naming the parameter, never its value, before any request
 * is sent.
 */
public final class UrlEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * Characters a path segment keeps as they are: RFC 3986 {@code pchar} less {@code %}, and less {@code +} and
   * {@code ;}, which some servers read as a space and as the start of path parameters.
   */
  private static final boolean[] SEGMENT = allowed("-._~!$&'()*,=:@");

  /** Characters a query name or value keeps: unreserved only, so that {@code +}, {@code &}, {@code =} never clash. */
  private static final boolean[] QUERY = allowed("-._~");

  /** Characters a form field keeps, as Python's {@code urlencode} does; a space becomes {@code +}. */
  private static final boolean[] FORM = QUERY;

  /** Characters of an RFC 9110 token, the grammar of a header name. */
  private static final boolean[] TOKEN = allowed("!#$%&'*+-.^_`|~");

  private UrlEncoding() {}

  /** The text of a path, query, header or field value: enums by {@code name()}, everything else by toString(). */
  public static String text(Object value) {
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof TemporalAccessor) {
      return value.toString(); // java.time's toString() is ISO-8601
    }
    return String.valueOf(value);
  }

  /** One encoded path segment for the {@code @Path} parameter {@code name}; rejects null, "." and "..". */
  public static String pathSegment(String name, Object value) {
    String text = requirePathValue(name, value);
    String encoded = encode(text, SEGMENT, false);
    rejectDotSegment(name, encoded);
    return encoded;
  }

  /** An encoded path segment for a number, which never needs escaping. */
  public static String pathSegment(String name, long value) {
    return Long.toString(value);
  }

  /** An encoded path segment for a character: without this overload a {@code char} would widen to the number. */
  public static String pathSegment(String name, char value) {
    return pathSegment(name, (Object) value);
  }

  /**
   * Encoded path segments for an {@code encoded = true} {@code @Path} parameter: keeps {@code /} and valid
   * {@code %XX} escapes, escapes the rest, and rejects any "." or ".." segment.
   */
  public static String pathSegments(String name, Object value) {
    String text = requirePathValue(name, value);
    StringBuilder out = new StringBuilder(text.length() + 8);
    int start = 0;
    for (int slash = text.indexOf('/'); ; slash = text.indexOf('/', start)) {
      String segment = keepEscapes(text.substring(start, slash < 0 ? text.length() : slash));
      rejectDotSegment(name, segment);
      out.append(segment);
      if (slash < 0) {
        return out.toString();
      }
      out.append('/');
      start = slash + 1;
    }
  }

  /** An encoded query name or value. */
  public static String query(String text) {
    return encode(text, QUERY, false);
  }

  /** An already encoded query name or value, checked to hold no character that would break the URI. */
  public static String encodedQuery(String name, String text) {
    return checkEncodedQuery("Encoded @Query parameter", name, text);
  }

  /**
   * A key of an {@code encoded = true} {@code @QueryMap}, checked as {@link #encodedQuery} checks a value. A bad key
   * is reported by the map's parameter name: the key is the caller's data, and a message must not echo it.
   */
  public static String encodedQueryMapKey(String parameter, String key) {
    return checkEncodedQuery("A key of encoded @QueryMap parameter", parameter, key);
  }

  private static String checkEncodedQuery(String what, String name, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == '#') {
        throw new IllegalArgumentException(what + " '" + name
            + "' must hold only URI characters; found a space, control, '#' or non-ASCII character at index " + i);
      }
      if (c == '%' && (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2)))) {
        throw new IllegalArgumentException(what + " '" + name
            + "' must use '%' only in escapes of two hex digits; found one that is not at index " + i);
      }
    }
    return text;
  }

  /** An encoded {@code application/x-www-form-urlencoded} name or value. */
  public static String form(String text) {
    return encode(text, FORM, true);
  }

  /**
   * The header value, checked to hold no CR or LF that would let it inject another header, and no other control
   * character but tab: RFC 9110 forbids them (NUL is as dangerous as CR and LF), and the transports would refuse
   * them later with a message that echoes the value.
   */
  public static String headerValue(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < ' ' && c != '\t') || c == 0x7f) {
        throw new IllegalArgumentException(
            "Header '" + name + "' must not contain CR, LF or another control character; found one at index " + i);
      }
    }
    return value;
  }

  /**
   * The name of a {@code @HeaderMap} entry, checked to be an RFC 9110 token. Unchecked, a name with CR or LF could
   * end the header line, and the transports would refuse it with a message that echoes it; a bad one is reported
   * by the map's parameter name instead.
   */
  public static String headerName(String parameter, String name) {
    int bad = nonTokenIndex(name);
    if (bad >= 0) {
      throw new IllegalArgumentException("@HeaderMap parameter '" + parameter
          + "' must hold only header names that are HTTP tokens; found a name with another character at index "
          + bad);
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("@HeaderMap parameter '" + parameter + "' must not hold an empty name");
    }
    return name;
  }

  /** The index of the first character of {@code name} that an RFC 9110 token does not allow, or -1. */
  public static int nonTokenIndex(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 128 || !TOKEN[c]) {
        return i;
      }
    }
    return -1;
  }

  private static String requirePathValue(String name, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("@Path parameter '" + name + "' must not be null");
    }
    return text(value);
  }

  /**
   * Rejects a "." or ".." segment in the path of {@code uri} after index {@code from}, where placeholders that share
   * a segment ({@code names}, quoted) were filled: each value passed on its own, but the segment they make must too.
   */
  static void rejectDotSegments(String names, String uri, int from) {
    int end = uri.indexOf('?', from);
    end = end < 0 ? uri.length() : end;
    for (int start = from; start <= end; ) {
      int slash = uri.indexOf('/', start);
      slash = slash < 0 || slash > end ? end : slash;
      if (isDotSegment(uri.substring(start, slash))) {
        throw new IllegalArgumentException("@Path parameters " + names
            + " must not make a \".\" or \"..\" segment together, which would change the path's meaning");
      }
      start = slash + 1;
    }
  }

  private static void rejectDotSegment(String name, String encoded) {
    if (isDotSegment(encoded)) {
      throw new IllegalArgumentException(
          "@Path parameter '" + name + "' must not be \".\" or \"..\", which would change the path's meaning");
    }
  }

  private static boolean isDotSegment(String encoded) {
    return encoded.equals(".") || encoded.equals("..") || encoded.equalsIgnoreCase("%2E")
        || encoded.equalsIgnoreCase("%2E%2E") || encoded.equalsIgnoreCase(".%2E")
        || encoded.equalsIgnoreCase("%2E.");
  }

  private static String keepEscapes(String segment) {
    StringBuilder out = new StringBuilder(segment.length());
    int i = 0;
    while (i < segment.length()) {
      char c = segment.charAt(i);
      if (c == '%' && i + 2 < segment.length() && isHex(segment.charAt(i + 1)) && isHex(segment.charAt(i + 2))) {
        out.append(segment, i, i + 3);
        i += 3;
      } else {
        int end = i + Character.charCount(segment.codePointAt(i));
        out.append(encode(segment.substring(i, end), SEGMENT, false));
        i = end;
      }
    }
    return out.toString();
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static String encode(String text, boolean[] keep, boolean spaceAsPlus) {
    int i = 0;
    while (i < text.length() && text.charAt(i) < 128 && keep[text.charAt(i)]) {
      i++;
    }
    if (i == text.length()) {
      return text; // the common case: nothing to escape, no copy
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    byte[] rest = text.substring(i).getBytes(StandardCharsets.UTF_8);
    for (byte b : rest) {
      int c = b & 0xff;
      if (c < 128 && keep[c]) {
        out.append((char) c);
      } else if (c == ' ' && spaceAsPlus) {
        out.append('+');
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static boolean[] allowed(String punctuation) {
    boolean[] keep = new boolean[128];
    for (char c = 'a'; c <= 'z'; c++) {
      keep[c] = true;
      keep[Character.toUpperCase(c)] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      keep[c] = true;
    }
    for (char c : punctuation.toCharArray()) {
      keep[c] = true;
    }
    return keep;
  }
}
