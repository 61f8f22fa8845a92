package io.courier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Percent-encoding of path segments, queries and forms, and the checks that reject unsafe values. */
class UrlEncodingTest {
  @Test
  void primitivePathValuesAreTheirTextNotTheirCode() {
    char letter = 'a';
    char slash = '/';
    int number = 42;
    assertEquals("a", UrlEncoding.pathSegment("p", letter));
    assertEquals("%2F", UrlEncoding.pathSegment("p", slash));
    assertEquals("42", UrlEncoding.pathSegment("p", number));
    assertEquals("-7", UrlEncoding.pathSegment("p", -7L));
    assertEquals("1.5", UrlEncoding.pathSegment("p", 1.5));
    assertEquals("true", UrlEncoding.pathSegment("p", true));
  }

  @Test
  void pathSegmentEscapesEverythingThatWouldChangeThePath() {
    assertEquals("a%20b%2Fc%3Fd%23e%25", UrlEncoding.pathSegment("p", "a b/c?d#e%"));
    assertEquals("%2B%3B%5B%5D%22%3C%3E%5C%5E%60%7B%7C%7D", UrlEncoding.pathSegment("p", "+;[]\"<>\\^`{|}"));
    assertEquals("-._~!$&'()*,=:@", UrlEncoding.pathSegment("p", "-._~!$&'()*,=:@"));
    assertEquals("plain123", UrlEncoding.pathSegment("p", "plain123"));
  }

  @Test
  void pathSegmentEncodesUtf8() {
    assertEquals("caf%C3%A9", UrlEncoding.pathSegment("p", "café"));
    assertEquals("%F0%9F%98%80", UrlEncoding.pathSegment("p", "\uD83D\uDE00"));
    assertEquals("%00%0D%0A%7F", UrlEncoding.pathSegment("p", "\0\r\n\u007f"));
  }

  @Test
  void pathSegmentRejectsDotSegmentsAndNullNamingTheParameter() {
    for (String dots : new String[] {".", ".."}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> UrlEncoding.pathSegment("fileName", dots));
      assertTrue(e.getMessage().contains("'fileName'"), e.getMessage());
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> UrlEncoding.pathSegment("fileName", null));
    assertTrue(e.getMessage().contains("'fileName'"), e.getMessage());
    // Only whole dot segments are special.
    assertEquals("...", UrlEncoding.pathSegment("p", "..."));
    assertEquals(".a", UrlEncoding.pathSegment("p", ".a"));
    assertEquals("%252E", UrlEncoding.pathSegment("p", "%2E"));
  }

  @Test
  void numbersAndEnumsAndDates() {
    assertEquals("-42", UrlEncoding.pathSegment("id", -42L));
    assertEquals("SECONDS", UrlEncoding.pathSegment("unit", TimeUnit.SECONDS));
    assertEquals("2024-02-29", UrlEncoding.pathSegment("day", LocalDate.of(2024, 2, 29)));
    assertEquals("SECONDS", UrlEncoding.text(TimeUnit.SECONDS));
    assertEquals("null", UrlEncoding.text(null));
  }

  @Test
  void encodedPathSegmentsKeepSlashesAndValidEscapes() {
    assertEquals("a/b%20c/%2Fd", UrlEncoding.pathSegments("p", "a/b c/%2Fd"));
    assertEquals("100%25/x%252/%25zz", UrlEncoding.pathSegments("p", "100%/x%2/%zz"));
    for (String bad : new String[] {"..", "a/./b", "a/../b", "%2e", "a/%2E%2e", ".%2E/x", "x/%2e."}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> UrlEncoding.pathSegments("dir", bad), bad);
      assertTrue(e.getMessage().contains("'dir'"), e.getMessage());
    }
  }

  @Test
  void queryEscapesAllButUnreserved() {
    assertEquals("a%20b%2Bc%26d%3De", UrlEncoding.query("a b+c&d=e"));
    assertEquals("%23%25%2F%3F%3A%40", UrlEncoding.query("#%/?:@"));
    assertEquals("AZaz09-._~", UrlEncoding.query("AZaz09-._~"));
    assertEquals("%C3%A9", UrlEncoding.query("é"));
  }

  @Test
  void formEscapesLikePythonUrlencode() {
    // urllib.parse.quote_plus
    assertEquals("value+2", UrlEncoding.form("value 2"));
    assertEquals("1%2B1%3D2", UrlEncoding.form("1+1=2"));
    assertEquals("a%26b%2Fc%2A%21%27%28%29", UrlEncoding.form("a&b/c*!'()"));
    assertEquals("%E2%82%AC~_.-", UrlEncoding.form("€~_.-"));
  }

  @Test
  void encodedQueryIsCheckedNotChanged() {
    assertEquals("a+b%20c", UrlEncoding.encodedQuery("q", "a+b%20c"));
    for (String bad : new String[] {"a b", "a#b", "é", "a\nb", "%zz", "a%2", "100%"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> UrlEncoding.encodedQuery("q", bad), bad);
      assertTrue(e.getMessage().contains("'q'"), e.getMessage());
    }
  }

  @Test
  void encodedQueryMapKeyIsReportedByTheParameterNotTheKey() {
    assertEquals("a%20b", UrlEncoding.encodedQueryMapKey("filters", "a%20b"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UrlEncoding.encodedQueryMapKey("filters", "secret\r\nX: y"));
    assertTrue(e.getMessage().contains("'filters'"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
  }

  @Test
  void headerValueRejectsControlCharactersWithoutEchoingTheValue() {
    assertEquals("Bearer abc", UrlEncoding.headerValue("Authorization", "Bearer abc"));
    assertEquals("a\tb", UrlEncoding.headerValue("X-Tab", "a\tb"));
    String[] bads = {"secret\r\nX: y", "secret\n", "\rsecret", "secret\0", "secret\u0001", "secret\u007f"};
    for (String bad : bads) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> UrlEncoding.headerValue("Authorization", bad));
      assertTrue(e.getMessage().contains("Authorization"), e.getMessage());
      assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
  }

  @Test
  void headerNameMustBeATokenAndIsNotEchoed() {
    assertEquals("X-Custom_1.a!#$%&'*+^`|~", UrlEncoding.headerName("headers", "X-Custom_1.a!#$%&'*+^`|~"));
    String[] bads = {"", "secret\r\nX", "secret: y", "secret y", "secret\0", "secr\u00e9", "secret(1)"};
    for (String bad : bads) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> UrlEncoding.headerName("headers", bad), bad);
      assertTrue(e.getMessage().contains("'headers'"), e.getMessage());
      assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
  }

  @Test
  void dotSegmentsThatPlaceholdersMakeTogetherAreRejected() {
    String base = "http://h/api/";
    UrlEncoding.rejectDotSegments("'a', 'b'", base + "f/.txt/a./..x/x../?q=..", base.length());
    for (String path : new String[] {".", "f/.", "f/../x", "f/%2e/x", "f/.%2E?q=1", "%2E%2E/"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> UrlEncoding.rejectDotSegments("'a', 'b'", base + path, base.length()), path);
      assertTrue(e.getMessage().contains("'a', 'b'"), e.getMessage());
    }
  }
}
