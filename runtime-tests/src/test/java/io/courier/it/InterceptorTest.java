package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.Courier;
import io.courier.HttpStatusException;
import io.courier.Interceptor;
import io.courier.Response;
import io.courier.TransportException;
import io.courier.http.Body;
import io.courier.http.Get;
import io.courier.http.Post;
import io.courier.http.Put;
import io.courier.testsupport.RawServer;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Interceptors around calls and attempts: a token per attempt and one refresh, tracing, metrics, their order. */
class InterceptorTest {
  /** Calls of a replayable and a one-shot body, blocking and async. */
  interface UsersApi {
    @Put("/users/{id}")
    Response<User> put(String id, @Body User user);

    @Get("/users/{id}")
    User get(String id);

    @Get("/users/{id}")
    CompletableFuture<User> getAsync(String id);

    @Post("/users")
    void post(@Body User user);
  }

  private static final User ADA = new User("Ada", 36);
  private static final Reply OK = Reply.status(200).body("{\"name\":\"Ada\",\"age\":36}");

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();

  /** Hands out token-1, token-2... and refreshes on request, as a token provider would. */
  static final class Tokens implements Interceptor {
    final AtomicInteger issued = new AtomicInteger(1);
    final AtomicInteger refreshes = new AtomicInteger();

    @Override
    public void beforeAttempt(Attempt attempt) {
      attempt.setHeader("Authorization", "Bearer token-" + issued.get());
    }

    @Override
    public boolean afterAttempt(Attempt attempt, Outcome outcome) {
      if (outcome.status() != 401) {
        return false;
      }
      refreshes.incrementAndGet();
      issued.incrementAndGet();
      return true;
    }
  }

  private UsersApi api(TransportKind transport, Interceptor... interceptors) {
    Courier.Builder builder = server.courier(transport);
    for (Interceptor interceptor : interceptors) {
      builder.interceptor(interceptor);
    }
    return builder.build().create(UsersApi.class);
  }

  private List<String> sentAuthorizations() {
    return server.requests().stream().map(r -> r.header("Authorization")).toList();
  }

  @TransportTest
  void a401IsAnsweredWithOneRefreshAndOneResend(TransportKind transport) {
    server.replies(Reply.status(401), OK);
    Tokens tokens = new Tokens();

    assertEquals(200, api(transport, tokens).put("1", ADA).status());

    assertEquals(List.of("Bearer token-1", "Bearer token-2"), sentAuthorizations());
    assertEquals(server.requests().get(0).bodyText(), server.requests().get(1).bodyText());
    assertEquals(1, tokens.refreshes.get());
  }

  @TransportTest
  void aServerThatAlwaysAnswers401GetsOneResendNeverALoop(TransportKind transport) {
    server.replies(Reply.status(401));
    Tokens tokens = new Tokens();

    assertEquals(401, api(transport, tokens).put("1", ADA).status());

    assertEquals(List.of("Bearer token-1", "Bearer token-2"), sentAuthorizations());
  }

  @TransportTest
  void aBodyThatCannotBeSentAgainIsNotResent(TransportKind transport) {
    server.replies(Reply.status(401), Reply.status(204));
    Courier courier = server.courier(transport).interceptor(new Tokens()).build();

    Response<Void> response = courier.create(StreamPutApi.class)
        .uploadForStatus("a", new ByteArrayInputStream(new byte[] {1, 2, 3}));

    assertEquals(401, response.status());
    assertEquals(1, server.requests().size());
  }

  @TransportTest
  void noResendAfterAFailureWhereThePostMayHaveBeenApplied(TransportKind transport) throws Exception {
    AtomicInteger asked = new AtomicInteger();
    Interceptor alwaysResend = new Interceptor() {
      @Override
      public boolean afterAttempt(Attempt attempt, Outcome outcome) {
        asked.incrementAndGet();
        return true;
      }
    };
    try (RawServer raw = RawServer.start(socket -> RawServer.readRequest(socket.getInputStream()))) {
      UsersApi api = raw.courier(transport).interceptor(alwaysResend).build().create(UsersApi.class);

      assertThrows(TransportException.class, () -> api.post(ADA));

      assertEquals(1, raw.connections());
      assertEquals(1, asked.get());
    }
  }

  @TransportTest
  void everyRetryGetsAFreshHeader(TransportKind transport) {
    server.replies(Reply.status(503).header("Retry-After", "0"), OK);
    AtomicInteger counter = new AtomicInteger();
    Interceptor perAttempt = new Interceptor() {
      @Override
      public void beforeAttempt(Attempt attempt) {
        assertEquals(counter.incrementAndGet(), attempt.number());
        attempt.setHeader("X-Attempt", String.valueOf(attempt.number()));
      }
    };

    api(transport, perAttempt).get("1");

    assertEquals(List.of("1", "2"), server.requests().stream().map(r -> r.header("X-Attempt")).toList());
  }

