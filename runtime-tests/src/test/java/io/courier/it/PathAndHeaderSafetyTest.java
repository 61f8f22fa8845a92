package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.Courier;
import io.courier.http.Header;
import io.courier.http.Path;
import io.courier.http.Put;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Path values are one escaped segment, dot segments and nulls are rejected, CR/LF never reach a header. (CR/LF in a
 * static {@code @Headers} entry is a compile-time error, which the processor's diagnostics tests check.)
 */
class PathAndHeaderSafetyTest {
  /** A path segment, an encoded path and a call header, each fed hostile values. */
  interface FilesApi {
    @Put("/files/{name}")
    void putFile(@Path("name") String name);

    @Put("/files/{name}")
    void putEncoded(@Path(value = "name", encoded = true) String name);

    @Put("/files/{name}")
    void putTraced(@Path("name") String name, @Header("X-Trace") String trace);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();

  private FilesApi api(TransportKind transport) {
    return server.courier(transport).build().create(FilesApi.class);
  }

  @TransportTest
  void pathValueIsEscapedAsOneSegment(TransportKind transport) {
    api(transport).putFile("a b/c?d#e%");

    assertEquals("/api/files/a%20b%2Fc%3Fd%23e%25", server.only().rawUri());
  }

  @TransportTest
  void pathValueKeepsSubDelimsAndEncodesUnicodeAsUtf8(TransportKind transport) {
    api(transport).putFile("x:y@z=1,(2)!~é+;");

    assertEquals("/api/files/x:y@z=1,(2)!~%C3%A9%2B%3B", server.only().rawUri());
  }

  @TransportTest
  void dotSegmentsAreRejectedBeforeAnyRequest(TransportKind transport) {
    FilesApi api = api(transport);
    for (String dots : new String[] {".", ".."}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> api.putFile(dots));
      assertTrue(e.getMessage().contains("'name'"), e.getMessage());
    }
    assertEquals(0, server.requests().size());
  }

  @TransportTest
  void nullPathIsRejectedBeforeAnyRequest(TransportKind transport) {
    FilesApi api = api(transport);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> api.putFile(null));

    assertTrue(e.getMessage().contains("'name'"), e.getMessage());
    assertEquals(0, server.requests().size());
  }

  @TransportTest
  void encodedPathKeepsSlashesButRejectsDotSegments(TransportKind transport) {
    FilesApi api = api(transport);
    api.putEncoded("dir/sub dir/f%20g.txt");
    assertEquals("/api/files/dir/sub%20dir/f%20g.txt", server.only().rawUri());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> api.putEncoded("a/%2e%2E/b"));
    assertTrue(e.getMessage().contains("'name'"), e.getMessage());
    assertEquals(1, server.requests().size());
  }

  @TransportTest
  void crOrLfInACallHeaderIsRejectedBeforeAnyRequest(TransportKind transport) {
    FilesApi api = api(transport);
    for (String value : new String[] {"abc\r\nX-Injected: 1", "abc\nX-Injected: 1", "abc\r"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> api.putTraced("a", value));
      assertTrue(e.getMessage().contains("X-Trace"), e.getMessage());
      assertFalse(e.getMessage().contains("Injected"), e.getMessage());
    }
    assertEquals(0, server.requests().size());
  }

  @Test
  void crOrLfInADefaultHeaderIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Courier.builder().defaultHeader("X-Default", "a\nb"));
  }
}
