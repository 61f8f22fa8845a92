package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.http.Get;
import io.courier.http.Header;
import io.courier.http.HeaderMap;
import io.courier.http.Path;
import io.courier.http.Put;
import io.courier.http.Query;
import io.courier.http.QueryMap;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Recorded;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * Hostile values in every binding, one test per row: dot segments, CR/LF/NUL, and the characters that end or split
 * a segment or a query parameter. Each is either rejected before a byte is sent, with a message that names the
 * parameter and not the value, or escaped so that the server sees exactly one segment, parameter or header value.
 */
class SecurityCasesTest {
  /** The characters that would end or split a segment or a query parameter if they were sent as they are. */
  private static final String RESERVED = "#?%+ /&=;";

  /** A value a test injects where it must not reach a header; a rejection's message must not echo it. */
  private static final String INJECTED = "X-Injected: 1";

  /** One endpoint per binding that takes a caller's value. */
  interface Api {
    @Put("/files/{name}")
    void path(@Path("name") String name);

    @Put("/files/{name}")
    void encodedPath(@Path(value = "name", encoded = true) String name);

    @Put("/files/{name}.{ext}/meta")
    void shared(@Path("name") String name, @Path("ext") String ext);

    @Put("/files/{dir}./meta")
    void sharedEncoded(@Path(value = "dir", encoded = true) String dir);

    @Get("/search")
    void query(@Query("q") String q);

    @Get("/search")
    void reservedName(@Query("k #?%+ /&=;") String value);

    @Get("/search")
    void encodedQuery(@Query(value = "q", encoded = true) String q);

    @Get("/search")
    void queryMap(@QueryMap Map<String, String> query);

    @Get("/search")
    void encodedQueryMap(@QueryMap(encoded = true) Map<String, String> query);

    @Get("/traced")
    void header(@Header("X-Trace") String trace);

    @Get("/traced")
    void headerMap(@HeaderMap Map<String, String> headers);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();

  private Api api(TransportKind transport) {
    return server.courier(transport).build().create(Api.class);
  }

  // --- Dot segments ---

  @TransportTest
  void dotSegmentsAreRejectedBeforeAnyRequest(TransportKind transport) {
    Api api = api(transport);
    for (String dots : new String[] {".", ".."}) {
      assertRejected(() -> api.path(dots), "'name'");
    }
    for (String dots : new String[] {".", "..", "%2E", "%2e", "%2e.", ".%2E", "%2E%2E", "%2e%2E", "./a", "a/.",
        "a/..", "a/../b", "a/%2e%2E/b", "../b"}) {
      assertRejected(() -> api.encodedPath(dots), "'name'");
    }
    assertEquals(0, server.requests().size());
  }

  @TransportTest
  void anEmptyValueForAWholeSegmentIsRejectedRatherThanAddressTheCollection(TransportKind transport) {
    Api api = api(transport);
    // PUT /files/ would be a write to the collection, not to a file with an empty name.
    assertRejected(() -> api.path(""), "'name'");
    assertEquals(0, server.requests().size());

    // An encoded path places its own slashes, so it may be empty; a placeholder sharing its segment may be too.
    api.encodedPath("");
    api.shared("", "txt");
    assertEquals(List.of("/api/files/", "/api/files/.txt/meta"), rawUris());
  }

  @TransportTest
  void valuesThatOnlyLookLikeDotSegmentsArriveAsOneSegment(TransportKind transport) {
    Api api = api(transport);
    // In a plain @Path, '%' is text: "%2E" is sent as "%252E", which no server or client reads as a dot segment.
    Map<String, String> plain = new LinkedHashMap<>();
    plain.put("a..b", "a..b");
    plain.put(".hidden", ".hidden");
    plain.put("...", "...");
    plain.put("%2E", "%252E");
    plain.put("%2e.", "%252e.");
    plain.put("%2E%2E", "%252E%252E");
    plain.keySet().forEach(api::path);
    api.encodedPath("a..b/.hidden/...");

    List<String> expected = new ArrayList<>();
    plain.values().forEach(sent -> expected.add("/api/files/" + sent));
    expected.add("/api/files/a..b/.hidden/...");
    assertEquals(expected, rawUris());
    List<String> decoded = new ArrayList<>();
    plain.keySet().forEach(value -> decoded.add("/api/files/" + value));
    decoded.add("/api/files/a..b/.hidden/...");
    assertEquals(decoded, server.requests().stream().map(request -> URI.create(request.rawUri()).getPath()).toList());
  }

