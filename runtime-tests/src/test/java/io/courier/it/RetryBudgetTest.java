package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.Courier;
import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.Put;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retries cannot multiply an outage: against a server that always answers 503, a Courier's retries are budgeted. */
class RetryBudgetTest {
  interface DocsApi {
    @Put("/docs/{id}")
    Response<Void> put(long id, @Body String text);
  }

  private static final int CALLS = 200;

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();

  @TransportTest
  void retriesAddAtMostAFifthOfTheCallsPlusASmallFloor(TransportKind transport) {
    server.replies(Reply.status(503).header("Retry-After", "0"));
    try (Courier courier = server.courier(transport).build()) {
      DocsApi api = courier.create(DocsApi.class);

      for (int i = 0; i < CALLS; i++) {
        assertEquals(503, api.put(i, "text").status(), "a refused retry returns what the last attempt saw");
      }
    }

    int attempts = server.requests().size();
    // Without a budget the default policy's three attempts would make 600. With it: at most a fifth more than the
    // calls, plus two a second for the ten seconds of the window, and at least the floor.
    assertTrue(attempts <= CALLS + CALLS / 5 + 20, attempts + " attempts");
    assertTrue(attempts >= CALLS + 20, attempts + " attempts");
  }
}
