package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.IdempotencyKey;
import io.courier.http.Post;
import io.courier.testsupport.RawServer;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Recorded;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A POST with an idempotency key is retried like an idempotent call, with the same key on every attempt. */
class IdempotencyKeyTest {
  interface PaymentsApi {
    @Post("/payments")
    Response<Void> pay(@IdempotencyKey String key, @Body String payment);

    @Post("/payments")
    @IdempotencyKey
    Response<Void> payWithAFreshKey(@Body String payment);
  }

  private static final Reply UNAVAILABLE = Reply.status(503).header("Retry-After", "0");
  private static final Reply CREATED = Reply.status(201);

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final List<String> heads = new CopyOnWriteArrayList<>();
  private RawServer raw;

  @AfterEach
  void closeRawServer() throws IOException {
    if (raw != null) {
      raw.close();
    }
  }

  private PaymentsApi api(TransportKind transport) {
    return server.courier(transport).build().create(PaymentsApi.class);
  }

  /** Reads the request, keeping its head, then closes the connection without a byte of answer. */
  private void dropAfterRequest(Socket socket) throws IOException {
    heads.add(RawServer.readRequest(socket.getInputStream()));
  }

  private void created(Socket socket) throws IOException {
    heads.add(RawServer.readRequest(socket.getInputStream()));
    RawServer.respond(socket.getOutputStream(), 201, "");
  }

  private static String key(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("idempotency-key:")) {
        return line.substring("idempotency-key:".length()).trim();
      }
    }
    return null;
  }

  @TransportTest
  void aKeyedPostIsRetriedAfterADroppedConnectionWithTheSameKey(TransportKind transport) throws Exception {
    raw = RawServer.start(this::dropAfterRequest, this::created);
    PaymentsApi api = raw.courier(transport).build().create(PaymentsApi.class);

    assertEquals(201, api.pay("k-1", "{}").status());

    assertEquals(2, heads.size());
    assertEquals("k-1", key(heads.get(0)));
    assertEquals("k-1", key(heads.get(1)));
  }

  @TransportTest
  void aPostWithANullKeySendsNoneAndIsNotRetried(TransportKind transport) {
    server.replies(UNAVAILABLE, CREATED);

    assertEquals(503, api(transport).pay(null, "{}").status());

    assertEquals(null, server.only().header("Idempotency-Key"));
  }

  @TransportTest
  void aMethodKeyIsFreshForEachCallAndTheSameOnEachAttempt(TransportKind transport) {
    server.replies(UNAVAILABLE, CREATED, UNAVAILABLE, CREATED);
    PaymentsApi api = api(transport);

    assertEquals(201, api.payWithAFreshKey("{}").status());
    assertEquals(201, api.payWithAFreshKey("{}").status());

    List<Recorded> attempts = server.requests();
    assertEquals(4, attempts.size());
    String first = attempts.get(0).header("Idempotency-Key");
    assertNotNull(first);
    assertEquals(first, attempts.get(1).header("Idempotency-Key"), "a retry sends the same key");
    assertEquals(attempts.get(2).header("Idempotency-Key"), attempts.get(3).header("Idempotency-Key"));
    assertNotEquals(first, attempts.get(2).header("Idempotency-Key"), "each call has a key of its own");
  }

  @TransportTest
  void a409WhileTheFirstRequestIsInProgressIsRetriedAfterRetryAfter(TransportKind transport) {
    server.replies(Reply.status(409).header("Retry-After", "0"), CREATED);

    assertEquals(201, api(transport).pay("k-2", "{}").status());

    assertEquals(2, server.requests().size());
  }

  @TransportTest
  void a422ForAKeyReusedWithAnotherPayloadIsNeverRetried(TransportKind transport) {
    server.replies(Reply.status(422).header("Retry-After", "0"), CREATED);

    assertEquals(422, api(transport).pay("k-3", "{}").status());

    assertEquals(1, server.requests().size());
  }
}
