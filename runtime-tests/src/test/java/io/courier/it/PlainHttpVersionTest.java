package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.courier.Courier;
import io.courier.http.Path;
import io.courier.http.Put;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.net.http.HttpClient;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code http://} requests go out as plain HTTP/1.1, without the h2c upgrade headers some servers reject. */
class PlainHttpVersionTest {
  /** The smallest PUT, to see which headers go out with it. */
  interface NotesApi {
    @Put("/notes/{id}")
    void put(@Path("id") long id);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();

  @TransportTest
  void courierBuiltClientSendsNoUpgradeHeaders(TransportKind transport) {
    put(server.courier(transport).build());

    RecordingServer.Recorded request = server.only();
    assertNull(request.header("Upgrade"), "Upgrade header");
    assertNull(request.header("HTTP2-Settings"), "HTTP2-Settings header");
  }

  @TransportTest
  void aCallersOwnClientIsUsedAsItIs(TransportKind transport) {
    // httpClient(...) hands Courier a JDK client, so only the JDK transport has anything to show here.
    assumeTrue(transport == TransportKind.JDK, "httpClient(HttpClient) configures the JDK transport");
    // The JDK's default client asks to upgrade plain HTTP to h2c: what Courier's own client avoids.
    put(server.courier(transport).httpClient(HttpClient.newHttpClient()).build());

    RecordingServer.Recorded request = server.only();
    assertEquals("h2c", request.header("Upgrade"));
    assertNotNull(request.header("HTTP2-Settings"));
  }

  private static void put(Courier courier) {
    courier.create(NotesApi.class).put(1);
  }
}
