package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.PreconditionFailedException;
import io.courier.http.Body;
import io.courier.http.Header;
import io.courier.http.Put;
import io.courier.testsupport.RawServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;

/**
 * A conditional PUT is idempotent, so Courier retries it; a 412 that answers such a retry may mean the earlier
 * attempt was applied, and the caller is told so rather than left to think another writer came first.
 */
class ConditionalRetryTest {
  interface DocsApi {
    @Put("/docs/{id}")
    void replace(String id, @Header("If-Match") String etag, @Body String text);
  }

  private final List<String> ifMatches = new CopyOnWriteArrayList<>();
  private RawServer server;

  @AfterEach
  void tearDown(TransportKind transport) throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private DocsApi api(TransportKind transport, RawServer.Behaviour... script) throws IOException {
    server = RawServer.start(script);
    return server.courier(transport).build().create(DocsApi.class);
  }

  /** Reads the request and keeps its If-Match; the caller decides what follows. */
  private void read(Socket socket) throws IOException {
    String head = RawServer.readRequest(socket.getInputStream());
    for (String line : head.split("\r\n")) {
      if (line.regionMatches(true, 0, "If-Match:", 0, 9)) {
        ifMatches.add(line.substring(9).trim());
      }
    }
  }

  private RawServer.Behaviour answer(int status, String headers) {
    return socket -> {
      read(socket);
      OutputStream out = socket.getOutputStream();
      out.write(("HTTP/1.1 " + status + " Status\r\nConnection: close\r\nContent-Length: 0\r\n" + headers + "\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    };
  }

  @TransportTest
  void a412AfterARetryOfAnAttemptThatMayHaveBeenAppliedSaysSo(TransportKind transport) throws Exception {
    DocsApi api = api(transport, this::read, answer(412, "ETag: \"v2\"\r\n"));

    PreconditionFailedException e = assertThrows(PreconditionFailedException.class,
        () -> api.replace("1", "\"v1\"", "new text"));

    assertTrue(e.mayHaveBeenApplied());
    assertTrue(e.getMessage().contains("may have been applied"), e.getMessage());
    assertEquals("\"v2\"", e.currentEtag().orElseThrow());
    assertEquals(List.of("\"v1\"", "\"v1\""), ifMatches, "the same condition on both attempts");
  }

  @TransportTest
  void a412AfterAnAnsweredAttemptIsAPlainConflict(TransportKind transport) throws Exception {
    DocsApi api = api(transport, answer(503, "Retry-After: 0\r\n"), answer(412, ""));

    PreconditionFailedException e = assertThrows(PreconditionFailedException.class,
        () -> api.replace("1", "\"v1\"", "new text"));

    assertFalse(e.mayHaveBeenApplied(), "a 503 is an answer: that attempt was not applied");
    assertEquals(2, ifMatches.size());
  }

  @TransportTest
  void a412ToTheFirstAttemptIsAPlainConflict(TransportKind transport) throws Exception {
    DocsApi api = api(transport, answer(412, ""));

    PreconditionFailedException e = assertThrows(PreconditionFailedException.class,
        () -> api.replace("1", "\"v1\"", "new text"));

    assertFalse(e.mayHaveBeenApplied());
    assertFalse(e.getMessage().contains("may have been applied"), e.getMessage());
  }
}
