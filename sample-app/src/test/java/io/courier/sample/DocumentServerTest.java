package io.courier.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.Courier;
import io.courier.HttpStatusException;
import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.Header;
import io.courier.http.Path;
import io.courier.http.Put;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The embedded server's PUT rules, seen through generated clients: what it answers and what it never echoes. */
class DocumentServerTest {
  /** Sends what the typed API cannot: raw text under any media type, or a PUT to the collection itself. */
  interface RawApi {
    @Put("/documents/{key}")
    Response<Void> putText(
        @Path("key") String key, @Header("Content-Type") String contentType, @Body String body);

    @Put("/documents/{path}")
    Response<Void> putAt(@Path(value = "path", encoded = true) String path, @Body Document document);

    @Put("/settings/{section}")
    Response<Void> putSettings(
        @Path("section") String section, @Header("Content-Type") String contentType, @Body String body);
  }

  private DocumentServer server;
  private DocumentsApi api;
  private RawApi raw;

  @BeforeEach
  void start(TransportKind transport) throws Exception {
    server = DocumentServer.start();
    Courier courier = transport.configure(Courier.builder()).baseUri(server.baseUri()).build();
    api = courier.create(DocumentsApi.class);
    raw = courier.create(RawApi.class);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @TransportTest
  void createAnswers201WithLocationEtagAndTheDocument() {
    Document document = new Document("Title", "Text", List.of("a", "b"));

    Response<Document> created = api.put("doc", document);

    assertAll(
        () -> assertEquals(201, created.status()),
        () -> assertEquals(Optional.of(server.baseUri().resolve("/documents/doc")), created.location()),
        () -> assertTrue(created.etag().isPresent()),
        () -> assertEquals(document, created.body()));
  }

  @TransportTest
  void replaceAnswers204WithANewEtagAndNoBody() {
    Response<Document> created = api.put("doc", new Document("One", "1", List.of()));

    Response<Document> replaced = api.put("doc", new Document("Two", "2", List.of()));

    assertEquals(204, replaced.status());
    assertNull(replaced.body());
    assertTrue(replaced.location().isEmpty());
    assertFalse(replaced.etag().equals(created.etag()), "a new representation needs a new ETag");
  }

  @TransportTest
  void ifMatchIsCheckedBeforeAnythingChanges() {
    Document original = new Document("Original", "text", List.of());
    String etag = api.put("doc", original).etag().orElseThrow();

    Response<Document> stale = api.putIfMatch("doc", "\"0000000000000000\"", new Document("X", "x", List.of()));
    Response<Document> missing = api.putIfMatch("new", "*", original);
    Response<Document> fresh = api.putIfMatch("doc", etag, new Document("Y", "y", List.of()));

    assertAll(
        () -> assertEquals(412, stale.status()),
        () -> assertEquals("If-Match does not match the current ETag\n",
            new String(stale.errorBody(), StandardCharsets.UTF_8)),
        () -> assertEquals(412, missing.status(), "If-Match: * needs a current representation"),
        () -> assertFalse(api.exists("new")),
        () -> assertEquals(204, fresh.status()));
  }

  @TransportTest
  void malformedJsonIs400AndTheAnswerQuotesNothingSent() {
    Response<Void> response = raw.putText("doc", "application/json", "{\"title\": \"s3cret-value");

    String body = new String(response.errorBody(), StandardCharsets.UTF_8);
    assertEquals(400, response.status());
    assertFalse(body.contains("s3cret"), body);
    assertFalse(api.exists("doc"));
  }

  @TransportTest
  void wrongMediaTypeIs415() {
    assertEquals(415, raw.putText("doc", "text/plain", "{}").status());
    assertEquals(415, raw.putSettings("general", "application/json", "{}").status());
  }

  @TransportTest
  void malformedFormIs400() {
    assertEquals(400, raw.putSettings("general", "application/x-www-form-urlencoded", "key1=%zz").status());
    assertEquals(400, raw.putSettings("general", "application/x-www-form-urlencoded", "=value").status());
  }

  @TransportTest
  void putToADocumentCollectionIs409() {
    // The typed API refuses an empty key before sending; an encoded path may address the collection on purpose.
    assertThrows(IllegalArgumentException.class, () -> api.put("", new Document("No key", "", List.of())));
    Response<Void> response = raw.putAt("", new Document("No key", "", List.of()));

    assertEquals(409, response.status());
    assertEquals("/documents/", response.uri().getRawPath());
  }

  @TransportTest
  void filesFollowWebDavCollections() {
    api.write("dir/file.txt", "a file inside dir");

    HttpStatusException slash = assertThrows(HttpStatusException.class, () -> api.write("dir/", "x"));
    HttpStatusException directory = assertThrows(HttpStatusException.class, () -> api.write("dir", "x"));
    HttpStatusException underFile =
        assertThrows(HttpStatusException.class, () -> api.write("dir/file.txt/child", "x"));

    assertAll(
        () -> assertEquals(409, slash.status()),
        () -> assertEquals("cannot PUT to a collection", slash.bodyAsString().strip()),
        () -> assertEquals(409, directory.status()),
        () -> assertEquals(409, underFile.status()),
        () -> assertTrue(underFile.getMessage().contains("/files/dir/file.txt/child"), underFile::getMessage));
  }

  @TransportTest
  void keysAreOnePathSegment() {
    Response<Document> response = api.put("a/b c", new Document("Encoded", "", List.of()));

    assertEquals(201, response.status());
    assertEquals("/documents/a%2Fb%20c", response.uri().getRawPath());
    assertTrue(api.exists("a/b c"));
  }
}
