package io.courier.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.courier.Courier;
import io.courier.HttpStatusException;
import io.courier.Response;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated client against nginx's WebDAV module, a server Courier did not write: PUT answers 201 then 204,
 * a PUT to a collection 409, and the file on disk holds exactly the bytes sent. Skipped when nginx is absent.
 */
class NginxWebDavTest {
  private static Nginx nginx;
  private DocumentsApi api;
  /** Why the tests are skipped; null when nginx runs. */
  private static String skipped;

  @BeforeAll
  static void startNginx(@TempDir Path dir) throws Exception {
    Optional<Path> executable = Nginx.locate();
    if (executable.isEmpty()) {
      skip("nginx is not installed (looked for /usr/sbin/nginx and on the PATH);"
          + " on Debian or Ubuntu: apt-get install nginx-light");
      return;
    }
    String description = Nginx.describe(executable.get());
    if (!description.contains("--with-http_dav_module")) {
      skip(executable.get() + " was built without the WebDAV module (--with-http_dav_module)");
      return;
    }
    nginx = Nginx.start(executable.get(), description, dir);
  }

  /** Skipping here rather than in {@code @BeforeAll} lets the build count each test as skipped. */
  @BeforeEach
  void requireNginx(TransportKind transport) throws IOException {
    Assumptions.assumeTrue(skipped == null, () -> skipped);
    emptyTheRoot(); // each test, on each transport, starts from an empty server: a first PUT must create
    api = transport.configure(Courier.builder()).baseUri(nginx.baseUri()).build().create(DocumentsApi.class);
  }

  /** Deletes what earlier tests stored, keeping the root itself, which nginx serves. */
  private static void emptyTheRoot() throws IOException {
    try (Stream<Path> stored = Files.walk(nginx.root())) {
      for (Path path : stored.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(nginx.root())) {
          Files.delete(path);
        }
      }
    }
  }

  @AfterAll
  static void stopNginx() {
    if (nginx != null) {
      nginx.close();
    }
  }

  @TransportTest
  void putCreatesWith201ThenReplacesWith204() throws Exception {
    Document first = new Document("Interop", "first version", List.of("nginx"));
    Document second = new Document("Interop", "second version", List.of("nginx", "webdav"));

    Response<Document> created = api.put("interop", first);
    Response<Document> replaced = api.put("interop", second);
    Response<Document> again = api.putAsync("interop", second).join();

    assertAll(
        () -> assertEquals(201, created.status(), "first PUT"),
        () -> assertTrue(created.isCreated()),
        () -> assertEquals(Optional.of(nginx.baseUri().resolve("/documents/interop")), created.location()),
        () -> assertEquals(204, replaced.status(), "second PUT"),
        () -> assertEquals(204, again.status(), "async PUT of the same document"));
    Document onDisk = new ObjectMapper().readValue(
        nginx.root().resolve("documents/interop").toFile(), Document.class);
    assertEquals(second, onDisk);
  }

  @TransportTest
  void uploadedFileHoldsExactlyTheBytesSent(@TempDir Path dir) throws Exception {
    Path first = randomFile(dir.resolve("first.bin"), 3 * 1024 * 1024 + 17, 1);
    Path second = randomFile(dir.resolve("second.bin"), 1024 * 1024 + 3, 2);
    Path stored = nginx.root().resolve("files/uploads/data.bin");

    assertEquals(201, api.upload("uploads/data.bin", first).status(), "first upload");
    assertEquals(-1, Files.mismatch(first, stored), "the stored file differs from the one sent");
    assertEquals(204, api.upload("uploads/data.bin", second).status(), "second upload");
    assertEquals(-1, Files.mismatch(second, stored), "the stored file differs from the one sent");
  }

  @TransportTest
  void putToACollectionIs409() throws Exception {
    api.write("folder/inside.txt", "makes folder a directory");

    HttpStatusException toSlash = assertThrows(HttpStatusException.class, () -> api.write("folder/", "x"));
    HttpStatusException toDirectory = assertThrows(HttpStatusException.class, () -> api.write("folder", "x"));

    assertAll(
        () -> assertEquals(409, toSlash.status(), nginxLog()),
        () -> assertEquals("PUT", toSlash.method()),
        () -> assertEquals("/files/folder/", toSlash.uri().getRawPath()),
        () -> assertEquals(409, toDirectory.status(), nginxLog()),
        () -> assertTrue(Files.isDirectory(nginx.root().resolve("files/folder"))));
  }

  @TransportTest
  void formFieldsAreStoredAsSent() throws Exception {
    Response<Void> response = api.saveSettings("interop", "value1", "value2");

    assertEquals(201, response.status());
    assertEquals("key1=value1&key2=value2",
        Files.readString(nginx.root().resolve("settings/interop"), StandardCharsets.UTF_8));
  }

  @TransportTest
  void headSaysWhetherADocumentExists() {
    api.put("present", new Document("Present", "here", List.of()));

    assertTrue(api.exists("present"));
    assertFalse(api.exists("absent"));
  }

  @TransportTest
  void mainTalksToNginxWithBaseUrl(TransportKind transport) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = Main.run(new String[] {"--base-url", nginx.baseUri().toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        transport::configure);

    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, printed + err.toString(StandardCharsets.UTF_8));
    assertAll(
        () -> assertTrue(printed.contains("PUT /documents/welcome -> 201"), printed),
        () -> assertTrue(printed.contains("PUT /documents/welcome -> 204"), printed),
        () -> assertTrue(printed.contains("PUT /files/notes/ -> 409"), printed),
        () -> assertTrue(printed.contains("'server': 'nginx/"), printed),
        () -> assertTrue(printed.endsWith("runs against the embedded server only: skipped." + System.lineSeparator()),
            printed));
  }

  private static Path randomFile(Path file, int size, long seed) throws Exception {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return Files.write(file, bytes);
  }

  private static String nginxLog() {
    try {
      return "nginx error log:\n" + nginx.log();
    } catch (Exception e) {
      return "nginx error log unreadable: " + e;
    }
  }

  /** Says on the console why the tests are skipped, where a skipped test's reason is easy to miss. */
  private static void skip(String reason) {
    skipped = reason;
    System.out.println("NginxWebDavTest skipped: " + reason);
  }
}
