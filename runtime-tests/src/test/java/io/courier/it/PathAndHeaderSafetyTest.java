package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.http.Path;
import io.courier.http.Put;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Path values keep what a segment may hold and are never null. Hostile values of every binding (dot segments, CR/LF,
 * characters that end a segment) are {@link SecurityCasesTest}'s; CR/LF in a static {@code @Headers} entry is a
 * compile-time error, which the processor's diagnostics tests check.
 */
class PathAndHeaderSafetyTest {
  /** One path segment. */
  interface FilesApi {
    @Put("/files/{name}")
    void putFile(@Path("name") String name);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();

  private FilesApi api(TransportKind transport) {
    return server.courier(transport).build().create(FilesApi.class);
  }

  @TransportTest
  void pathValueKeepsSubDelimsAndEncodesUnicodeAsUtf8(TransportKind transport) {
    api(transport).putFile("x:y@z=1,(2)!~é+;");

    assertEquals("/api/files/x:y@z=1,(2)!~%C3%A9%2B%3B", server.only().rawUri());
  }

  @TransportTest
  void nullPathIsRejectedBeforeAnyRequest(TransportKind transport) {
    FilesApi api = api(transport);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> api.putFile(null));

    assertTrue(e.getMessage().contains("'name'"), e.getMessage());
    assertEquals(0, server.requests().size());
  }
}
