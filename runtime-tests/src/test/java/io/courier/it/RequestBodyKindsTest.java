package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.courier.EncodingException;
import io.courier.http.Body;
import io.courier.http.Header;
import io.courier.http.Headers;
import io.courier.http.Put;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The other request bodies: none, text, bytes, files and streams, and who decides the Content-Type. */
class RequestBodyKindsTest {
  // Un-annotated "id" parameters fill the {id} placeholder, which keeps @Path from clashing with java.nio.file.Path.
  /** One method per kind of request body, and the headers that decide its Content-Type. */
  interface ThingsApi {
    @Put("/things/{id}")
    void empty(String id);

    @Put("/things/{id}")
    void text(String id, @Body String text);

    @Put("/things/{id}")
    void bytes(String id, @Body byte[] data);

    @Put("/things/{id}")
    void file(String id, @Body Path file);

    @Put("/things/{id}")
    CompletableFuture<Void> fileAsync(String id, @Body Path file);

    @Put("/things/{id}")
    void typed(String id, @Header("Content-Type") String contentType, @Body User user);

    @Put("/things/{id}")
    @Headers("Content-Type: text/csv")
    void csv(String id, @Body String text);

    @Put("/things/{id}")
    @Headers("Accept: application/json")
    void accepting(String id, @Header("accept") String accept);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private ThingsApi api;
  private StreamPutApi streams;

  @BeforeEach
  void create(TransportKind transport) {
    api = server.courier(transport).build().create(ThingsApi.class);
    streams = server.courier(transport).build().create(StreamPutApi.class);
  }

  @TransportTest
  void putWithoutBodySourceSendsContentLengthZero() {
    api.empty("1");

    RecordingServer.Recorded request = server.only();
    assertEquals(List.of("0"), request.headerValues("Content-Length"));
    assertEquals(0, request.body().length);
    assertNull(request.header("Content-Type"));
  }

  @TransportTest
  void stringBodyIsUtf8TextPlain() {
    api.text("1", "héllo ✓");

    RecordingServer.Recorded request = server.only();
    assertArrayEquals("héllo ✓".getBytes(StandardCharsets.UTF_8), request.body());
    assertEquals("text/plain; charset=UTF-8", request.header("Content-Type"));
    assertEquals("10", request.header("Content-Length"));
  }

  @TransportTest
  void byteArrayBodyIsSentAsIs() {
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }

    api.bytes("1", bytes);

    RecordingServer.Recorded request = server.only();
    assertArrayEquals(bytes, request.body());
    assertEquals("application/octet-stream", request.header("Content-Type"));
    assertEquals("256", request.header("Content-Length"));
  }

  @TransportTest
  void pathBodyIsSentWithItsLength(@TempDir Path dir) throws Exception {
    byte[] bytes = new byte[100_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Path file = Files.write(dir.resolve("upload.bin"), bytes);

    api.file("1", file);

    RecordingServer.Recorded request = server.only();
    assertArrayEquals(bytes, request.body());
    assertEquals("100000", request.header("Content-Length"));
  }

  @TransportTest
  void missingFileFailsBeforeAnythingIsSent(@TempDir Path dir) {
    Path missing = dir.resolve("missing.bin");

    EncodingException failure = assertThrows(EncodingException.class, () -> api.file("1", missing));

    assertTrue(failure.getMessage().contains("missing.bin"), failure::getMessage);
    assertEquals(List.of(), server.requests());
  }

  @TransportTest
  void directoryIsRefusedBeforeAnythingIsSent(@TempDir Path dir) {
    EncodingException failure = assertThrows(EncodingException.class, () -> api.file("1", dir));

    assertTrue(failure.getMessage().contains("is a directory"), failure::getMessage);
    assertEquals(List.of(), server.requests());
  }

  @TransportTest
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void pipeIsStreamedChunkedWhileOtherCallsOfTheClientGoOn(@TempDir Path dir) throws Exception {
    Path pipe = dir.resolve("pipe");
    assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "needs mkfifo");

    CompletableFuture<Void> upload = api.fileAsync("piped", pipe);
    // Nothing writes to the pipe yet, so reading it blocks: only the upload's own thread, not the client's.
    api.text("other", "meanwhile");
    try (OutputStream writer = Files.newOutputStream(pipe)) { // opens once the upload has opened the pipe
      writer.write("through a pipe".getBytes(StandardCharsets.UTF_8));
    }
    upload.get(10, TimeUnit.SECONDS);

    RecordingServer.Recorded piped = server.requests().stream()
        .filter(request -> request.rawUri().endsWith("/things/piped")).findFirst().orElseThrow();
    assertEquals("through a pipe", piped.bodyText());
    assertEquals("chunked", piped.header("Transfer-Encoding"), "a pipe has no size to send");
  }

  @TransportTest
  void inputStreamBodyIsStreamedChunked() {
    byte[] bytes = "streamed".getBytes(StandardCharsets.UTF_8);

    streams.thing("1", new ByteArrayInputStream(bytes));

    RecordingServer.Recorded request = server.only();
    assertArrayEquals(bytes, request.body());
    assertEquals("chunked", request.header("Transfer-Encoding"));
  }

  @TransportTest
  void callersContentTypeWinsOverTheDefault() {
    api.typed("1", "application/vnd.acme+json", new User("Ada", 36));

    RecordingServer.Recorded request = server.only();
    assertEquals(List.of("application/vnd.acme+json"), request.headerValues("Content-Type"));
    assertEquals("{\"name\":\"Ada\",\"age\":36}", request.bodyText());
  }

  @TransportTest
  void staticContentTypeHeaderWinsOverTheDefault() {
    api.csv("1", "a,b\n1,2\n");

    assertEquals(List.of("text/csv"), server.only().headerValues("Content-Type"));
  }

  @TransportTest
  void callersHeaderReplacesAStaticHeaderOfTheSameName() {
    api.accepting("1", "text/plain");

    assertEquals(List.of("text/plain"), server.only().headerValues("Accept"));
  }
}
