package io.courier.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.HttpStatusException;
import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.Get;
import io.courier.http.Put;
import io.courier.http.Query;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.micrometer.observation.transport.SenderContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One observation per call, through Micrometer's test registry, on both transports. */
class ObservationInterceptorTest {
  interface ItemsApi {
    @Put("/items/{id}")
    Response<Void> put(String id, @Query("api_key") String key, @Body String body);

    @Get("/items/{id}")
    String get(String id);

    @Get("/items/{id}")
    CompletableFuture<String> getAsync(String id);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();

  private final TestObservationRegistry registry = TestObservationRegistry.create();

  private ItemsApi api(TransportKind transport) {
    return server.courier(transport).interceptor(ObservationInterceptor.create(registry)).build()
        .create(ItemsApi.class);
  }

  @TransportTest
  void aCallIsOneObservationTaggedByItsTemplateWhateverItsRetries(TransportKind transport) {
    server.replies(Reply.status(503).header("Retry-After", "0"), Reply.status(204));

    assertEquals(204, api(transport).put("42", "s3cr3t", "hello").status());

    TestObservationRegistryAssert.assertThat(registry)
        .hasNumberOfObservationsWithNameEqualTo("http.client.requests", 1)
        .hasObservationWithNameEqualTo("http.client.requests").that()
        .hasContextualNameEqualTo("http put")
        .hasLowCardinalityKeyValue("method", "PUT")
        .hasLowCardinalityKeyValue("uri", "/items/{id}")
        .hasLowCardinalityKeyValue("status", "204")
        .hasLowCardinalityKeyValue("outcome", "SUCCESS")
        .hasLowCardinalityKeyValue("exception", "none")
        .hasLowCardinalityKeyValue("client.name", "127.0.0.1")
        .hasHighCardinalityKeyValue("http.url", server.base() + "items/42")
        .hasHighCardinalityKeyValue("courier.attempts", "2")
        .hasBeenStarted()
        .hasBeenStopped();
  }

  @TransportTest
  void aFailedCallIsObservedWithItsError(TransportKind transport) {
    server.replies(Reply.status(404));

    assertThrows(HttpStatusException.class, () -> api(transport).get("7"));

    TestObservationRegistryAssert.assertThat(registry)
        .hasObservationWithNameEqualTo("http.client.requests").that()
        .hasLowCardinalityKeyValue("status", "404")
        .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
        .hasLowCardinalityKeyValue("exception", "HttpStatusException")
        .hasBeenStopped()
        .assertThatError().isInstanceOf(HttpStatusException.class);
  }

  @TransportTest
  void anAsyncCallIsObservedUntilItsFutureCompletes(TransportKind transport) throws Exception {
    server.replies(Reply.status(500).body("boom"));

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> api(transport).getAsync("7").get(10, TimeUnit.SECONDS));

    assertInstanceOf(HttpStatusException.class, e.getCause());
    TestObservationRegistryAssert.assertThat(registry)
        .hasObservationWithNameEqualTo("http.client.requests").that()
        .hasLowCardinalityKeyValue("outcome", "SERVER_ERROR")
        .hasBeenStopped();
  }

  @TransportTest
  void aTracersPropagationHeadersGoOutOnEveryAttempt(TransportKind transport) {
    List<String> started = new CopyOnWriteArrayList<>();
    registry.observationConfig().observationHandler(new ObservationHandler<SenderContext<Object>>() {
      @Override
      @SuppressWarnings("unchecked")
      public void onStart(SenderContext<Object> context) {
        // What a tracing handler does: write the span's identity into the carrier through the context's setter.
        context.getSetter().set(context.getCarrier(), "traceparent", "00-trace-span-01");
        started.add(context.getName());
      }

      @Override
      public boolean supportsContext(Observation.Context context) {
        return context instanceof SenderContext;
      }
    });
    server.replies(Reply.status(503).header("Retry-After", "0"), Reply.status(204));

    api(transport).put("1", "k", "hello");

    assertEquals(List.of("http.client.requests"), started);
    assertEquals(2, server.requests().size());
    assertTrue(server.requests().stream().allMatch(r -> "00-trace-span-01".equals(r.header("traceparent"))));
  }
}
