package io.courier.sample;

import io.courier.HttpStatusException;
import io.courier.Response;
import io.courier.Versioned;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** Calls each method of {@link DocumentsApi} in an order that shows PUT's semantics, printing every exchange. */
final class Tour {
  /**
   * What one request got back: its method, path and status (0 for a 2xx a {@code void} method does not reveal), with
   * the statuses the embedded server gives.
   */
  record Exchange(String method, String path, int status, List<Integer> expected) {
    boolean asExpected() {
      return expected.contains(status);
    }
  }

  private final DocumentsApi api;
  private final PrintStream out;
  private final List<Exchange> exchanges = new ArrayList<>();

  Tour(DocumentsApi api, PrintStream out) {
    this.api = api;
    this.out = out;
  }

  /** Makes every call and returns what each one got back, in order. */
  List<Exchange> run() throws IOException {
    Document welcome = new Document("Welcome", "Courier writes the client for you.", List.of("intro"));
    Document revised = new Document("Welcome", "Courier writes the client at compile time.", List.of("intro"));
    Document retitled = new Document("Hello", "Courier writes the client at compile time.", List.of("intro"));

    out.println("# Create, then replace: 201 Created the first time, 204 No Content (or 200 OK) after");
    Response<Document> created = show("PUT", api.put("welcome", welcome), 201);
    if (created.body() != null) {
      out.println("  body: " + created.body());
    }
    Response<Document> replaced = show("PUT", api.put("welcome", revised), 200, 204);

    out.println("# Conditional PUT: If-Match with an old ETag fails, with the current one succeeds");
    String stale = created.etag().orElse("\"no-etag\"");
    String current = replaced.etag().orElse("*");
    show("PUT", api.putIfMatch("welcome", stale, retitled), 412);
    show("PUT", api.putIfMatch("welcome", current, retitled), 200, 204);

    out.println("# Read, change, write back only if unchanged: Versioned.update reads again after a 412");
    Versioned.update(() -> api.get("welcome").orElseThrow(), (etag, document) -> api.replace("welcome", etag, document),
        document -> new Document(document.title(), document.text(), List.of("intro", "updated")), 5);
    out.println("Versioned.update /documents/welcome -> tags " + api.get("welcome").orElseThrow().value().tags());

    out.println("# Form fields, like requests.put(url, data={'key1': 'value1', 'key2': 'value2'})");
    show("PUT", api.saveSettings("general", "value1", "value2"), 201, 200, 204);

    out.println("# A streamed file upload: the file is read as it is sent, never whole");
    java.nio.file.Path file = Files.createTempFile("courier-sample", ".txt");
    try {
      Files.writeString(file, "Notes written by the Courier sample.\n");
      show("PUT", api.upload("notes/readme.txt", file), 201, 200, 204);
    } finally {
      Files.deleteIfExists(file);
    }

    out.println("# A status the caller handles: PUT to a collection is 409 Conflict");
    try {
      api.write("notes/", "a collection holds files; it is not one");
      exchanges.add(new Exchange("PUT", "/files/notes/", 0, List.of(409)));
      out.println("PUT /files/notes/ -> 2xx, no exception   (note: the embedded server answers [409])");
    } catch (HttpStatusException e) {
      log(e.method(), e.uri(), e.status(), List.of(409));
      printHeaders(out, e.headers());
      boolean text = e.headers().firstValue("Content-Type").orElse("").startsWith("text/plain");
      out.println("  caught HttpStatusException: " + e.getMessage() + (text ? firstLine(e.bodyAsString()) : ""));
    }

    out.println("# An async call: the future completes with the same Response");
    CompletableFuture<Response<Document>> pending = api.putAsync("from-async", welcome);
    show("PUT", pending.join(), 201, 200, 204);

    out.println("# HEAD: does the document exist?");
    out.println("HEAD /documents/welcome -> exists: " + api.exists("welcome"));
    out.println("HEAD /documents/missing -> exists: " + api.exists("missing"));
    return List.copyOf(exchanges);
  }

  private <T> Response<T> show(String method, Response<T> response, Integer... expected) {
    log(method, response.uri(), response.status(), Arrays.asList(expected));
    printHeaders(out, response.headers());
    return response;
  }

  private void log(String method, URI uri, int status, List<Integer> expected) {
    Exchange exchange = new Exchange(method, uri.getRawPath(), status, expected);
    exchanges.add(exchange);
    out.println(method + " " + exchange.path() + " -> " + status
        + (exchange.asExpected() ? "" : "   (note: the embedded server answers " + expected + ")"));
  }

  /** Prints the headers as Python's {@code print(response.headers)} does, hiding cookie values. */
  static void printHeaders(PrintStream out, HttpHeaders headers) {
    StringJoiner line = new StringJoiner(", ", "  {", "}");
    for (Map.Entry<String, List<String>> header : headers.map().entrySet()) {
      String name = header.getKey();
      String value = name.equalsIgnoreCase("Set-Cookie")
          ? "<hidden>"
          : header.getValue().stream().collect(Collectors.joining(", "));
      line.add("'" + name + "': '" + value + "'");
    }
    out.println(line);
  }

  private static String firstLine(String body) {
    String line = body.strip().lines().findFirst().orElse("");
    return line.isEmpty() ? "" : " - " + (line.length() > 100 ? line.substring(0, 100) + "..." : line);
  }
}
