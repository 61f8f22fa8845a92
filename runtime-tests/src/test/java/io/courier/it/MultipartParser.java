package io.courier.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict multipart/form-data parser (RFC 7578, RFC 2046 section 5.1) for checking what arrived: it refuses
 * anything malformed rather than guessing, so a test passes only on exactly framed bytes.
 */
final class MultipartParser {
  private static final Pattern BOUNDARY = Pattern.compile("^multipart/form-data; boundary=([0-9A-Za-z'()+_,./:=?-]{1,70})$");
  private static final Pattern PARAMETER = Pattern.compile(";\\s*([a-z]+)=\"([^\"]*)\"");

  /** One part as it arrived: its headers by lower-case name, the name and file name, and its bytes. */
  record Parsed(Map<String, String> headers, String name, String fileName, byte[] content) {
    String contentType() {
      return headers.get("content-type");
    }

    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  private MultipartParser() {}

  /** The boundary a Content-Type announces; fails on any other form. */
  static String boundary(String contentType) {
    Matcher matcher = BOUNDARY.matcher(contentType);
    if (!matcher.matches()) {
      throw new AssertionError("not a multipart/form-data Content-Type with a boundary: " + contentType);
    }
    return matcher.group(1);
  }

  static List<Parsed> parse(String contentType, byte[] body) {
    String boundary = boundary(contentType);
    byte[] first = ("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    if (!startsWith(body, 0, first)) {
      throw new AssertionError("the body does not start with the boundary");
    }
    List<Parsed> parts = new ArrayList<>();
    int at = first.length;
    while (true) {
      int headEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
      if (headEnd < 0) {
        throw new AssertionError("a part's headers never end");
      }
      Map<String, String> headers = headers(new String(body, at, headEnd - at, StandardCharsets.UTF_8));
      int contentStart = headEnd + 4;
      int contentEnd = indexOf(body, delimiter, contentStart);
      if (contentEnd < 0) {
        throw new AssertionError("a part never ends");
      }
      parts.add(part(headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
      at = contentEnd + delimiter.length;
      if (startsWith(body, at, "--\r\n".getBytes(StandardCharsets.US_ASCII))) {
        if (at + 4 != body.length) {
          throw new AssertionError("bytes after the close delimiter");
        }
        return parts;
      }
      if (!startsWith(body, at, "\r\n".getBytes(StandardCharsets.US_ASCII))) {
        throw new AssertionError("a delimiter followed by neither CRLF nor --");
      }
      at += 2;
    }
  }

  private static Map<String, String> headers(String block) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : block.split("\r\n", -1)) {
      int colon = line.indexOf(':');
      if (colon <= 0 || line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
        throw new AssertionError("a malformed part header: " + line);
      }
      String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
      if (headers.put(name, line.substring(colon + 1).strip()) != null) {
        throw new AssertionError("a part header twice: " + name);
      }
    }
    return headers;
  }

  private static Parsed part(Map<String, String> headers, byte[] content) {
    String disposition = headers.get("content-disposition");
    if (disposition == null || !disposition.startsWith("form-data;")) {
      throw new AssertionError("a part without Content-Disposition: form-data: " + headers);
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    Matcher matcher = PARAMETER.matcher(disposition.substring("form-data".length()));
    int end = 0;
    while (matcher.find() && matcher.start() == end) {
      parameters.put(matcher.group(1), matcher.group(2));
      end = matcher.end();
    }
    if (end != disposition.length() - "form-data".length() || !parameters.containsKey("name")) {
      throw new AssertionError("a malformed Content-Disposition: " + disposition);
    }
    return new Parsed(headers, parameters.get("name"), parameters.get("filename"), content);
  }

  private static boolean startsWith(byte[] body, int at, byte[] prefix) {
    return body.length - at >= prefix.length && Arrays.equals(body, at, at + prefix.length, prefix, 0, prefix.length);
  }

  private static int indexOf(byte[] body, byte[] target, int from) {
    for (int i = from; i <= body.length - target.length; i++) {
      if (startsWith(body, i, target)) {
        return i;
      }
    }
    return -1;
  }
}
