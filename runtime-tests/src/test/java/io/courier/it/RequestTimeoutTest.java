package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.courier.http.Get;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request timeout ends when the response's headers arrive, on every transport: a slow body is not cut off. */
class RequestTimeoutTest {
  interface DownloadsApi {
    @Get("/downloads/{name}")
    String text(String name);

    @Get("/downloads/{name}")
    InputStream stream(String name);
  }

  private static final String BODY = "0123456789";

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();

  /** Headers at once, then the body a byte every 100 ms: a second in all, well past the 300 ms request timeout. */
  private void trickle() {
    server.handler((exchange, request) -> {
      exchange.sendResponseHeaders(200, BODY.length());
      try (OutputStream out = exchange.getResponseBody()) {
        for (byte b : BODY.getBytes(StandardCharsets.US_ASCII)) {
          out.write(b);
          out.flush();
          Thread.sleep(100);
        }
      }
    });
  }

  private DownloadsApi api(TransportKind transport) {
    return server.courier(transport).requestTimeout(Duration.ofMillis(300)).build().create(DownloadsApi.class);
  }

  @TransportTest
  void aBodyReadWholeMayTakeLongerThanTheRequestTimeout(TransportKind transport) {
    trickle();

    assertEquals(BODY, api(transport).text("slow"));
  }

  @TransportTest
  void aStreamedBodyMayTakeLongerThanTheRequestTimeout(TransportKind transport) throws Exception {
    trickle();

    try (InputStream in = api(transport).stream("slow")) {
      assertEquals(BODY, new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    }
  }
}