  @TransportTest
  void dotSegmentsThatPlaceholdersMakeTogetherAreRejectedBeforeAnyRequest(TransportKind transport) {
    Api api = api(transport);
    // Each value passes on its own; the segment they make with the template's "." is what would be a dot segment.
    assertRejected(() -> api.shared("", ""), "'name', 'ext'");
    assertRejected(() -> api.sharedEncoded(""), "'dir'");
    assertRejected(() -> api.sharedEncoded("a/"), "'dir'");
    assertRejected(() -> api.sharedEncoded("a/%2E"), "'dir'");
    assertEquals(0, server.requests().size());

    api.shared("", "txt");
    api.shared("a", "");
    api.shared("...", "");
    api.sharedEncoded("a/b");
    assertEquals(List.of("/api/files/.txt/meta", "/api/files/a./meta", "/api/files/..../meta",
        "/api/files/a/b./meta"), rawUris());
  }

  // --- CR, LF and NUL: request splitting and header injection ---

  @TransportTest
  void crLfAndNulInAPathValueAreEscapedIntoOneSegment(TransportKind transport) {
    Api api = api(transport);
    api.path("a\r\n" + INJECTED);
    api.path("a HTTP/1.1\r\nHost: elsewhere\r\n\r\nGET /b");
    api.path("a\rb");
    api.path("a\nb");
    api.path("a\0b");
    api.encodedPath("a\r\n" + INJECTED + "/c");

    assertEquals(List.of(
        "/api/files/a%0D%0AX-Injected:%201",
        "/api/files/a%20HTTP%2F1.1%0D%0AHost:%20elsewhere%0D%0A%0D%0AGET%20%2Fb",
        "/api/files/a%0Db",
        "/api/files/a%0Ab",
        "/api/files/a%00b",
        "/api/files/a%0D%0AX-Injected:%201/c"), rawUris());
    assertNothingInjected("PUT");
  }

  @TransportTest
  void crLfAndNulInQueryNamesAndValuesAreEscaped(TransportKind transport) {
    Api api = api(transport);
    api.query("a\r\n" + INJECTED);
    api.query("a\rb\nc\0d");
    api.queryMap(Map.of("k\r\n" + INJECTED, "v\r\n" + INJECTED));
    api.queryMap(Map.of("k\0", "v\0"));

    assertEquals(List.of(
        "/api/search?q=a%0D%0AX-Injected%3A%201",
        "/api/search?q=a%0Db%0Ac%00d",
        "/api/search?k%0D%0AX-Injected%3A%201=v%0D%0AX-Injected%3A%201",
        "/api/search?k%00=v%00"), rawUris());
    assertNothingInjected("GET");
  }

  @TransportTest
  void crLfAndNulInAnEncodedQueryAreRejectedBeforeAnyRequest(TransportKind transport) {
    Api api = api(transport);
    for (String value : new String[] {"a\r\n" + INJECTED, "a\rb", "a\nb", "a\0b"}) {
      assertRejected(() -> api.encodedQuery(value), "'q'");
      assertRejected(() -> api.encodedQueryMap(Map.of("k", value)), "'k'");
      assertRejected(() -> api.encodedQueryMap(Map.of(value, "v")), "'query'");
    }
    assertEquals(0, server.requests().size());
  }

