package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.EncodingException;
import io.courier.Response;
import io.courier.http.Multipart;
import io.courier.http.Part;
import io.courier.http.PartMap;
import io.courier.http.Path;
import io.courier.http.Post;
import io.courier.http.Put;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Multipart bodies, parsed strictly as they arrived: framing, names, file names, content types and bytes. */
class MultipartTest {
  interface UploadsApi {
    @Post("/albums/{id}")
    @Multipart
    void upload(@Path("id") long id, @Part("caption") String caption, @Part("thumb") byte[] thumb,
        @Part("photo") java.nio.file.Path photo, @Part("raw") io.courier.Part raw, @Part("owner") User owner);

    @Put("/forms/{name}")
    @Multipart
    Response<Void> put(@Path("name") String name, @Part("note") String note, @Part("data") io.courier.Part data);

    @Post("/forms")
    @Multipart
    void submit(@PartMap Map<String, ?> parts);
  }

  /** Every byte value, and CR, LF and a dash line inside: content a sloppy framing would cut short. */
  private static final byte[] BINARY = binary();

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  @TempDir
  java.nio.file.Path directory;
  private UploadsApi api;

  @BeforeEach
  void create(TransportKind transport) {
    api = server.courier(transport).build().create(UploadsApi.class);
  }

  private static byte[] binary() {
    byte[] bytes = new byte[256 + 12];
    for (int i = 0; i < 256; i++) {
      bytes[i] = (byte) i;
    }
    System.arraycopy("\r\n--courier-".getBytes(StandardCharsets.US_ASCII), 0, bytes, 256, 12);
    return bytes;
  }

  @TransportTest
  void eachKindOfPartArrivesByteForByte() throws IOException {
    java.nio.file.Path photo = Files.write(directory.resolve("photo.jpg"), BINARY);

    api.upload(7, "héllo\r\nwörld", BINARY, photo,
        io.courier.Part.of("a \"quoted\" name.png", "image/png", new byte[] {'\r', '\n', 0, -1}), new User("Ada", 36));

    RecordingServer.Recorded request = server.only();
    String contentType = request.header("Content-Type");
    assertTrue(MultipartParser.boundary(contentType).length() >= 30, contentType);
    assertEquals(String.valueOf(request.body().length), request.header("Content-Length"));
    List<MultipartParser.Parsed> parts = MultipartParser.parse(contentType, request.body());
    assertEquals(5, parts.size());
    assertPart(parts.get(0), "caption", null, null, "héllo\r\nwörld".getBytes(StandardCharsets.UTF_8));
    assertPart(parts.get(1), "thumb", null, "application/octet-stream", BINARY);
    assertPart(parts.get(2), "photo", "photo.jpg", "application/octet-stream", BINARY);
    // A quote in a file name is escaped as %22, as browsers do, so the quoted string stays whole.
    assertPart(parts.get(3), "raw", "a %22quoted%22 name.png", "image/png", new byte[] {'\r', '\n', 0, -1});
    assertPart(parts.get(4), "owner", null, "application/json",
        "{\"name\":\"Ada\",\"age\":36}".getBytes(StandardCharsets.UTF_8));
  }

  @TransportTest
  void aStreamPartIsSentChunkedWithoutContentLength() {
    api.put("n", "text", io.courier.Part.of("s.bin", "application/x-s", new ByteArrayInputStream(BINARY)));

    RecordingServer.Recorded request = server.only();
    assertNull(request.header("Content-Length"));
    List<MultipartParser.Parsed> parts = MultipartParser.parse(request.header("Content-Type"), request.body());
    assertPart(parts.get(0), "note", null, null, "text".getBytes(StandardCharsets.UTF_8));
    assertPart(parts.get(1), "data", "s.bin", "application/x-s", BINARY);
  }

  /** The body is made once per call, so a retry resends it with the same boundary, byte for byte. */
  @TransportTest
  void aReplayableBodyIsResentIdenticallyWithTheSameBoundary() {
    server.replies(Reply.status(503).header("Retry-After", "0"), Reply.status(204));

    Response<Void> response = api.put("n", "text", io.courier.Part.of("b.bin", "application/x-b", BINARY));

    assertEquals(204, response.status());
    List<RecordingServer.Recorded> requests = server.requests();
    assertEquals(2, requests.size());
    assertEquals(requests.get(0).header("Content-Type"), requests.get(1).header("Content-Type"));
    assertArrayEquals(requests.get(0).body(), requests.get(1).body());
    assertEquals(2, MultipartParser.parse(requests.get(1).header("Content-Type"), requests.get(1).body()).size());
  }

  @TransportTest
  void aStreamPartIsNeverResent() {
    server.replies(Reply.status(503).header("Retry-After", "0"), Reply.status(204));

    Response<Void> response =
        api.put("n", "text", io.courier.Part.of("s.bin", "application/x-s", new ByteArrayInputStream(BINARY)));

    assertEquals(503, response.status());
    assertEquals(1, server.requests().size());
  }

  @TransportTest
  void eachCallHasItsOwnBoundaryAndNullPartsAreLeftOut() {
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("a", "1");
    parts.put("skipped", null);
    parts.put("b", BINARY);
    parts.put("c", new User("Bo", 9));
    api.submit(parts);
    api.submit(parts);

    List<RecordingServer.Recorded> requests = server.requests();
    assertNotEquals(requests.get(0).header("Content-Type"), requests.get(1).header("Content-Type"));
    List<MultipartParser.Parsed> parsed = MultipartParser.parse(requests.get(0).header("Content-Type"),
        requests.get(0).body());
    assertEquals(List.of("a", "b", "c"), parsed.stream().map(MultipartParser.Parsed::name).toList());
    assertPart(parsed.get(1), "b", null, "application/octet-stream", BINARY);
    assertEquals("application/json", parsed.get(2).contentType());
  }

  @TransportTest
  void aBodyWithoutPartsIsTheCloseDelimiterAlone() {
    api.submit(Map.of());

    RecordingServer.Recorded request = server.only();
    String boundary = MultipartParser.boundary(request.header("Content-Type"));
    // RFC 2046's body without parts: no CRLF before the delimiter, as there is no part for it to end.
    assertEquals("--" + boundary + "--\r\n", request.bodyText());
    assertEquals(String.valueOf(request.body().length), request.header("Content-Length"));
  }

  @TransportTest
  void aFileNameWithALineBreakIsRefusedAndNothingIsSent() {
    io.courier.Part evil = io.courier.Part.of("x\r\nContent-Type: text/html", "text/plain", new byte[0]);

    assertThrows(EncodingException.class, () -> api.put("n", "t", evil));
    assertEquals(0, server.requests().size());
  }

  @TransportTest
  void aStreamInAPartMapIsRefusedWithWhatToUseInstead() {
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("title", "kept back");
    parts.put("scan", new ByteArrayInputStream(BINARY));

    EncodingException e = assertThrows(EncodingException.class, () -> api.submit(parts));
    assertTrue(e.getMessage().contains("'scan'") && e.getMessage().contains("Part.of"), e.getMessage());
    assertEquals(0, server.requests().size());
  }

  private static void assertPart(MultipartParser.Parsed part, String name, String fileName, String contentType,
      byte[] content) {
    assertEquals(name, part.name());
    assertEquals(fileName, part.fileName());
    assertEquals(contentType, part.contentType());
    assertArrayEquals(content, part.content());
  }
}
