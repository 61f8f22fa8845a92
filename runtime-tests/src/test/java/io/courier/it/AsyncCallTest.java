package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.BodyCodec;
import io.courier.CallTimeoutException;
import io.courier.Courier;
import io.courier.HttpStatusException;
import io.courier.JacksonCodec;
import io.courier.Response;
import io.courier.RetryPolicy;
import io.courier.TransportException;
import io.courier.http.Body;
import io.courier.http.Get;
import io.courier.http.Path;
import io.courier.http.Put;
import io.courier.testsupport.RawServer;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Async calls: the same results and exceptions as blocking ones, completed off the HTTP client's threads. */
class AsyncCallTest {
  /** The async methods under test, with blocking twins where a test compares the two. */
  interface UsersApi {
    @Put("/users/{id}")
    CompletableFuture<Response<User>> replaceAsync(@Path("id") long id, @Body User user);

    @Put("/users/{id}")
    CompletableFuture<Void> touchAsync(@Path("id") long id);

    @Put("/users/{id}")
    void touch(@Path("id") long id);

    @Put("/users/{id}")
    CompletableFuture<User> renameAsync(@Path("id") long id, String name);

    @Get("/users/{id}")
    CompletableFuture<User> findAsync(@Path("id") long id);

    @Get("/users/{id}")
    User find(@Path("id") long id);

    @Put("/files/{name}")
    CompletableFuture<Void> putFileAsync(@Path("name") String name, @Body String content);

    @Put("/files/{name}.{ext}")
    CompletableFuture<Void> putNamedAsync(@Path("name") String name, @Path("ext") String ext);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();

  private UsersApi api(TransportKind transport) {
    return server.courier(transport).build().create(UsersApi.class);
  }

  private static CompletableFuture<Response<User>> replaceAsync(UsersApi api, long id) {
    return api.replaceAsync(id, new User("Ada", 36));
  }

  @TransportTest
  void success(TransportKind transport) throws Exception {
    server.replies(Reply.status(201).body("{\"name\":\"Ada\",\"age\":37}"));

    Response<User> response = replaceAsync(api(transport), 7).get(10, TimeUnit.SECONDS);

    assertTrue(response.isCreated());
    assertEquals(new User("Ada", 37), response.body());
    assertEquals("{\"name\":\"Ada\",\"age\":36}", server.only().bodyText());
  }

  @TransportTest
  void voidCompletesWithNull(TransportKind transport) throws Exception {
    assertNull(api(transport).touchAsync(1).get(10, TimeUnit.SECONDS));
  }

  @TransportTest
  void statusFailureCompletesWithHttpStatusException(TransportKind transport) throws Exception {
    server.replies(Reply.status(409).body("conflict"));

    CompletableFuture<User> future = api(transport).renameAsync(1, "x");

    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    HttpStatusException status = assertInstanceOf(HttpStatusException.class, e.getCause());
    assertEquals(409, status.status());
    assertEquals("conflict", status.bodyAsString());
    // The future itself holds the exception, not a wrapper: the same type the blocking call throws.
    assertSame(status, future.handle((value, failure) -> failure).join());
    CompletionException joined = assertThrows(CompletionException.class, future::join);
    assertSame(status, joined.getCause());
  }

  @TransportTest
  void refusedConnectionCompletesWithTransportException(TransportKind transport) throws Exception {
    UsersApi refused = transport.configure(Courier.builder())
        .baseUri("http://127.0.0.1:" + RawServer.refusedPort() + "/api/")
        .retryPolicy(RetryPolicy.none()).build().create(UsersApi.class);

    CompletableFuture<Void> future = refused.touchAsync(1);

    Throwable failure = future.handle((value, t) -> t).get(10, TimeUnit.SECONDS);
    assertInstanceOf(TransportException.class, failure);
    assertFalse(failure instanceof CallTimeoutException);
    assertThrows(TransportException.class, () -> refused.touch(1));
  }

  @TransportTest
  void dependentStagesDoNotRunOnTheHttpClientsThreads(TransportKind transport) throws Exception {
    CountDownLatch attached = new CountDownLatch(1);
    server.handler((exchange, request) -> {
      // Answer only once the test has attached its stage, so that the stage runs where the future completes.
      attached.await(10, TimeUnit.SECONDS);
      RecordingServer.send(exchange, Reply.status(200).body("{\"name\":\"Ada\",\"age\":1}"));
    });

    CompletableFuture<String> thread =
        replaceAsync(api(transport), 1).thenApply(r -> Thread.currentThread().getName());
    attached.countDown();

    String name = thread.get(10, TimeUnit.SECONDS);
    assertFalse(name.contains("HttpClient"), name);
    assertTrue(name.startsWith("courier-callback-"), name);
  }

