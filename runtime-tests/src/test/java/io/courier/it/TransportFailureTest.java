package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.CallTimeoutException;
import io.courier.Courier;
import io.courier.CourierException;
import io.courier.RetryPolicy;
import io.courier.TransportException;
import io.courier.http.Get;
import io.courier.http.Header;
import io.courier.http.Path;
import io.courier.http.Post;
import io.courier.http.Put;
import io.courier.http.Query;
import io.courier.testsupport.RawServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;

/** Refused, cut and stalled connections become TransportException, IOException or CallTimeoutException. */
class TransportFailureTest {
  /** Calls that meet refused, cut and stalled connections, checked and unchecked. */
  interface UsersApi {
    @Put("/users/{id}")
    void put(@Path("id") long id, @Query("token") String token, @Header("Authorization") String authorization);

    @Put("/users/{id}")
    void putChecked(@Path("id") long id) throws IOException;

    @Post("/users")
    void post();

    @Get("/slow")
    void slow() throws IOException;

    @Get("/slow")
    @io.courier.http.Timeout(value = 300, unit = TimeUnit.MILLISECONDS)
    CompletableFuture<Void> slowWithItsOwnTimeout();
  }

  private static final String SECRET = "p4ssw0rd-in-query";

  private RawServer server;
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void tearDown(TransportKind transport) throws Exception {
    release.countDown();
    if (server != null) {
      server.close();
    }
  }

  private static UsersApi refused(TransportKind transport) throws IOException {
    return transport.configure(Courier.builder()).baseUri("http://127.0.0.1:" + RawServer.refusedPort() + "/api/")
        .retryPolicy(RetryPolicy.none()).build().create(UsersApi.class);
  }

  @TransportTest
  void refusedConnectionIsAnUncheckedTransportException(TransportKind transport) throws Exception {
    UsersApi api = refused(transport);

    TransportException e = assertThrows(TransportException.class, () -> api.put(1, SECRET, "Bearer " + SECRET));

    assertTrue(e instanceof CourierException);
    assertInstanceOf(IOException.class, e.getCause());
    assertTrue(e.getMessage().contains("PUT /api/users/1"), e.getMessage());
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
  }

  @TransportTest
  void aMethodThatThrowsIoExceptionGetsTheIoException(TransportKind transport) throws Exception {
    UsersApi api = refused(transport);

    assertThrows(IOException.class, () -> api.putChecked(1));
  }

  @TransportTest
  void connectionCutBeforeTheResponseIsATransportException(TransportKind transport) throws Exception {
    server = RawServer.start(socket -> RawServer.readRequest(socket.getInputStream()));
    UsersApi api = server.courier(transport).build().create(UsersApi.class);

    TransportException e = assertThrows(TransportException.class, api::post);

    assertFalse(e instanceof CallTimeoutException);
    assertEquals(1, server.connections());
  }

  /** Reads the request, then never answers until the test ends. */
  private void stall(java.net.Socket socket) throws IOException, InterruptedException {
    RawServer.readRequest(socket.getInputStream());
    release.await(30, TimeUnit.SECONDS);
  }

  @TransportTest
  void stalledServerTimesOutWithCallTimeoutException(TransportKind transport) throws Exception {
    server = RawServer.start(this::stall);
    UsersApi api = server.courier(transport).requestTimeout(Duration.ofMillis(300)).build().create(UsersApi.class);

    CallTimeoutException e = assertThrows(CallTimeoutException.class, () -> api.put(1, SECRET, null));

    assertTrue(e instanceof TransportException);
    assertInstanceOf(HttpTimeoutException.class, e.getCause());
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    // A timeout is the caller's deadline: even an idempotent PUT is not sent again.
    assertEquals(1, server.connections());
  }

  @TransportTest
  void methodTimeoutReplacesTheClientsAndAppliesToAsyncCalls(TransportKind transport) throws Exception {
    server = RawServer.start(this::stall);
    UsersApi api = server.courier(transport).requestTimeout(Duration.ofSeconds(60)).build().create(UsersApi.class);

    CompletableFuture<Void> future = api.slowWithItsOwnTimeout();

    Throwable failure = future.handle((value, t) -> t).get(20, TimeUnit.SECONDS);
    assertInstanceOf(CallTimeoutException.class, failure);
  }

  @TransportTest
  void aMethodThatThrowsIoExceptionGetsTimeoutsAsIoExceptions(TransportKind transport) throws Exception {
    server = RawServer.start(this::stall);
    UsersApi api = server.courier(transport).requestTimeout(Duration.ofMillis(300)).build().create(UsersApi.class);

    assertThrows(HttpTimeoutException.class, api::slow);
  }
}
