package io.courier.sample;

import static io.courier.sample.Exchanges.error;
import static io.courier.sample.Exchanges.readBody;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The embedded server's {@code /notes} collection: POST creates once per Idempotency-Key, GET reads and filters,
 * PATCH applies a JSON merge patch, DELETE removes.
 */
final class NoteHandler implements HttpHandler {
  private static final Set<String> FILTERS = Set.of("tag", "q");

  /** What the first POST with a key sent and got, so that a repeat gets the same answer. */
  private record Created(Note.Draft draft, String location, byte[] answer) {}

  private final ObjectMapper json;
  /** Notes by id, in the order they were made; this and the fields below change holding the lock on this. */
  private final Map<String, Note> notes = new LinkedHashMap<>();
  private final Map<String, Created> byKey = new HashMap<>();
  private int lastId;

  NoteHandler(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Server", "courier-sample");
      String path = exchange.getRequestURI().getRawPath();
      String method = exchange.getRequestMethod();
      if (path.equals("/notes")) {
        switch (method) {
          case "POST" -> create(exchange);
          case "GET" -> list(exchange);
          default -> notAllowed(exchange, "GET, POST");
        }
      } else if (path.startsWith("/notes/")) {
        String id = path.substring("/notes/".length());
        switch (method) {
          case "GET" -> read(exchange, id);
          case "PATCH" -> edit(exchange, id);
          case "DELETE" -> delete(exchange, id);
          default -> notAllowed(exchange, "GET, PATCH, DELETE");
        }
      } else {
        error(exchange, 404, "no such collection; try /notes");
      }
    }
  }

  private void create(HttpExchange exchange) throws IOException {
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    if (key == null || key.isBlank()) {
      // Without a key a retried POST, after an answer lost on the way back, would make a second note.
      error(exchange, 400, "POST /notes needs an Idempotency-Key header");
      return;
    }
    byte[] body = readBody(exchange, "application/json");
    Note.Draft draft = body == null ? null
        : parse(exchange, body, Note.Draft.class, valid -> valid.text() != null, "a note is JSON with text and tags");
    if (draft == null) {
      return;
    }
    Created created;
    boolean replayed;
    synchronized (this) {
      created = byKey.get(key);
      replayed = created != null;
      if (!replayed) {
        Note note = new Note(Integer.toString(++lastId), draft.text(), draft.tags());
        notes.put(note.id(), note);
        created = new Created(draft, "/notes/" + note.id(), json.writeValueAsBytes(note));
        byKey.put(key, created);
      }
    }
    if (replayed && !created.draft().equals(draft)) {
      // The IETF Idempotency-Key draft's answer to a key reused for another request.
      error(exchange, 422, "this Idempotency-Key was used for another note");
      return;
    }
    if (replayed) {
      // The first answer again, byte for byte, even if the note has changed since; the header is Stripe's.
      exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
    }
    exchange.getResponseHeaders().set("Location", created.location());
    send(exchange, 201, created.answer());
  }

  private void list(HttpExchange exchange) throws IOException {
    Map<String, List<String>> query = new HashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    // The JDK server has parsed the request target as a URI already, so every %-escape here is well formed.
    for (String pair : raw == null ? new String[0] : raw.split("&")) {
      int equals = pair.indexOf('=');
      String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      query.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
    }
    if (!FILTERS.containsAll(query.keySet())) {
      // A misspelt filter that matched everything would hide the mistake; say so instead.
      error(exchange, 400, "the filters are tag (repeated for several) and q");
      return;
    }
    List<String> tags = query.getOrDefault("tag", List.of());
    String text = query.getOrDefault("q", List.of("")).get(0).toLowerCase(Locale.ROOT);
    List<Note> matching;
    synchronized (this) {
      matching = notes.values().stream()
          .filter(note -> note.tags().containsAll(tags))
          .filter(note -> note.text().toLowerCase(Locale.ROOT).contains(text))
          .toList();
    }
    send(exchange, 200, json.writeValueAsBytes(matching));
  }

  private void read(HttpExchange exchange, String id) throws IOException {
    Note note;
    synchronized (this) {
      note = notes.get(id);
    }
    if (note == null) {
      error(exchange, 404, "no such note");
    } else {
      send(exchange, 200, json.writeValueAsBytes(note));
    }
  }

  private void edit(HttpExchange exchange, String id) throws IOException {
    byte[] body = readBody(exchange, "application/merge-patch+json");
    JsonNode patch = body == null ? null : parse(exchange, body, JsonNode.class, NoteHandler::isPatch,
        "a patch is a JSON object with text, a string, or tags, an array of strings, or both");
    if (patch == null) {
      return;
    }
    JsonNode text = patch.path("text");
    JsonNode tags = patch.path("tags");
    Note edited;
    synchronized (this) {
      Note note = notes.get(id);
      edited = note == null ? null : new Note(id, text.isMissingNode() ? note.text() : text.asText(),
          tags.isMissingNode() ? note.tags() : tags.valueStream().map(JsonNode::asText).toList());
      if (edited != null) {
        notes.put(id, edited);
      }
    }
    if (edited == null) {
      error(exchange, 404, "no such note");
    } else {
      send(exchange, 200, json.writeValueAsBytes(edited));
    }
  }

  private void delete(HttpExchange exchange, String id) throws IOException {
    Note removed;
    synchronized (this) {
      removed = notes.remove(id);
    }
    if (removed == null) {
      error(exchange, 404, "no such note");
    } else {
      exchange.sendResponseHeaders(204, -1);
    }
  }

  /** The body as a valid {@code type}, or null after answering 400 with the {@code rule} it breaks. */
  private <T> T parse(HttpExchange exchange, byte[] body, Class<T> type, Predicate<T> valid, String rule)
      throws IOException {
    try {
      T value = json.readValue(body, type);
      if (value != null && valid.test(value)) {
        return value;
      }
    } catch (IOException e) {
      // Jackson's message quotes the body; the answer names the rule instead.
    }
    error(exchange, 400, rule);
    return null;
  }

  /** Whether a merge patch changes only what a note has: its text, a string, and its tags, strings. */
  private static boolean isPatch(JsonNode patch) {
    JsonNode text = patch.path("text");
    JsonNode tags = patch.path("tags");
    return patch.isObject() && patch.size() == (text.isMissingNode() ? 0 : 1) + (tags.isMissingNode() ? 0 : 1)
        && (text.isMissingNode() || text.isTextual())
        && (tags.isMissingNode() || tags.isArray() && tags.valueStream().allMatch(JsonNode::isTextual));
  }

  private static void notAllowed(HttpExchange exchange, String allow) throws IOException {
    exchange.getResponseHeaders().set("Allow", allow);
    error(exchange, 405, "the methods here are " + allow);
  }

  private static void send(HttpExchange exchange, int status, byte[] json) throws IOException {
    Exchanges.send(exchange, status, "application/json", json);
  }
}
