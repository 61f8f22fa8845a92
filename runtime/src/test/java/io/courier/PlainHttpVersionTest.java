package io.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.courier.internal.Endpoint;
import io.courier.internal.Returns;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code http://} requests go out as plain HTTP/1.1, without the h2c upgrade headers some servers reject. */
class PlainHttpVersionTest {
  @RegisterExtension
  final RecordingServer server = RecordingServer.started();

  @Test
  void courierBuiltClientSendsNoUpgradeHeaders() {
    put(server.courier().build());

    RecordingServer.Recorded request = server.only();
    assertNull(request.header("Upgrade"), "Upgrade header");
    assertNull(request.header("HTTP2-Settings"), "HTTP2-Settings header");
  }

  @Test
  void aCallersOwnClientIsUsedAsItIs() {
    // The JDK's default client asks to upgrade plain HTTP to h2c: what Courier's own client avoids.
    put(server.courier().httpClient(HttpClient.newHttpClient()).build());

    RecordingServer.Recorded request = server.only();
    assertEquals("h2c", request.header("Upgrade"));
    assertNotNull(request.header("HTTP2-Settings"));
  }

  private static void put(Courier courier) {
    Endpoint<Void> put = courier.engine().endpoint("PUT", "/notes/{id}").withBody().idempotent().returning(Returns.discard());
    put.call("notes/1").execute();
  }
}
