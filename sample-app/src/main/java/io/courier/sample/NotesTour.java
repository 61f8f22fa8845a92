package io.courier.sample;

import io.courier.Response;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Calls each method of {@link NotesApi} in an order that shows POST, GET, PATCH and DELETE, printing each exchange. */
final class NotesTour {
  private final NotesApi api;
  private final PrintStream out;
  private final List<Tour.Exchange> exchanges = new ArrayList<>();

  NotesTour(NotesApi api, PrintStream out) {
    this.api = api;
    this.out = out;
  }

  /**
   * Makes every call and returns what each one got back, in order; a status is 0 for a 2xx that a {@code Note} or
   * {@code void} return does not reveal.
   */
  List<Tour.Exchange> run() {
    Note.Draft draft = new Note.Draft("Try the other verbs", List.of("courier", "todo"));

    out.println("# POST: 201 Created with the new note's Location; the Idempotency-Key makes a retry safe");
    UUID key = UUID.randomUUID();
    Response<Note> created = show("POST", api.create(key, draft), 201);
    out.println("  body: " + created.body());
    out.println("# The same key again, as a retry after a lost answer sends it: the first note, not a second");
    Response<Note> repeated = show("POST", api.create(key, draft), 201);
    out.println("  same body both times: " + Objects.equals(created.body(), repeated.body()));
    Note.Draft another = new Note.Draft("Read the README", List.of("courier"));
    Response<Note> other = show("POST", api.create(UUID.randomUUID(), another), 201);
    String id = created.body().id();
    String otherId = other.body().id();

    out.println("# GET by id: Optional<Note> is present for 200 and empty for 404");
    find(id, 200);
    out.println("# GET with filters: a List<String> repeats the query parameter, a null one is left out");
    Response<List<Note>> listed = show("GET", api.list(List.of("courier", "todo"), null), 200);
    out.println("  body: " + listed.body());

    out.println("# PATCH: the parameters become one JSON merge patch; tags is null, so left out and unchanged");
    Note edited = api.edit(id, "Tried the other verbs", null);
    record("PATCH", "/notes/" + id, 0, "-> " + edited, 0);

    out.println("# DELETE returns void; a GET afterwards is Optional.empty()");
    api.delete(otherId);
    record("DELETE", "/notes/" + otherId, 0, "-> 2xx, no exception", 0);
    find(otherId, 404);
    return List.copyOf(exchanges);
  }

  private void find(String id, int expected) {
    Optional<Note> note = api.find(id);
    record("GET", "/notes/" + id, note.isPresent() ? 200 : 404, "-> " + note, expected);
  }

  private <T> Response<T> show(String method, Response<T> response, Integer... expected) {
    String target = response.uri().getRawPath()
        + (response.uri().getRawQuery() == null ? "" : "?" + response.uri().getRawQuery());
    record(method, target, response.status(), "-> " + response.status(), expected);
    Tour.printHeaders(out, response.headers());
    return response;
  }

  private void record(String method, String target, int status, String outcome, Integer... expected) {
    Tour.Exchange exchange = new Tour.Exchange(method, target, status, Arrays.asList(expected));
    exchanges.add(exchange);
    out.println(method + " " + target + " " + outcome
        + (exchange.asExpected() ? "" : "   (note: the embedded server answers " + exchange.expected() + ")"));
  }
}
