package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.HttpStatusException;
import io.courier.http.Get;
import io.courier.http.Path;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An {@code InputStream} return hands the body over as it arrives, before the server has finished sending. */
class StreamReturnTest {
  /** A download returned as a stream. */
  interface FilesApi {
    @Get("/files/{name}")
    InputStream download(@Path("name") String name);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private FilesApi api;

  @BeforeEach
  void create(TransportKind transport) {
    api = server.courier(transport).build().create(FilesApi.class);
  }

  @TransportTest
  void bodyIsStreamedBeforeTheServerFinishes() throws Exception {
    byte[] first = "first part|".getBytes(StandardCharsets.UTF_8);
    byte[] second = "second part".getBytes(StandardCharsets.UTF_8);
    CountDownLatch firstRead = new CountDownLatch(1);
    AtomicBoolean serverWaitedInVain = new AtomicBoolean();
    server.handler((exchange, request) -> {
      exchange.sendResponseHeaders(200, 0); // chunked
      OutputStream out = exchange.getResponseBody();
      out.write(first);
      out.flush();
      // The rest is sent only once the client has read the first part: a client that buffers the whole body
      // before returning never gets it.
      if (!firstRead.await(10, TimeUnit.SECONDS)) {
        serverWaitedInVain.set(true);
        return;
      }
      out.write(second);
      out.close();
    });

    try (InputStream in = api.download("big")) {
      assertArrayEquals(first, in.readNBytes(first.length));
      firstRead.countDown();
      assertArrayEquals(second, in.readAllBytes());
    }
    assertEquals(false, serverWaitedInVain.get());
  }

  @TransportTest
  void errorStatusThrowsInsteadOfStreaming() {
    server.replies(Reply.status(404).body("gone"));

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> api.download("x"));

    assertEquals(404, e.status());
    assertTrue(e.bodyAsString().equals("gone"));
  }
}
