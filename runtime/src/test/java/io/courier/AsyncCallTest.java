package io.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.RecordingServer.Reply;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import io.courier.internal.UrlEncoding;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Async calls: the same results and exceptions as blocking ones, completed off the HTTP client's threads. */
class AsyncCallTest {
  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final Engine engine = server.courier().build().engine();
  private final Endpoint<Response<User>> replace =
      engine.endpoint("PUT", "/users/{id}").withBody().idempotent().returning(Returns.response(engine.decoder(User.class)));

  private CompletableFuture<Response<User>> replaceAsync(Endpoint<Response<User>> endpoint, long id) {
    return endpoint.call("users/" + UrlEncoding.pathSegment("id", id))
        .body("user", engine.writer(User.class), new User("Ada", 36))
        .executeAsync();
  }

  @Test
  void success() throws Exception {
    server.replies(Reply.status(201).body("{\"name\":\"Ada\",\"age\":37}"));

    Response<User> response = replaceAsync(replace, 7).get(10, TimeUnit.SECONDS);

    assertTrue(response.isCreated());
    assertEquals(new User("Ada", 37), response.body());
    assertEquals("{\"name\":\"Ada\",\"age\":36}", server.only().bodyText());
  }

  @Test
  void voidCompletesWithNull() throws Exception {
    Endpoint<Void> put = engine.endpoint("PUT", "/users/{id}").withBody().idempotent().returning(Returns.discard());

    assertNull(put.call("users/1").executeAsync().get(10, TimeUnit.SECONDS));
  }

  @Test
  void statusFailureCompletesWithHttpStatusException() throws Exception {
    server.replies(Reply.status(409).body("conflict"));
    Endpoint<User> rename = engine.endpoint("PUT", "/users/{id}").withBody().idempotent().jsonFields()
        .returning(Returns.body(engine.decoder(User.class)));

    CompletableFuture<User> future = rename.call("users/1").field("name", "x").executeAsync();

    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    HttpStatusException status = assertInstanceOf(HttpStatusException.class, e.getCause());
    assertEquals(409, status.status());
    assertEquals("conflict", status.bodyAsString());
    // The future itself holds the exception, not a wrapper: the same type the blocking call throws.
    assertSame(status, future.handle((value, failure) -> failure).join());
    CompletionException joined = assertThrows(CompletionException.class, future::join);
    assertSame(status, joined.getCause());
  }

  @Test
  void refusedConnectionCompletesWithTransportException() throws Exception {
    Engine refused = Courier.builder().baseUri("http://127.0.0.1:" + RawServer.refusedPort() + "/api/")
        .retryPolicy(RetryPolicy.none()).build().engine();
    Endpoint<Void> put = refused.endpoint("PUT", "/users/{id}").withBody().idempotent().returning(Returns.discard());

    CompletableFuture<Void> future = put.call("users/1").executeAsync();

    Throwable failure = future.handle((value, t) -> t).get(10, TimeUnit.SECONDS);
    assertInstanceOf(TransportException.class, failure);
    assertFalse(failure instanceof CallTimeoutException);
    assertThrows(TransportException.class, () -> put.call("users/1").execute());
  }

  @Test
  void dependentStagesDoNotRunOnTheHttpClientsThreads() throws Exception {
    CountDownLatch attached = new CountDownLatch(1);
    server.handler((exchange, request) -> {
      // Answer only once the test has attached its stage, so that the stage runs where the future completes.
      attached.await(10, TimeUnit.SECONDS);
      RecordingServer.send(exchange, Reply.status(200).body("{\"name\":\"Ada\",\"age\":1}"));
    });

    CompletableFuture<String> thread = replaceAsync(replace, 1).thenApply(r -> Thread.currentThread().getName());
    attached.countDown();

    String name = thread.get(10, TimeUnit.SECONDS);
    assertFalse(name.contains("HttpClient"), name);
    assertTrue(name.startsWith("courier-callback-"), name);
  }

  @Test
  void failuresAlsoCompleteOffTheHttpClientsThreads() throws Exception {
    CountDownLatch attached = new CountDownLatch(1);
    server.handler((exchange, request) -> {
      attached.await(10, TimeUnit.SECONDS);
      RecordingServer.send(exchange, Reply.status(500));
    });
    Endpoint<User> get = engine.endpoint("GET", "/users/{id}").idempotent().returning(Returns.body(engine.decoder(User.class)));

    CompletableFuture<String> thread = get.call("users/1").executeAsync()
        .handle((value, failure) -> Thread.currentThread().getName());
    attached.countDown();

    String name = thread.get(10, TimeUnit.SECONDS);
    assertTrue(name.startsWith("courier-callback-"), name);
  }

  @Test
  void callbackExecutorIsUsed() throws Exception {
    ExecutorService mine = Executors.newSingleThreadExecutor(task -> new Thread(task, "my-callbacks"));
    try {
      Engine custom = server.courier().callbackExecutor(mine).build().engine();
      Endpoint<Response<User>> endpoint = custom.endpoint("PUT", "/users/{id}").withBody().idempotent()
          .returning(Returns.response(custom.decoder(User.class)));
      CountDownLatch attached = new CountDownLatch(1);
      server.handler((exchange, request) -> {
        attached.await(10, TimeUnit.SECONDS);
        RecordingServer.send(exchange, Reply.status(204));
      });

      CompletableFuture<String> thread = endpoint.call("users/1").executeAsync()
          .thenApply(r -> Thread.currentThread().getName());
      attached.countDown();

      assertEquals("my-callbacks", thread.get(10, TimeUnit.SECONDS));
    } finally {
      mine.shutdownNow();
    }
  }

  @Test
  void errorThrownWhileConvertingCompletesTheFutureAsTheBlockingCallThrowsIt() throws Exception {
    server.replies(Reply.status(200).body("x"));
    Endpoint<String> get = engine.endpoint("GET", "/x").idempotent().returning(Returns.body((body, headers) -> {
      throw new AssertionError("decoder bug");
    }));

    assertThrows(AssertionError.class, () -> get.call("x").execute());
    Throwable failure = get.call("x").executeAsync().handle((value, t) -> t).get(10, TimeUnit.SECONDS);
    assertInstanceOf(AssertionError.class, failure);
  }

  @Test
  void aCallbackExecutorThatRefusesFailsTheCallInsteadOfHangingIt() throws Exception {
    ExecutorService shutDown = Executors.newSingleThreadExecutor();
    shutDown.shutdown();
    Engine refusing = server.courier().callbackExecutor(shutDown).build().engine();
    Endpoint<Void> put = refusing.endpoint("PUT", "/x").withBody().idempotent().returning(Returns.discard());

    Throwable failure = put.call("x").executeAsync().handle((value, t) -> t).get(10, TimeUnit.SECONDS);

    assertInstanceOf(java.util.concurrent.RejectedExecutionException.class, failure);
  }
}
