package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.DecodingException;
import io.courier.HttpStatusException;
import io.courier.PreconditionFailedException;
import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.Get;
import io.courier.http.Header;
import io.courier.http.Path;
import io.courier.http.Put;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A method that declares a typed error throws it, made from the HttpStatusException, blocking and async alike. */
class TypedErrorsTest {
  private static final String PROBLEM = "{\"title\":\"no such item\",\"status\":404}";

  /** An RFC 9457 problem document, as servers send with their errors. */
  record Problem(String title, int status) {}

  /** Checked: the compiler makes callers of a blocking method handle it. */
  static final class ItemMissing extends Exception {
    private static final long serialVersionUID = 1L;

    public ItemMissing(HttpStatusException status) {
      super(status.getMessage(), status);
    }

    HttpStatusException status() {
      return (HttpStatusException) getCause();
    }
  }

  /** Unchecked. */
  static final class ItemConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ItemConflict(HttpStatusException status) {
      super(status.getMessage(), status);
    }
  }

  /** Each kind of method, with and without a typed error. */
  interface ItemsApi {
    @Get("/items/{id}")
    User find(@Path("id") String id) throws ItemMissing;

    @Get("/items/{id}")
    User read(@Path("id") String id) throws IOException, ItemMissing;

    @Get("/items/{id}")
    CompletableFuture<User> findAsync(@Path("id") String id) throws ItemMissing;

    @Get("/items/{id}")
    Optional<User> lookup(@Path("id") String id) throws ItemMissing;

    @Get("/items/{id}")
    Response<User> fetch(@Path("id") String id) throws ItemMissing;

    @Put("/items/{id}")
    void replace(@Path("id") String id, @Body User item) throws ItemConflict;

    @Put("/items/{id}")
    CompletableFuture<Void> replaceAsync(@Path("id") String id, @Body User item) throws ItemConflict;

    @Put("/items/{id}")
    void update(@Path("id") String id, @Header("If-Match") String etag, @Body User item);

    @Put("/items/{id}")
    CompletableFuture<Void> updateAsync(@Path("id") String id, @Header("If-Match") String etag, @Body User item);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private ItemsApi api;

  @BeforeEach
  void create(TransportKind transport) {
    api = server.courier(transport).build().create(ItemsApi.class);
  }

  private static Reply notFound() {
    return Reply.status(404).header("Content-Type", "application/problem+json").body(PROBLEM);
  }

  @TransportTest
  void checkedTypedErrorReachesABlockingCallerAsItself() {
    server.replies(notFound());

    ItemMissing e = assertThrows(ItemMissing.class, () -> api.find("a"));

    assertEquals(404, e.status().status());
    assertEquals("GET", e.status().method());
    assertEquals(new Problem("no such item", 404), e.status().bodyAs(Problem.class));
    assertEquals(PROBLEM, e.status().bodyAsString());
  }

  @TransportTest
  void checkedTypedErrorBesideIoException() {
    server.replies(notFound());

    ItemMissing e = assertThrows(ItemMissing.class, () -> api.read("a"));

    assertEquals(404, e.status().status());
  }

  @TransportTest
  void uncheckedTypedError() {
    server.replies(Reply.status(409).body("{\"title\":\"stale\",\"status\":409}"));

    ItemConflict e = assertThrows(ItemConflict.class, () -> api.replace("a", new User("Ada", 36)));

    HttpStatusException status = assertInstanceOf(HttpStatusException.class, e.getCause());
    assertEquals(409, status.status());
    assertEquals(new Problem("stale", 409), status.bodyAs(Problem.class));
  }

  @TransportTest
  void asyncFutureFailsWithTheCheckedTypedError() throws ItemMissing { // declared, so javac wants it handled
    server.replies(notFound());

    CompletableFuture<User> future = api.findAsync("a");

    ExecutionException e = assertThrows(ExecutionException.class, future::get);
    ItemMissing missing = assertInstanceOf(ItemMissing.class, e.getCause());
    assertEquals(new Problem("no such item", 404), missing.status().bodyAs(Problem.class));
    assertInstanceOf(ItemMissing.class, assertThrows(CompletionException.class, future::join).getCause());
  }

  @TransportTest
  void asyncFutureFailsWithTheUncheckedTypedError() {
    server.replies(Reply.status(409));

    CompletableFuture<Void> future = api.replaceAsync("a", new User("Ada", 36));

    ExecutionException e = assertThrows(ExecutionException.class, future::get);
    assertEquals(409, assertInstanceOf(HttpStatusException.class,
        assertInstanceOf(ItemConflict.class, e.getCause()).getCause()).status());
  }

  @TransportTest
  void optionalStillReturnsEmptyFor404AndThrowsTheTypedErrorForOthers() throws ItemMissing {
    server.replies(Reply.status(404), Reply.status(500));

    assertEquals(Optional.empty(), api.lookup("a"));
    ItemMissing e = assertThrows(ItemMissing.class, () -> api.lookup("a"));
    assertEquals(500, e.status().status());
  }

  @TransportTest
  void responseReturnNeverThrows() throws ItemMissing {
    server.replies(notFound());

    Response<User> response = api.fetch("a");

    assertEquals(404, response.status());
    assertNull(response.body());
    assertEquals(PROBLEM, new String(response.errorBody(), StandardCharsets.UTF_8));
  }

  @TransportTest
  void successIsUnaffected() throws Exception {
    // Each 2xx is returned as before; the typed error's constructor is never called.
    Reply ada = Reply.status(200).header("Content-Type", "application/json").body("{\"name\":\"Ada\",\"age\":36}");
    server.replies(ada, Reply.status(204), ada);

    assertEquals(new User("Ada", 36), api.find("a"));
    api.replace("a", new User("Ada", 37));
    assertEquals(new User("Ada", 36), api.findAsync("a").get());
  }

  @TransportTest
  void undecodableErrorBodyIsADecodingException() {
    server.replies(Reply.status(500).header("Content-Type", "text/html").body("<html>oops</html>"));

    ItemMissing e = assertThrows(ItemMissing.class, () -> api.find("a"));

    DecodingException failure = assertThrows(DecodingException.class, () -> e.status().bodyAs(Problem.class));
    assertTrue(failure.getMessage().contains("HTTP 500"), failure.getMessage());
    assertEquals("<html>oops</html>", e.status().bodyAsString());
  }

  @TransportTest
  void emptyErrorBodyDecodesAsNull() {
    server.replies(Reply.status(404));

    ItemMissing e = assertThrows(ItemMissing.class, () -> api.find("a"));

    assertNull(e.status().bodyAs(Problem.class));
  }

  @TransportTest
  void preconditionFailedCarriesTheCurrentEtag() {
    server.replies(Reply.status(412).header("ETag", "\"v7\""));

    PreconditionFailedException e = assertThrows(PreconditionFailedException.class,
        () -> api.update("a", "\"v6\"", new User("Ada", 36)));

    assertEquals(412, e.status());
    assertEquals(Optional.of("\"v7\""), e.currentEtag());
    assertEquals("\"v6\"", server.only().header("If-Match"));
  }

  @TransportTest
  void preconditionFailedWithoutAnEtag() {
    server.replies(Reply.status(412));

    PreconditionFailedException e = assertThrows(PreconditionFailedException.class,
        () -> api.update("a", "\"v6\"", new User("Ada", 36)));

    assertEquals(Optional.empty(), e.currentEtag());
  }

  @TransportTest
  void preconditionFailedAsync() {
    server.replies(Reply.status(412).header("ETag", "W/\"v7\""));

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> api.updateAsync("a", "\"v6\"", new User("Ada", 36)).get());

    assertEquals(Optional.of("W/\"v7\""), assertInstanceOf(PreconditionFailedException.class, e.getCause())
        .currentEtag());
  }

  @TransportTest
  void typedErrorWrapsThePreconditionFailure() {
    server.replies(Reply.status(412).header("ETag", "\"v7\""));

    ItemConflict e = assertThrows(ItemConflict.class, () -> api.replace("a", new User("Ada", 36)));

    assertEquals(Optional.of("\"v7\""),
        assertInstanceOf(PreconditionFailedException.class, e.getCause()).currentEtag());
  }
}
