package io.courier.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.Courier;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the sample end to end, in this JVM, against the embedded server over loopback. */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TransportTest
  void tourGetsPutsStatusesInOrder(TransportKind transport) throws Exception {
    try (DocumentServer server = DocumentServer.start()) {
      DocumentsApi api = transport.configure(Courier.builder()).baseUri(server.baseUri()).build()
          .create(DocumentsApi.class);

      List<Tour.Exchange> exchanges = new Tour(api, printer(out)).run();

      assertEquals(List.of(
          "PUT /documents/welcome 201",
          "PUT /documents/welcome 204",
          "PUT /documents/welcome 412",
          "PUT /documents/welcome 204",
          "PUT /settings/general 201",
          "PUT /files/notes/readme.txt 201",
          "PUT /files/notes/ 409",
          "PUT /documents/from-async 201"),
          exchanges.stream().map(e -> e.method() + " " + e.path() + " " + e.status()).toList());
      assertTrue(exchanges.stream().allMatch(Tour.Exchange::asExpected));
    }
  }

  @TransportTest
  void mainStartsTheEmbeddedServerAndPrintsEachExchange(TransportKind transport) {
    int exit = Main.run(new String[0], printer(out), printer(err), transport::configure);

    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, printed + err.toString(StandardCharsets.UTF_8));
    assertAll(
        () -> assertTrue(printed.startsWith("Courier sample: PUT requests to http://127.0.0.1:"), printed),
        () -> assertTrue(printed.contains("(the embedded server)"), printed),
        () -> assertTrue(lines(printed).contains("PUT /documents/welcome -> 201"), printed),
        () -> assertTrue(printed.contains("'location': '/documents/welcome'"), printed),
        () -> assertTrue(printed.contains("  body: Document[title=Welcome"), printed),
        () -> assertTrue(lines(printed).contains("PUT /documents/welcome -> 204"), printed),
        () -> assertTrue(lines(printed).contains("PUT /documents/welcome -> 412"), printed),
        () -> assertTrue(lines(printed).contains("Versioned.update /documents/welcome -> tags [intro, updated]"),
            printed),
        () -> assertTrue(lines(printed).contains("PUT /settings/general -> 201"), printed),
        () -> assertTrue(lines(printed).contains("PUT /files/notes/readme.txt -> 201"), printed),
        () -> assertTrue(printed.contains("caught HttpStatusException: PUT /files/notes/ failed with HTTP 409"
            + " (Conflict) - cannot PUT to a collection"), printed),
        () -> assertTrue(lines(printed).contains("PUT /documents/from-async -> 201"), printed),
        () -> assertTrue(lines(printed).contains("HEAD /documents/welcome -> exists: true"), printed),
        () -> assertTrue(lines(printed).contains("HEAD /documents/missing -> exists: false"), printed),
        () -> assertTrue(printed.contains("8 PUT requests answered, each as expected."), printed),
        () -> assertFalse(printed.contains("(note: "), printed),
        () -> assertEquals("", err.toString(StandardCharsets.UTF_8)));
  }

  @TransportTest
  void mainThenTakesANoteThroughPostGetPatchAndDelete(TransportKind transport) {
    int exit = Main.run(new String[0], printer(out), printer(err), transport::configure);

    String printed = out.toString(StandardCharsets.UTF_8);
    List<String> lines = lines(printed);
    List<String> notes = lines.subList(lines.indexOf("8 PUT requests answered, each as expected.") + 1, lines.size());
    assertEquals(0, exit, printed + err.toString(StandardCharsets.UTF_8));
    assertAll(
        () -> assertTrue(notes.get(0).matches("Courier sample: POST, GET, PATCH and DELETE requests to"
            + " http://127\\.0\\.0\\.1:\\d+/ \\(the embedded server\\)"), notes.get(0)),
        () -> assertEquals(3, notes.stream().filter(line -> line.equals("POST /notes -> 201")).count(), printed),
        () -> assertTrue(printed.contains("'idempotent-replayed': 'true', 'location': '/notes/1'"), printed),
        () -> assertTrue(notes.contains("  same body both times: true"), printed),
        () -> assertTrue(printed.contains("'location': '/notes/2'"), printed),
        () -> assertTrue(notes.contains("GET /notes/1 -> Optional[Note[id=1, text=Try the other verbs,"
            + " tags=[courier, todo]]]"), printed),
        () -> assertTrue(notes.contains("GET /notes?tag=courier&tag=todo -> 200"), printed),
        () -> assertTrue(notes.contains("  body: [Note[id=1, text=Try the other verbs, tags=[courier, todo]]]"),
            printed),
        () -> assertTrue(notes.contains("PATCH /notes/1 -> Note[id=1, text=Tried the other verbs,"
            + " tags=[courier, todo]]"), printed),
        () -> assertTrue(notes.contains("DELETE /notes/2 -> 2xx, no exception"), printed),
        () -> assertTrue(notes.contains("GET /notes/2 -> Optional.empty"), printed),
        () -> assertEquals("8 notes requests answered, each as expected.", notes.get(notes.size() - 1)),
        () -> assertEquals("", err.toString(StandardCharsets.UTF_8)));
  }

  @TransportTest
  void headersArePrintedLikePythonsResponseHeaders(TransportKind transport) {
    Main.run(new String[0], printer(out), printer(err), transport::configure);

    String printed = out.toString(StandardCharsets.UTF_8);
    String created = printed.lines().dropWhile(line -> !line.equals("PUT /documents/welcome -> 201"))
        .skip(1).findFirst().orElse("");
    assertTrue(created.matches("  \\{'content-length': '\\d+', 'content-type': 'application/json', 'date': '[^']+',"
        + " 'etag': '\"[0-9a-f]{16}\"', 'location': '/documents/welcome', 'server': 'courier-sample'}"), created);
  }

  @TransportTest
  void baseUrlSendsTheTourToAnotherServer(TransportKind transport) throws Exception {
    try (DocumentServer server = DocumentServer.start()) {
      int exit = Main.run(new String[] {"--base-url", server.baseUri().toString()}, printer(out), printer(err),
          transport::configure);

      String printed = out.toString(StandardCharsets.UTF_8);
      assertEquals(0, exit, printed + err.toString(StandardCharsets.UTF_8));
      assertEquals("Courier sample: PUT requests to " + server.baseUri(), lines(printed).get(0));
      assertTrue(printed.contains("8 PUT requests answered, each as expected."), printed);
      assertEquals("The notes tour (POST, GET, PATCH, DELETE) runs against the embedded server only: skipped.",
          lines(printed).get(lines(printed).size() - 1));
      assertFalse(printed.contains(" /notes"), printed);
    }
  }

  @TransportTest
  void aSecondTourAgainstTheSameServerNotesWhatDiffers(TransportKind transport) throws Exception {
    try (DocumentServer server = DocumentServer.start()) {
      String[] args = {"--base-url", server.baseUri().toString()};
      Main.run(args, printer(new ByteArrayOutputStream()), printer(err), transport::configure);

      int exit = Main.run(args, printer(out), printer(err), transport::configure);

      String printed = out.toString(StandardCharsets.UTF_8);
      assertEquals(0, exit, printed);
      assertTrue(printed.contains("PUT /documents/welcome -> 204   (note: the embedded server answers [201])"),
          printed);
      assertTrue(printed.contains("answers that differ from the embedded server's: 1"), printed);
    }
  }

  @TransportTest
  void unreachableServerExitsWithOne(TransportKind transport) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    int exit = Main.run(new String[] {"--base-url", "http://127.0.0.1:" + port + "/"}, printer(out), printer(err),
        transport::configure);

    assertEquals(1, exit);
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("The sample failed: "), err::toString);
  }

  @Test
  void badArgumentsPrintUsageAndExitWithTwo() {
    int exit = Main.run(new String[] {"--base-url"}, printer(out), printer(err));

    assertEquals(2, exit);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: Main [--base-url URL]"), err::toString);
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpPrintsUsageAndExitsWithZero() {
    assertEquals(0, Main.run(new String[] {"--help"}, printer(out), printer(err)));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: Main [--base-url URL]"));
  }

  private static List<String> lines(String printed) {
    return printed.lines().toList();
  }

  private static PrintStream printer(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
