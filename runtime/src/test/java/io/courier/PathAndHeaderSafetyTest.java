package io.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import io.courier.internal.UrlEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Path values are one escaped segment, dot segments and nulls are rejected, CR/LF never reach a header. */
class PathAndHeaderSafetyTest {
  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final Engine engine = server.courier().build().engine();
  private final Endpoint<Void> put = engine.endpoint("PUT", "/files/{name}").withBody().idempotent().returning(Returns.discard());

  private void putFile(Object name) {
    put.call("files/" + UrlEncoding.pathSegment("name", name)).execute();
  }

  @Test
  void pathValueIsEscapedAsOneSegment() {
    putFile("a b/c?d#e%");

    assertEquals("/api/files/a%20b%2Fc%3Fd%23e%25", server.only().rawUri());
  }

  @Test
  void pathValueKeepsSubDelimsAndEncodesUnicodeAsUtf8() {
    putFile("x:y@z=1,(2)!~é+;");

    assertEquals("/api/files/x:y@z=1,(2)!~%C3%A9%2B%3B", server.only().rawUri());
  }

  @Test
  void dotSegmentsAreRejectedBeforeAnyRequest() {
    for (String dots : new String[] {".", ".."}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> putFile(dots));
      assertTrue(e.getMessage().contains("'name'"), e.getMessage());
    }
    assertEquals(0, server.requests().size());
  }

  @Test
  void nullPathIsRejectedBeforeAnyRequest() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> putFile(null));

    assertTrue(e.getMessage().contains("'name'"), e.getMessage());
    assertEquals(0, server.requests().size());
  }

  @Test
  void encodedPathKeepsSlashesButRejectsDotSegments() {
    put.call("files/" + UrlEncoding.pathSegments("name", "dir/sub dir/f%20g.txt")).execute();
    assertEquals("/api/files/dir/sub%20dir/f%20g.txt", server.only().rawUri());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> put.call("files/" + UrlEncoding.pathSegments("name", "a/%2e%2E/b")).execute());
    assertTrue(e.getMessage().contains("'name'"), e.getMessage());
    assertEquals(1, server.requests().size());
  }

  @Test
  void crOrLfInACallHeaderIsRejectedBeforeAnyRequest() {
    for (String value : new String[] {"abc\r\nX-Injected: 1", "abc\nX-Injected: 1", "abc\r"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> put.call("files/a").header("X-Trace", value).execute());
      assertTrue(e.getMessage().contains("X-Trace"), e.getMessage());
      assertFalse(e.getMessage().contains("Injected"), e.getMessage());
    }
    assertEquals(0, server.requests().size());
  }

  @Test
  void crOrLfInAStaticOrDefaultHeaderIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> engine.endpoint("GET", "/x").idempotent().header("X-Static", "a\r\nb: c"));
    assertThrows(IllegalArgumentException.class,
        () -> Courier.builder().defaultHeader("X-Default", "a\nb"));
  }
}
