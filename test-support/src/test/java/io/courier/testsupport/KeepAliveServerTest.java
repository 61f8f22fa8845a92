package io.courier.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** {@link KeepAliveServer} serves several requests on one connection and counts it open until the client closes. */
class KeepAliveServerTest {
  @Test
  void servesRequestsWithBodiesOnOneConnectionAndCountsItUntilTheClientCloses() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    try (KeepAliveServer server = KeepAliveServer.start(request -> {
      bodies.add(request.method() + " " + request.target() + " " + new String(request.body(), StandardCharsets.UTF_8));
      return request.method().equals("GET") ? KeepAliveServer.Answer.json("{\"a\":1}".getBytes(StandardCharsets.UTF_8))
          : KeepAliveServer.Answer.status(204);
    })) {
      try (Socket socket = new Socket(server.base().getHost(), server.base().getPort())) {
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        // Both requests at once: the second must be read after the first's body, not as part of it.
        out.write(("PUT /api/items/1 HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
            + "GET /api/items/1 HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        assertEquals("HTTP/1.1 204 Status\r\n\r\n", read(in, "HTTP/1.1 204 Status\r\n\r\n".length()));
        String expected = "HTTP/1.1 200 Status\r\nContent-Length: 7\r\nContent-Type: application/json\r\n\r\n{\"a\":1}";
        assertEquals(expected, read(in, expected.length()));
        assertEquals(1, server.openConnections());
      }
      assertEquals(0, server.awaitNoOpenConnections(Duration.ofSeconds(5)));
      assertEquals(1, server.acceptedConnections());
      assertEquals(2, server.requests());
      assertEquals(List.of("PUT /api/items/1 hello", "GET /api/items/1 "), bodies);
    }
  }

  @Test
  void closesTheConnectionWhenTheClientAsks() throws Exception {
    try (KeepAliveServer server = KeepAliveServer.start(request -> KeepAliveServer.Answer.status(200));
        Socket socket = new Socket(server.base().getHost(), server.base().getPort())) {
      socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.ISO_8859_1));
      assertEquals("HTTP/1.1 200 Status\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
          new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1)); // ends: closed
      assertEquals(0, server.awaitNoOpenConnections(Duration.ofSeconds(5)));
    }
  }

  private static String read(InputStream in, int length) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(in.readNBytes(length));
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }
}
