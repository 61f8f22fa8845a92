package io.courier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.RecordingServer.Reply;
import io.courier.internal.Endpoint;
import io.courier.internal.Returns;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An {@code InputStream} return hands the body over as it arrives, before the server has finished sending. */
class StreamReturnTest {
  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final Endpoint<InputStream> download =
      server.courier().build().engine().endpoint("GET", "/files/{name}").idempotent().returning(Returns.stream());

  @Test
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

    try (InputStream in = download.call("files/big").execute()) {
      assertArrayEquals(first, in.readNBytes(first.length));
      firstRead.countDown();
      assertArrayEquals(second, in.readAllBytes());
    }
    assertEquals(false, serverWaitedInVain.get());
  }

  @Test
  void errorStatusThrowsInsteadOfStreaming() {
    server.replies(Reply.status(404).body("gone"));

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> download.call("files/x").execute());

    assertEquals(404, e.status());
    assertTrue(e.bodyAsString().equals("gone"));
  }
}
