package io.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Refused, cut and stalled connections become TransportException, IOException or CallTimeoutException. */
class TransportFailureTest {
  private static final String SECRET = "p4ssw0rd-in-query";

  private RawServer server;
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void tearDown() throws Exception {
    release.countDown();
    if (server != null) {
      server.close();
    }
  }

  private static Engine refusedEngine() throws IOException {
    return Courier.builder().baseUri("http://127.0.0.1:" + RawServer.refusedPort() + "/api/")
        .retryPolicy(RetryPolicy.none()).build().engine();
  }

  @Test
  void refusedConnectionIsAnUncheckedTransportException() throws Exception {
    Endpoint<Void> put = refusedEngine().endpoint("PUT", "/users/{id}").withBody().idempotent().returning(Returns.discard());

    TransportException e = assertThrows(TransportException.class,
        () -> put.call("users/1").query("token", SECRET).header("Authorization", "Bearer " + SECRET).execute());

    assertTrue(e instanceof CourierException);
    assertInstanceOf(IOException.class, e.getCause());
    assertTrue(e.getMessage().contains("PUT /api/users/1"), e.getMessage());
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
  }

  @Test
  void executeCheckedThrowsTheIOException() throws Exception {
    Endpoint<Void> put = refusedEngine().endpoint("PUT", "/users/{id}").withBody().idempotent().returning(Returns.discard());

    assertThrows(IOException.class, () -> put.call("users/1").executeChecked());
  }

  @Test
  void connectionCutBeforeTheResponseIsATransportException() throws Exception {
    server = RawServer.start(socket -> RawServer.readRequest(socket.getInputStream()));
    Endpoint<Void> post = Courier.builder().baseUri(server.base()).build().engine()
        .endpoint("POST", "/users").withBody().returning(Returns.discard());

    TransportException e = assertThrows(TransportException.class, () -> post.call("users").execute());

    assertFalse(e instanceof CallTimeoutException);
    assertEquals(1, server.connections());
  }

  /** Reads the request, then never answers until the test ends. */
  private void stall(java.net.Socket socket) throws IOException, InterruptedException {
    RawServer.readRequest(socket.getInputStream());
    release.await(30, TimeUnit.SECONDS);
  }

  @Test
  void stalledServerTimesOutWithCallTimeoutException() throws Exception {
    server = RawServer.start(this::stall);
    Endpoint<Void> put = Courier.builder().baseUri(server.base()).requestTimeout(Duration.ofMillis(300)).build()
        .engine().endpoint("PUT", "/users/{id}").withBody().idempotent().returning(Returns.discard());

    CallTimeoutException e = assertThrows(CallTimeoutException.class,
        () -> put.call("users/1").query("token", SECRET).execute());

    assertTrue(e instanceof TransportException);
    assertInstanceOf(HttpTimeoutException.class, e.getCause());
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    // A timeout is the caller's deadline: even an idempotent PUT is not sent again.
    assertEquals(1, server.connections());
  }

  @Test
  void endpointTimeoutReplacesTheClientsAndAppliesToAsyncCalls() throws Exception {
    server = RawServer.start(this::stall);
    Endpoint<Void> get = Courier.builder().baseUri(server.base()).requestTimeout(Duration.ofSeconds(60)).build()
        .engine().endpoint("GET", "/slow").idempotent().timeout(Duration.ofMillis(300)).returning(Returns.discard());

    CompletableFuture<Void> future = get.call("slow").executeAsync();

    Throwable failure = future.handle((value, t) -> t).get(20, TimeUnit.SECONDS);
    assertInstanceOf(CallTimeoutException.class, failure);
  }

  @Test
  void executeCheckedThrowsTimeoutsAsIoExceptions() throws Exception {
    server = RawServer.start(this::stall);
    Endpoint<Void> get = Courier.builder().baseUri(server.base()).requestTimeout(Duration.ofMillis(300)).build()
        .engine().endpoint("GET", "/slow").idempotent().returning(Returns.discard());

    assertThrows(HttpTimeoutException.class, () -> get.call("slow").executeChecked());
  }
}