  @TransportTest
  void failuresAlsoCompleteOffTheHttpClientsThreads(TransportKind transport) throws Exception {
    CountDownLatch attached = new CountDownLatch(1);
    server.handler((exchange, request) -> {
      attached.await(10, TimeUnit.SECONDS);
      RecordingServer.send(exchange, Reply.status(500));
    });

    CompletableFuture<String> thread = api(transport).findAsync(1)
        .handle((value, failure) -> Thread.currentThread().getName());
    attached.countDown();

    String name = thread.get(10, TimeUnit.SECONDS);
    assertTrue(name.startsWith("courier-callback-"), name);
  }

  @TransportTest
  void callbackExecutorIsUsed(TransportKind transport) throws Exception {
    ExecutorService mine = Executors.newSingleThreadExecutor(task -> new Thread(task, "my-callbacks"));
    try {
      UsersApi custom = server.courier(transport).callbackExecutor(mine).build().create(UsersApi.class);
      CountDownLatch attached = new CountDownLatch(1);
      server.handler((exchange, request) -> {
        attached.await(10, TimeUnit.SECONDS);
        RecordingServer.send(exchange, Reply.status(204));
      });

      CompletableFuture<String> thread = replaceAsync(custom, 1).thenApply(r -> Thread.currentThread().getName());
      attached.countDown();

      assertEquals("my-callbacks", thread.get(10, TimeUnit.SECONDS));
    } finally {
      mine.shutdownNow();
    }
  }

  /** JSON whose readers fail with an {@link AssertionError}: a bug in conversion, not a bad body. */
  private static final class BuggyReaders implements BodyCodec {
    private final BodyCodec json = JacksonCodec.create();

    @Override
    public String mediaType() {
      return json.mediaType();
    }

    @Override
    public <T> Writer<T> writer(Type type) {
      return json.writer(type);
    }

    @Override
    public <T> Reader<T> reader(Type type) {
      return bytes -> {
        throw new AssertionError("decoder bug");
      };
    }
  }

  @TransportTest
  void errorThrownWhileConvertingCompletesTheFutureAsTheBlockingCallThrowsIt(TransportKind transport)
      throws Exception {
    server.replies(Reply.status(200).body("x"));
    UsersApi buggy = server.courier(transport).codec(new BuggyReaders()).build().create(UsersApi.class);

    assertThrows(AssertionError.class, () -> buggy.find(1));
    Throwable failure = buggy.findAsync(1).handle((value, t) -> t).get(10, TimeUnit.SECONDS);
    assertInstanceOf(AssertionError.class, failure);
  }

  @TransportTest
  void aCallbackExecutorThatRefusesFailsTheCallInsteadOfHangingIt(TransportKind transport) throws Exception {
    ExecutorService shutDown = Executors.newSingleThreadExecutor();
    shutDown.shutdown();
    UsersApi refusing = server.courier(transport).callbackExecutor(shutDown).build().create(UsersApi.class);

    Throwable failure = refusing.touchAsync(1).handle((value, t) -> t).get(10, TimeUnit.SECONDS);

    assertInstanceOf(RejectedExecutionException.class, failure);
  }

  @TransportTest
  void badPathValuesFailTheFutureNamingTheParameterAndSendNothing(TransportKind transport) throws Exception {
    UsersApi api = api(transport);

    // Each is refused where the call executes, so the method returns a failed future rather than throwing.
    assertRefused(api.putFileAsync("..", "x"), "'name'");
    assertRefused(api.putFileAsync(null, "x"), "'name'");
    assertRefused(api.putNamedAsync("", ""), "'name', 'ext'");
    assertRefused(api.putFileAsync("notes", null), "'content'");
    assertEquals(0, server.requests().size());
  }

  private static void assertRefused(CompletableFuture<Void> future, String parameter) throws Exception {
    Throwable failure = future.handle((value, t) -> t).get(10, TimeUnit.SECONDS);
    IllegalArgumentException refused = assertInstanceOf(IllegalArgumentException.class, failure);
    assertTrue(refused.getMessage().contains(parameter), refused.getMessage());
  }
}