  @TransportTest
  void crLfAndNulInAHeaderValueAreRejectedBeforeAnyRequest(TransportKind transport) {
    Api api = api(transport);
    for (String value : new String[] {"abc\r\n" + INJECTED, "abc\n" + INJECTED, "abc\r", "abc\0"}) {
      assertRejected(() -> api.header(value), "X-Trace");
      assertRejected(() -> api.headerMap(Map.of("X-Trace", value)), "X-Trace");
    }
    assertEquals(0, server.requests().size());
  }

  @TransportTest
  void headerMapNamesThatAreNotTokensAreRejectedBeforeAnyRequest(TransportKind transport) {
    Api api = api(transport);
    for (String name : new String[] {"X-A\r\n" + INJECTED, "X-A\nB", "X-A\rB", "X-A\0", "X-A: 1\r\nX", "X A", "X-A:",
        ""}) {
      assertRejected(() -> api.headerMap(Map.of(name, "1")), "'headers'");
    }
    assertEquals(0, server.requests().size());
  }

  @TransportTest
  void crOrLfInADefaultHeaderIsRejected(TransportKind transport) {
    for (String value : new String[] {"a\r\n" + INJECTED, "a\nb", "a\r"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> server.courier(transport).defaultHeader("X-Default", value));
      assertTrue(e.getMessage().contains("X-Default"), e.getMessage());
      assertFalse(e.getMessage().contains("Injected"), e.getMessage());
    }
  }

  @TransportTest
  void aDefaultHeaderNameThatIsNoTokenIsRejected(TransportKind transport) {
    for (String name : new String[] {"X-A\r\n" + INJECTED, "X-A\nB", "X A", "X-A:", ""}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> server.courier(transport).defaultHeader(name, "1"));
      assertTrue(e.getMessage().contains("default header's name"), e.getMessage());
      assertFalse(e.getMessage().contains("Injected"), e.getMessage());
    }
  }

  // --- Characters that end or split a segment or a parameter ---

  @TransportTest
  void reservedCharactersInAPathValueStayInOneSegment(TransportKind transport) {
    Api api = api(transport);
    List<String> values = inEveryPosition(RESERVED);
    values.forEach(api::path);

    List<String> expected = new ArrayList<>();
    for (String value : values) {
      expected.add("/api/files/" + escaped(value, "%23", "%3F", "%25", "%2B", "%20", "%2F", "&", "=", "%3B"));
    }
    assertEquals(expected, rawUris());
    for (int i = 0; i < values.size(); i++) {
      URI seen = URI.create(server.requests().get(i).rawUri());
      assertEquals("/api/files/" + values.get(i), seen.getPath());
      assertNull(seen.getRawQuery());
      assertNull(seen.getRawFragment());
    }
  }