  /** Records what a tracer or a metrics registry would: the template, each attempt, each call's outcome. */
  static final class Recorder implements Interceptor {
    final List<String> events = new CopyOnWriteArrayList<>();
    final String name;

    Recorder(String name) {
      this.name = name;
    }

    @Override
    public void beforeAttempt(Attempt attempt) {
      events.add(name + " before " + attempt.method() + " " + attempt.uriTemplate() + " #" + attempt.number());
      attempt.setHeader("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    @Override
    public boolean afterAttempt(Attempt attempt, Outcome outcome) {
      assertTrue(!outcome.elapsed().isNegative());
      events.add(name + " after #" + attempt.number() + " " + outcome.status()
          + outcome.failure().map(f -> " " + f.getClass().getSimpleName()).orElse(""));
      return false;
    }

    @Override
    public void afterCall(Attempt last, Outcome outcome) {
      events.add(name + " call " + last.uriTemplate() + " " + outcome.status() + " in " + last.number()
          + outcome.failure().map(f -> " " + f.getClass().getSimpleName()).orElse(""));
    }
  }

  @TransportTest
  void tracingAndMetricsSeeTheTemplateEachAttemptAndTheCallsOutcome(TransportKind transport) throws Exception {
    server.replies(Reply.status(503).header("Retry-After", "0"), OK);
    Recorder recorder = new Recorder("m");
    UsersApi api = api(transport, recorder);

    api.get("42");
    server.replies(Reply.status(404));
    assertThrows(Exception.class, () -> api.getAsync("7").get(10, TimeUnit.SECONDS));

    assertEquals(List.of(
        "m before GET /users/{id} #1", "m after #1 503", "m before GET /users/{id} #2", "m after #2 200",
        "m call /users/{id} 200 in 2",
        "m before GET /users/{id} #1", "m after #1 404", "m call /users/{id} 404 in 1 HttpStatusException"),
        recorder.events);
    assertTrue(server.requests().stream().allMatch(r -> r.header("traceparent") != null));
  }

  @TransportTest
  void aRefusedConnectionReachesTheHooksAsAFailure(TransportKind transport) throws Exception {
    Recorder recorder = new Recorder("m");
    UsersApi api = transport.configure(Courier.builder())
        .baseUri("http://127.0.0.1:" + RawServer.refusedPort() + "/api/")
        .retryPolicy(io.courier.RetryPolicy.none()).interceptor(recorder).build().create(UsersApi.class);

    assertThrows(TransportException.class, () -> api.get("1"));

    assertEquals(3, recorder.events.size(), recorder.events.toString());
    assertTrue(recorder.events.get(1).startsWith("m after #1 0 "), recorder.events.get(1));
    assertTrue(recorder.events.get(2).startsWith("m call /users/{id} 0 in 1 "), recorder.events.get(2));
  }

  @TransportTest
  void interceptorsRunInOrderBeforeAndInReverseAfter(TransportKind transport) {
    server.replies(OK);
    List<String> shared = new CopyOnWriteArrayList<>();
    Interceptor both = new Interceptor() {
      @Override
      public void beforeAttempt(Attempt attempt) {
        shared.add("outer before");
      }

      @Override
      public boolean afterAttempt(Attempt attempt, Outcome outcome) {
        shared.add("outer after");
        return false;
      }

      @Override
      public void afterCall(Attempt last, Outcome outcome) {
        shared.add("outer call");
      }
    };
    Interceptor inner = new Interceptor() {
      @Override
      public void beforeAttempt(Attempt attempt) {
        shared.add("inner before");
      }

      @Override
      public boolean afterAttempt(Attempt attempt, Outcome outcome) {
        shared.add("inner after");
        return false;
      }

      @Override
      public void afterCall(Attempt last, Outcome outcome) {
        shared.add("inner call");
        throw new IllegalStateException("a broken metrics hook");
      }
    };

    assertEquals(ADA, api(transport, both, inner).get("1"));

    assertEquals(List.of("outer before", "inner before", "inner after", "outer after", "inner call", "outer call"),
        shared);
  }

  @TransportTest
  void aCredentialSetByAnInterceptorIsNotSentToAnotherOrigin(TransportKind transport) {
    try (RecordingServer other = RecordingServer.started()) {
      other.replies(OK);
      server.replies(Reply.status(302).header("Location", other.uri("/api/users/1").toString()));

      assertEquals(ADA, api(transport, new Tokens()).get("1"));

      assertEquals("Bearer token-1", server.only().header("Authorization"));
      assertNull(other.only().header("Authorization"));
    }
  }

  @TransportTest
  void aHeaderValueWithALineBreakIsRefusedBeforeAnythingIsSent(TransportKind transport) {
    Interceptor injecting = new Interceptor() {
      @Override
      public void beforeAttempt(Attempt attempt) {
        attempt.setHeader("X-Trace", "a\r\nX-Injected: 1");
      }
    };

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> api(transport, injecting).get("1"));

    assertTrue(e.getMessage().contains("X-Trace"), e.getMessage());
    assertEquals(0, server.requests().size());
  }
}
