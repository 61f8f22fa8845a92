package io.courier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.courier.internal.BodyWriters;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The other request bodies: none, text, bytes, files and streams, and who decides the Content-Type. */
class RequestBodyKindsTest {
  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final Engine engine = server.courier().build().engine();
  private final Endpoint<Void> put = engine.endpoint("PUT", "/things/{id}").returning(Returns.discard());

  @Test
  void putWithoutBodySourceSendsContentLengthZero() {
    put.call("things/1").execute();

    RecordingServer.Recorded request = server.only();
    assertEquals(List.of("0"), request.headerValues("Content-Length"));
    assertEquals(0, request.body().length);
    assertNull(request.header("Content-Type"));
  }

  @Test
  void stringBodyIsUtf8TextPlain() {
    put.call("things/1").body("text", BodyWriters.string(), "héllo ✓").execute();

    RecordingServer.Recorded request = server.only();
    assertArrayEquals("héllo ✓".getBytes(StandardCharsets.UTF_8), request.body());
    assertEquals("text/plain; charset=UTF-8", request.header("Content-Type"));
    assertEquals("10", request.header("Content-Length"));
  }

  @Test
  void byteArrayBodyIsSentAsIs() {
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }

    put.call("things/1").body("data", BodyWriters.bytes(), bytes).execute();

    RecordingServer.Recorded request = server.only();
    assertArrayEquals(bytes, request.body());
    assertEquals("application/octet-stream", request.header("Content-Type"));
    assertEquals("256", request.header("Content-Length"));
  }

  @Test
  void pathBodyIsSentWithItsLength(@TempDir Path dir) throws Exception {
    byte[] bytes = new byte[100_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Path file = Files.write(dir.resolve("upload.bin"), bytes);

    put.call("things/1").body("file", BodyWriters.path(), file).execute();

    RecordingServer.Recorded request = server.only();
    assertArrayEquals(bytes, request.body());
    assertEquals("100000", request.header("Content-Length"));
  }

  @Test
  void inputStreamBodyIsStreamedChunked() {
    byte[] bytes = "streamed".getBytes(StandardCharsets.UTF_8);

    put.call("things/1").body("in", BodyWriters.inputStream(), new ByteArrayInputStream(bytes)).execute();

    RecordingServer.Recorded request = server.only();
    assertArrayEquals(bytes, request.body());
    assertEquals("chunked", request.header("Transfer-Encoding"));
  }

  @Test
  void callersContentTypeWinsOverTheDefault() {
    put.call("things/1")
        .header("Content-Type", "application/vnd.acme+json")
        .body("user", engine.writer(User.class), new User("Ada", 36))
        .execute();

    RecordingServer.Recorded request = server.only();
    assertEquals(List.of("application/vnd.acme+json"), request.headerValues("Content-Type"));
    assertEquals("{\"name\":\"Ada\",\"age\":36}", request.bodyText());
  }

  @Test
  void staticContentTypeHeaderWinsOverTheDefault() {
    Endpoint<Void> csv = engine.endpoint("PUT", "/things/{id}")
        .header("Content-Type", "text/csv")
        .returning(Returns.discard());

    csv.call("things/1").body("text", BodyWriters.string(), "a,b\n1,2\n").execute();

    assertEquals(List.of("text/csv"), server.only().headerValues("Content-Type"));
  }

  @Test
  void callersHeaderReplacesAStaticHeaderOfTheSameName() {
    Endpoint<Void> withAccept = engine.endpoint("PUT", "/things/{id}")
        .header("Accept", "application/json")
        .returning(Returns.discard());

    withAccept.call("things/1").header("accept", "text/plain").execute();

    assertEquals(List.of("text/plain"), server.only().headerValues("Accept"));
  }
}