  @TransportTest
  void reservedCharactersInQueryNamesAndValuesStayInOneParameter(TransportKind transport) {
    Api api = api(transport);
    List<String> values = inEveryPosition(RESERVED);
    for (String value : values) {
      api.query(value);
      api.queryMap(Map.of(value, value));
    }
    api.reservedName("v");

    List<String> expected = new ArrayList<>();
    for (String value : values) {
      String sent = escaped(value, "%23", "%3F", "%25", "%2B", "%20", "%2F", "%26", "%3D", "%3B");
      expected.add("/api/search?q=" + sent);
      expected.add("/api/search?" + sent + "=" + sent);
    }
    expected.add("/api/search?k%20%23%3F%25%2B%20%2F%26%3D%3B=v");
    assertEquals(expected, rawUris());
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      assertEquals(Map.of("q", value), parameters(server.requests().get(2 * i)));
      assertEquals(Map.of(value, value), parameters(server.requests().get(2 * i + 1)));
    }
    assertEquals(Map.of("k #?%+ /&=;", "v"), parameters(server.requests().get(2 * values.size())));
  }

  @TransportTest
  void reservedCharactersInAHeaderValueArriveAsOneValue(TransportKind transport) {
    Api api = api(transport);
    List<String> values = inEveryPosition(RESERVED.replace(" ", "")); // a server trims a value's outer spaces
    values.add("a b");
    for (String value : values) {
      api.header(value);
      api.headerMap(Map.of("X-Trace", value));
    }

    for (int i = 0; i < values.size(); i++) {
      for (Recorded request : server.requests().subList(2 * i, 2 * i + 2)) {
        assertEquals("/api/traced", request.rawUri());
        assertEquals(List.of(values.get(i)), request.headerValues("X-Trace"));
      }
    }
  }

  // --- Encoded paths ---

  @TransportTest
  void encodedPathKeepsSlashesAndEscapesButEscapesWhatWouldEndThePath(TransportKind transport) {
    Api api = api(transport);
    api.encodedPath("dir/sub dir/f%20g.txt");
    api.encodedPath("a%2Fb");
    api.encodedPath("a?b=c#d");
    api.encodedPath("a+b;c&d=e");
    api.encodedPath("%");
    api.encodedPath("100%");
    api.encodedPath("%zz/%2/a%g1");

    assertEquals(List.of(
        "/api/files/dir/sub%20dir/f%20g.txt",
        "/api/files/a%2Fb",
        "/api/files/a%3Fb=c%23d",
        "/api/files/a%2Bb%3Bc&d=e",
        "/api/files/%25",
        "/api/files/100%25",
        "/api/files/%25zz/%252/a%25g1"), rawUris());
    List<String> paths = server.requests().stream().map(request -> URI.create(request.rawUri()).getPath()).toList();
    assertEquals(List.of("/api/files/dir/sub dir/f g.txt", "/api/files/a/b", "/api/files/a?b=c#d",
        "/api/files/a+b;c&d=e", "/api/files/%", "/api/files/100%", "/api/files/%zz/%2/a%g1"), paths);
  }

  // --- Helpers ---

  /** {@code call} throws IllegalArgumentException naming {@code name}, and echoes no injected text. */
  private static void assertRejected(Executable call, String name) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(name), e.getMessage());
    assertFalse(e.getMessage().contains("Injected"), e.getMessage());
    assertFalse(e.getMessage().contains("\r") || e.getMessage().contains("\n") || e.getMessage().contains("\0"),
        e.getMessage());
  }

  /** Every request came with the expected method, and none carried a header the test tried to inject. */
  private void assertNothingInjected(String method) {
    for (Recorded request : server.requests()) {
      assertEquals(method, request.method(), request.rawUri());
      assertNull(request.header("X-Injected"), request.rawUri());
      assertFalse("elsewhere".equals(request.header("Host")), request.rawUri());
    }
  }

  private List<String> rawUris() {
    return server.requests().stream().map(Recorded::rawUri).toList();
  }

  /** Each character alone, first, in the middle and last, then all of them at once. */
  private static List<String> inEveryPosition(String characters) {
    List<String> values = new ArrayList<>();
    for (char c : characters.toCharArray()) {
      values.add(String.valueOf(c));
      values.add(c + "a");
      values.add("a" + c + "b");
      values.add("a" + c);
    }
    values.add(characters);
    return values;
  }

  /** {@code value} with each of {@link #RESERVED} replaced by its counterpart in {@code escapes}. */
  private static String escaped(String value, String... escapes) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      int at = RESERVED.indexOf(c);
      out.append(at < 0 ? String.valueOf(c) : escapes[at]);
    }
    return out.toString();
  }

  /** The query parameters of {@code request}, split on the raw {@code &} and {@code =}, then decoded. */
  private static Map<String, String> parameters(Recorded request) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : URI.create(request.rawUri()).getRawQuery().split("&", -1)) {
      String[] nameAndValue = pair.split("=", -1);
      assertEquals(2, nameAndValue.length, pair);
      parameters.put(decode(nameAndValue[0]), decode(nameAndValue[1]));
    }
    return parameters;
  }

  /** Percent-decoding alone: unlike a form decoder, it leaves {@code +} as it is. */
  private static String decode(String raw) {
    return URI.create("http://host/?" + raw).getQuery();
  }
}
