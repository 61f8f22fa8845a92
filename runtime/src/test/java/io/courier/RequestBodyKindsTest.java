package io.courier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.courier.internal.BodyWriters;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The other request bodies: none, text, bytes, files and streams, and who decides the Content-Type. */
class RequestBodyKindsTest {
  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final Engine engine = server.courier().build().engine();
  private final Endpoint<Void> put = engine.endpoint("PUT", "/things/{id}").withBody().idempotent().returning(Returns.discard());

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
  void missingFileFailsBeforeAnythingIsSent(@TempDir Path dir) {
    Path missing = dir.resolve("missing.bin");

    EncodingException failure = assertThrows(EncodingException.class,
        () -> put.call("things/1").body("file", BodyWriters.path(), missing).execute());

    assertTrue(failure.getMessage().contains("missing.bin"), failure::getMessage);
    assertEquals(List.of(), server.requests());
  }

  @Test
  void directoryIsRefusedBeforeAnythingIsSent(@TempDir Path dir) {
    EncodingException failure = assertThrows(EncodingException.class,
        () -> put.call("things/1").body("file", BodyWriters.path(), dir).execute());

    assertTrue(failure.getMessage().contains("is a directory"), failure::getMessage);
    assertEquals(List.of(), server.requests());
  }

  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void pipeIsStreamedChunkedWhileOtherCallsOfTheClientGoOn(@TempDir Path dir) throws Exception {
    Path pipe = dir.resolve("pipe");
    assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "needs mkfifo");

    CompletableFuture<Void> upload = put.call("things/piped").body("file", BodyWriters.path(), pipe).executeAsync();
    // Nothing writes to the pipe yet, so reading it blocks: only the upload's own thread, not the client's.
    put.call("things/other").body("text", BodyWriters.string(), "meanwhile").execute();
    try (OutputStream writer = Files.newOutputStream(pipe)) { // opens once the upload has opened the pipe
      writer.write("through a pipe".getBytes(StandardCharsets.UTF_8));
    }
    upload.get(10, TimeUnit.SECONDS);

    RecordingServer.Recorded piped = server.requests().stream()
        .filter(request -> request.rawUri().endsWith("/things/piped")).findFirst().orElseThrow();
    assertEquals("through a pipe", piped.bodyText());
    assertEquals("chunked", piped.header("Transfer-Encoding"), "a pipe has no size to send");
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
    Endpoint<Void> csv = engine.endpoint("PUT", "/things/{id}").withBody().idempotent()
        .header("Content-Type", "text/csv")
        .returning(Returns.discard());

    csv.call("things/1").body("text", BodyWriters.string(), "a,b\n1,2\n").execute();

    assertEquals(List.of("text/csv"), server.only().headerValues("Content-Type"));
  }

  @Test
  void callersHeaderReplacesAStaticHeaderOfTheSameName() {
    Endpoint<Void> withAccept = engine.endpoint("PUT", "/things/{id}").withBody().idempotent()
        .header("Accept", "application/json")
        .returning(Returns.discard());

    withAccept.call("things/1").header("accept", "text/plain").execute();

    assertEquals(List.of("text/plain"), server.only().headerValues("Accept"));
  }
}
