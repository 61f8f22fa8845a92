package io.courier.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.courier.Courier;
import io.courier.HttpStatusException;
import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.Get;
import io.courier.http.Header;
import io.courier.http.Patch;
import io.courier.http.Post;
import io.courier.http.Put;
import io.courier.http.Query;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The embedded server's notes, seen through the generated {@link NotesApi}: POST, GET, PATCH and DELETE. */
class NotesTest {
  /** Sends what the typed API cannot: no Idempotency-Key, a misspelt filter, any patch body, PUT. */
  interface RawNotesApi {
    @Post("/notes")
    Response<Void> createWithoutKey(@Body Note.Draft draft);

    @Get("/notes")
    Response<Void> listByTags(@Query("tags") String tags);

    @Patch("/notes/{id}")
    Response<Void> patch(String id, @Header("Content-Type") String contentType, @Body String body);

    @Put("/notes")
    Response<Void> put(@Body Note.Draft draft);
  }

  private static final Note.Draft DRAFT = new Note.Draft("C++ and Java", List.of("lang", "todo"));

  private DocumentServer server;
  private NotesApi api;
  private RawNotesApi raw;

  @BeforeEach
  void start(TransportKind transport) throws Exception {
    server = DocumentServer.start();
    Courier courier = transport.configure(Courier.builder()).baseUri(server.baseUri()).build();
    api = courier.create(NotesApi.class);
    raw = courier.create(RawNotesApi.class);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @TransportTest
  void tourShowsEachVerbInOrder() {
    List<Tour.Exchange> exchanges = new NotesTour(api, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8)).run();

    assertEquals(List.of(
        "POST /notes 201", "POST /notes 201", "POST /notes 201", "GET /notes/1 200",
        "GET /notes?tag=courier&tag=todo 200", "PATCH /notes/1 0", "DELETE /notes/2 0", "GET /notes/2 404"),
        exchanges.stream().map(e -> e.method() + " " + e.path() + " " + e.status()).toList());
    assertEquals(List.of(), exchanges.stream().filter(e -> !e.asExpected()).toList());
  }

  @TransportTest
  void aRepeatedKeyGetsTheFirstAnswerAndMakesNoSecondNote() {
    UUID key = UUID.randomUUID();

    Response<Note> first = api.create(key, DRAFT);
    Response<Note> again = api.create(key, DRAFT);

    Note note = new Note("1", DRAFT.text(), DRAFT.tags());
    assertAll(
        () -> assertEquals(201, first.status()),
        () -> assertEquals(Optional.of(server.baseUri().resolve("/notes/1")), first.location()),
        () -> assertEquals(note, first.body()),
        () -> assertEquals(Optional.empty(), first.headers().firstValue("Idempotent-Replayed")),
        () -> assertEquals(201, again.status()),
        () -> assertEquals(first.location(), again.location()),
        () -> assertEquals(note, again.body()),
        () -> assertEquals(Optional.of("true"), again.headers().firstValue("Idempotent-Replayed")),
        () -> assertEquals(List.of(note), api.list(null, null).body()));
  }

  @TransportTest
  void aKeyReusedForAnotherDraftIs422AndAMissingKeyIs400() {
    UUID key = UUID.randomUUID();
    api.create(key, DRAFT);

    Response<Note> reused = api.create(key, new Note.Draft("Something else", List.of()));
    Response<Void> keyless = raw.createWithoutKey(DRAFT);

    assertEquals(422, reused.status());
    assertEquals(400, keyless.status());
    assertEquals(1, api.list(null, null).body().size());
  }

  @TransportTest
  void listKeepsNotesWithEveryTagAndTheText() {
    api.create(UUID.randomUUID(), DRAFT);
    api.create(UUID.randomUUID(), new Note.Draft("Java only", List.of("lang")));
    api.create(UUID.randomUUID(), new Note.Draft("Groceries", List.of("todo")));

    Response<List<Note>> both = api.list(List.of("lang", "todo"), null);

    assertAll(
        () -> assertEquals("tag=lang&tag=todo", both.uri().getRawQuery()),
        () -> assertEquals(List.of("1"), ids(both)),
        () -> assertEquals(List.of("1", "2"), ids(api.list(List.of("lang"), null))),
        () -> assertEquals(List.of("1"), ids(api.list(null, "c++ AND"))),
        () -> assertEquals(List.of("2"), ids(api.list(List.of("lang"), "only"))),
        () -> assertEquals(List.of("1", "2", "3"), ids(api.list(List.of(), null))),
        () -> assertEquals(400, raw.listByTags("lang").status(), "a misspelt filter must not match everything"));
  }

  @TransportTest
  void patchChangesOnlyTheMembersSent() {
    String id = api.create(UUID.randomUUID(), DRAFT).body().id();

    Note retagged = api.edit(id, null, List.of("done"));
    Note retitled = api.edit(id, "Rust", null);
    Note untagged = api.edit(id, null, List.of());

    assertAll(
        () -> assertEquals(new Note(id, "C++ and Java", List.of("done")), retagged),
        () -> assertEquals(new Note(id, "Rust", List.of("done")), retitled),
        () -> assertEquals(new Note(id, "Rust", List.of()), untagged),
        () -> assertEquals(Optional.of(untagged), api.find(id)));
  }

  @TransportTest
  void patchTakesOnlyAMergePatchOfTextAndTags() {
    String id = api.create(UUID.randomUUID(), DRAFT).body().id();
    String mergePatch = "application/merge-patch+json";

    assertAll(
        () -> assertEquals(415, raw.patch(id, "application/json", "{\"text\": \"x\"}").status()),
        () -> assertEquals(400, raw.patch(id, mergePatch, "{\"id\": \"9\"}").status()),
        () -> assertEquals(400, raw.patch(id, mergePatch, "{\"text\": 5}").status()),
        () -> assertEquals(400, raw.patch(id, mergePatch, "{\"tags\": [1]}").status()),
        () -> assertEquals(400, raw.patch(id, mergePatch, "[]").status()),
        () -> assertEquals(Optional.of(new Note(id, DRAFT.text(), DRAFT.tags())), api.find(id)),
        () -> assertEquals(404, assertThrows(HttpStatusException.class, () -> api.edit("9", "x", null)).status()));
  }

  @TransportTest
  void deleteThenGetIsEmptyAndASecondDeleteIs404() {
    String id = api.create(UUID.randomUUID(), DRAFT).body().id();

    api.delete(id);

    HttpStatusException again = assertThrows(HttpStatusException.class, () -> api.delete(id));
    assertAll(
        () -> assertEquals(Optional.empty(), api.find(id)),
        () -> assertEquals(404, again.status()),
        () -> assertEquals("DELETE", again.method()),
        () -> assertEquals("/notes/" + id, again.uri().getRawPath()));
  }

  @TransportTest
  void otherMethodsAre405WithAllow() {
    Response<Void> put = raw.put(DRAFT);

    assertEquals(405, put.status());
    assertEquals(Optional.of("GET, POST"), put.headers().firstValue("Allow"));
  }

  private static List<String> ids(Response<List<Note>> response) {
    return response.body().stream().map(Note::id).toList();
  }
}
