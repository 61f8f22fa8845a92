package io.courier.sample;

import static io.courier.sample.Exchanges.error;
import static io.courier.sample.Exchanges.readBody;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An in-memory documents server on a free loopback port with real PUT semantics (201 Created with Location and ETag
 * for a new resource, 204 No Content for a replaced one, 409 for a collection, 400 for a malformed body), strong
 * ETags and conditional requests as RFC 9110 section 13 says (If-Match and If-None-Match: *, 412 with the current
 * ETag), GET of a document with its ETag, and {@code /notes} for the other verbs, served by {@link NoteHandler}.
 */
public final class DocumentServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
    Thread thread = new Thread(task, "document-server");
    thread.setDaemon(true);
    return thread;
  });
  private final ObjectMapper json = new ObjectMapper();
  /** ETags by raw request path; files are hashed as they arrive, never kept. Changes hold the lock on this. */
  private final Map<String, String> etags = new ConcurrentHashMap<>();
  /** Each document's JSON, by raw request path, changed with its ETag under the same lock. */
  private final Map<String, byte[]> documents = new ConcurrentHashMap<>();

  private DocumentServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.createContext("/notes", new NoteHandler(json));
    server.setExecutor(executor);
  }

  /** Starts a server on 127.0.0.1 and a free port. */
  public static DocumentServer start() throws IOException {
    DocumentServer documents = new DocumentServer();
    documents.server.start();
    return documents;
  }

  /** The URI to give Courier, such as {@code http://127.0.0.1:41234/}. */
  public URI baseUri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Server", "courier-sample");
      String path = exchange.getRequestURI().getRawPath();
      String method = exchange.getRequestMethod();
      if (method.equals("HEAD") && path.startsWith("/documents/")) {
        String etag = etags.get(path);
        if (etag != null) {
          exchange.getResponseHeaders().set("ETag", etag);
        }
        exchange.sendResponseHeaders(etag == null ? 404 : 200, -1);
      } else if (method.equals("GET") && path.startsWith("/documents/")) {
        getDocument(exchange, path);
      } else if (!method.equals("PUT")) {
        exchange.getResponseHeaders().set("Allow", path.startsWith("/documents/") ? "GET, PUT, HEAD" : "PUT");
        error(exchange, 405, "only PUT is supported here");
      } else if (path.startsWith("/documents/")) {
        putDocument(exchange, path);
      } else if (path.startsWith("/settings/")) {
        putSettings(exchange, path);
      } else if (path.startsWith("/files/")) {
        putFile(exchange, path);
      } else {
        error(exchange, 404, "no such collection; try /documents/, /settings/, /files/ or /notes");
      }
    }
  }

  /** The document with its ETag, read together under the lock that writes them together. */
  private void getDocument(HttpExchange exchange, String path) throws IOException {
    byte[] representation;
    String etag;
    synchronized (this) {
      representation = documents.get(path);
      etag = etags.get(path);
    }
    if (representation == null) {
      error(exchange, 404, "no such document");
      return;
    }
    exchange.getResponseHeaders().set("ETag", etag);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, representation.length);
    exchange.getResponseBody().write(representation);
  }

  private void putDocument(HttpExchange exchange, String path) throws IOException {
    if (path.endsWith("/") || path.indexOf('/', "/documents/".length()) >= 0) {
      error(exchange, 409, "cannot PUT to a collection");
      return;
    }
    byte[] body = readBody(exchange, "application/json");
    if (body == null) {
      return;
    }
    Document document;
    try {
      document = json.readValue(body, Document.class);
    } catch (IOException e) {
      // Jackson's message quotes the body; the answer names the rule instead.
      error(exchange, 400, "the body is not a JSON document with title, text and tags");
      return;
    }
    byte[] representation = json.writeValueAsBytes(document);
    store(exchange, path, digestOf(representation), representation);
  }

  private void putSettings(HttpExchange exchange, String path) throws IOException {
    byte[] body = readBody(exchange, "application/x-www-form-urlencoded");
    if (body == null) {
      return;
    }
    String form = new String(body, StandardCharsets.UTF_8);
    try {
      for (String pair : form.split("&")) {
        if (!pair.isEmpty() && pair.indexOf('=') < 1) {
          throw new IllegalArgumentException("field without a name or a value");
        }
        URLDecoder.decode(pair, StandardCharsets.UTF_8);
      }
    } catch (IllegalArgumentException e) {
      error(exchange, 400, "the body is not application/x-www-form-urlencoded");
      return;
    }
    store(exchange, path, digestOf(body), null);
  }

  private void putFile(HttpExchange exchange, String path) throws IOException {
    String conflict = collectionConflict(path);
    if (conflict != null) {
      error(exchange, 409, conflict);
      return;
    }
    MessageDigest digest = sha256();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = exchange.getRequestBody()) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    store(exchange, path, digest, null);
  }

  /** Why a file cannot be written at {@code path}, in WebDAV's terms, or null when it can. */
  private synchronized String collectionConflict(String path) {
    if (path.endsWith("/")) {
      return "cannot PUT to a collection";
    }
    for (String existing : etags.keySet()) {
      if (existing.startsWith(path + "/")) {
        return "cannot PUT to a collection: it holds files";
      }
      if (path.startsWith(existing + "/")) {
        return "a parent of the path is a file, not a collection";
      }
    }
    return null;
  }

  /**
   * Creates or replaces the resource if the request's If-Match and If-None-Match allow it, and answers as RFC 9110
   * says; a document's JSON {@code representation} is kept for GET and sent back with a 201.
   */
  private void store(HttpExchange exchange, String path, MessageDigest digest, byte[] representation)
      throws IOException {
    String etag = "\"" + HexFormat.of().formatHex(digest.digest(), 0, 8) + "\"";
    String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
    String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
    int status;
    String current;
    // The check and the write under one lock: two writers of the same version cannot both succeed.
    synchronized (this) {
      current = etags.get(path);
      if (ifMatch != null && !matches(ifMatch, current) || "*".equals(ifNoneMatch) && current != null) {
        status = 412;
      } else {
        status = current == null ? 201 : 204;
        etags.put(path, etag);
        if (representation != null) {
          documents.put(path, representation);
        }
      }
    }
    if (status == 412) {
      if (current != null) {
        exchange.getResponseHeaders().set("ETag", current); // what the client should read before trying again
      }
      error(exchange, status, ifMatch != null ? "If-Match does not match the current ETag"
          : "If-None-Match: * and the resource exists");
      return;
    }
    exchange.getResponseHeaders().set("ETag", etag);
    if (status == 201) {
      exchange.getResponseHeaders().set("Location", path);
    }
    if (status == 201 && representation != null) {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, representation.length);
      exchange.getResponseBody().write(representation);
    } else {
      exchange.sendResponseHeaders(status, -1);
    }
  }

  /**
   * Whether one of the If-Match entity tags, or {@code *}, matches the current one (strong comparison: a weak tag
   * never matches).
   */
  private static boolean matches(String ifMatch, String current) {
    return current != null
        && Arrays.stream(ifMatch.split(",")).map(String::trim).anyMatch(tag -> tag.equals("*") || tag.equals(current));
  }

  private static MessageDigest digestOf(byte[] bytes) {
    MessageDigest digest = sha256();
    digest.update(bytes);
    return digest;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
