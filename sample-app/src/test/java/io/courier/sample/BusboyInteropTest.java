package io.courier.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.courier.Courier;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multipart bodies as a parser no one here wrote reads them: busboy (npm, the version pinned in
 * {@code src/test/node/multipart/package-lock.json}) behind node's http server lists each part it found.
 * Skipped, with the reason printed, when node or the fixture's {@code node_modules} ({@code npm ci}) is missing.
 */
class BusboyInteropTest {
  private static final Path FIXTURE = Path.of("src", "test", "node", "multipart");
  /** Why the tests are skipped; null when the server runs. */
  private static String skipped;
  private static Process node;
  private static int port;

  @TempDir
  Path directory;

  @BeforeAll
  static void startNode() throws IOException {
    if (!Files.isDirectory(FIXTURE.resolve("node_modules").resolve("busboy"))) {
      skip(FIXTURE + "/node_modules has no busboy: run npm ci in " + FIXTURE);
      return;
    }
    ServerProcesses.Node started;
    try {
      started = ServerProcesses.startNode(FIXTURE);
    } catch (IOException e) {
      skip("node is not installed or not on the PATH (" + e.getMessage() + ")");
      return;
    }
    node = started.process();
    port = started.port();
  }

  @AfterAll
  static void stopNode() {
    if (node != null) {
      ServerProcesses.stop(node);
    }
  }

  /** Skipping here rather than in {@code @BeforeAll} lets the build count each test as skipped. */
  @BeforeEach
  void skipWithoutNode() {
    Assumptions.assumeTrue(skipped == null, () -> skipped);
  }

  private static MultipartApi api(TransportKind transport) {
    return transport.configure(Courier.builder()).baseUri(URI.create("http://127.0.0.1:" + port + "/")).build()
        .create(MultipartApi.class);
  }

  @TransportTest
  void everyKindOfPartArrivesAsSent(TransportKind transport) throws Exception {
    byte[] thumb = bytes(1, 4096);
    byte[] doc = bytes(2, 5 * 1024 * 1024);
    Path file = Files.write(directory.resolve("report é.pdf"), doc);
    byte[] raw = "raw\r\n--not-a-boundary\r\n".getBytes(StandardCharsets.UTF_8);
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("note", "über 1 ✓");
    extra.put("blob", io.courier.Part.of("blob.bin", "application/x-blob", new ByteArrayInputStream(thumb)));

    JsonNode answer = new ObjectMapper().readTree(api(transport).upload("Hello\r\nworld", thumb, file,
        io.courier.Part.of("raw.txt", "text/x-raw", raw), new MultipartApi.Meta("Dune", 1965), extra));

    List<String> expected = List.of(
        part("title", null, "text/plain", "Hello\r\nworld".getBytes(StandardCharsets.UTF_8)),
        part("thumb", null, "application/octet-stream", thumb),
        part("doc", "report é.pdf", "application/octet-stream", doc),
        part("raw", "raw.txt", "text/x-raw", raw),
        part("meta", null, "application/json", "{\"title\":\"Dune\",\"year\":1965}".getBytes(StandardCharsets.UTF_8)),
        part("note", null, "text/plain", "über 1 ✓".getBytes(StandardCharsets.UTF_8)),
        part("blob", "blob.bin", "application/x-blob", thumb));
    List<String> arrived = new ArrayList<>();
    answer.get("parts").forEach(node -> arrived.add(part(node)));
    assertEquals(expected, arrived);
    // The stream part has no size, so the body goes chunked, without a Content-Length.
    assertEquals(true, answer.get("contentLength").isNull());
  }

  @TransportTest
  void aBodyOfKnownSizeSendsItsContentLength(TransportKind transport) throws Exception {
    byte[] content = bytes(3, 5 * 1024 * 1024);
    Path file = Files.write(directory.resolve("five.bin"), content);

    JsonNode answer = new ObjectMapper().readTree(api(transport).uploadFile("five", file));

    assertEquals(part("file", "five.bin", "application/octet-stream", content),
        part(answer.get("parts").get(1)));
    assertEquals(true, answer.get("contentLength").asLong() > content.length);
  }

  private static String part(String name, String fileName, String mimeType, byte[] content) {
    return part(name, fileName, mimeType, content.length, sha256(content));
  }

  /** A part as the node server reported it: its name, file name, type, length and SHA-256. */
  private static String part(JsonNode reported) {
    return part(reported.get("name").asText(),
        reported.get("filename").isNull() ? null : reported.get("filename").asText(),
        reported.get("mimeType").asText(), reported.get("length").asLong(), reported.get("sha256").asText());
  }

  private static String part(String name, String fileName, String mimeType, long length, String sha256) {
    return name + " filename=" + fileName + " " + mimeType + " " + length + " bytes sha-256 " + sha256;
  }

  private static byte[] bytes(long seed, int size) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Says on the console why the tests are skipped, where a skipped test's reason is easy to miss. */
  private static void skip(String reason) {
    skipped = "Busboy interop tests skipped: " + reason;
    System.out.println(skipped);
  }
}
