package io.courier.sample;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.Courier;
import io.courier.Response;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A generated async method fails its future, never its caller, for bad arguments as for any other failure. */
class AsyncArgumentsTest {
  private DocumentServer server;
  private DocumentsApi api;

  @BeforeEach
  void start(TransportKind transport) throws Exception {
    server = DocumentServer.start();
    api = transport.configure(Courier.builder()).baseUri(server.baseUri()).build().create(DocumentsApi.class);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @TransportTest
  void aDotDotKeyFailsTheFuture() {
    CompletableFuture<Response<Document>> future = api.putAsync("..", new Document("t", "x", List.of()));

    ExecutionException failure = assertThrows(
        ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    IllegalArgumentException cause = assertInstanceOf(IllegalArgumentException.class, failure.getCause());
    assertTrue(cause.getMessage().contains("'key'"), cause.getMessage());
  }

  @TransportTest
  void aNullBodyFailsTheFuture() {
    CompletableFuture<Response<Document>> future = api.putAsync("doc", null);

    assertTrue(future.isCompletedExceptionally());
    Throwable cause = future.handle((value, t) -> t).join();
    assertInstanceOf(IllegalArgumentException.class, cause);
  }
}
