package io.courier.sample;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** How the embedded server's handlers read a request body and answer, so that both collections answer alike. */
final class Exchanges {
  private static final int MAX_BODY = 1024 * 1024;

  private Exchanges() {}

  /** The whole body, or null after answering 415 for another media type or 413 for more than 1 MiB. */
  static byte[] readBody(HttpExchange exchange, String mediaType) throws IOException {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(mediaType)) {
      error(exchange, 415, "this collection takes " + mediaType);
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = exchange.getRequestBody()) {
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        if (out.size() + n > MAX_BODY) {
          error(exchange, 413, "a document, settings or note body is at most 1 MiB; upload files to /files/");
          return null;
        }
        out.write(buffer, 0, n);
      }
    }
    return out.toByteArray();
  }

  /** Answers {@code status} with a one-line reason as text, which never quotes what the client sent. */
  static void error(HttpExchange exchange, int status, String reason) throws IOException {
    send(exchange, status, "text/plain; charset=UTF-8", (reason + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Answers {@code status} with {@code body} as {@code contentType}. */
  static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
