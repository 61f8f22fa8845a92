package io.courier.internal;

import io.courier.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The one place where a call is executed: it sends the request, sends an idempotent, replayable one again when the
 * retry policy allows, and converts the final response. Blocking and async calls follow the same rules.
 */
final class CallExecutor {
  private final HttpClient client;
  private final RetryPolicy retryPolicy;
  private final Executor callbackExecutor;

  CallExecutor(Settings settings) {
    this.client = settings.client();
    this.retryPolicy = settings.retryPolicy();
    this.callbackExecutor = settings.callbackExecutor();
  }

  <R> R send(Endpoint<R> endpoint, HttpRequest request, boolean replayable) throws IOException {
    int attempts = attemptsFor(endpoint, replayable);
    for (int attempt = 1; ; attempt++) {
      HttpResponse<Object> response;
      try {
        response = client.send(request, endpoint.bodyHandler);
      } catch (IOException e) {
        if (attempt >= attempts || !Failures.isRetryable(e)) {
          throw e;
        }
        pause(retryPolicy.backoff(attempt));
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interrupted(request);
      }
      Optional<Duration> retryIn = attempt < attempts ? retryDelay(response, attempt) : Optional.empty();
      if (retryIn.isEmpty()) {
        return endpoint.converter.convert(response);
      }
      pause(retryIn.get());
    }
  }

  <R> CompletableFuture<R> sendAsync(Endpoint<R> endpoint, HttpRequest request, boolean replayable) {
    CompletableFuture<R> result = new CompletableFuture<>();
    attemptAsync(endpoint, request, attemptsFor(endpoint, replayable), 1, result);
    return result;
  }

  private <R> void attemptAsync(
      Endpoint<R> endpoint, HttpRequest request, int attempts, int attempt, CompletableFuture<R> result) {
    // Completing on the callback executor keeps the caller's stages off the client's selector thread.
    client.sendAsync(request, endpoint.bodyHandler).whenCompleteAsync((response, failure) -> {
      try {
        Optional<Duration> retryIn;
        if (failure != null) {
          if (attempt >= attempts || !Failures.isRetryable(failure)) {
            result.completeExceptionally(Failures.translate(endpoint, request, failure));
            return;
          }
          retryIn = Optional.of(retryPolicy.backoff(attempt));
        } else {
          retryIn = attempt < attempts ? retryDelay(response, attempt) : Optional.empty();
          if (retryIn.isEmpty()) {
            result.complete(endpoint.converter.convert(response));
            return;
          }
        }
        Executor later = CompletableFuture.delayedExecutor(
            retryIn.get().toNanos(), TimeUnit.NANOSECONDS, callbackExecutor);
        later.execute(() -> attemptAsync(endpoint, request, attempts, attempt + 1, result));
      } catch (Throwable t) {
        // An Error (from a decoder, say) completes the future as the blocking call throws it: translate rethrows
        // Errors, which would escape this stage and leave the caller's future pending forever.
        result.completeExceptionally(t instanceof Error ? t : Failures.translate(endpoint, request, t));
      }
    }, callbackExecutor).whenComplete((ignored, rejected) -> {
      if (rejected != null) {
        // The callback executor refused the stage (shut down, saturated): fail the call rather than hang it.
        result.completeExceptionally(Failures.unwrap(rejected));
      }
    });
  }

  /** How many attempts the call may make: one unless it is idempotent and its body can be sent again. */
  private int attemptsFor(Endpoint<?> endpoint, boolean replayable) {
    return endpoint.idempotent && replayable ? retryPolicy.maxAttempts() : 1;
  }

  /** The pause before sending again after {@code response}, or empty when the response is final. */
  private Optional<Duration> retryDelay(HttpResponse<Object> response, int attempt) {
    if (!Statuses.isRetryable(response.statusCode())) {
      return Optional.empty();
    }
    Optional<Duration> asked = RetryAfter.parse(response.headers());
    if (asked.isEmpty()) {
      return Optional.of(retryPolicy.backoff(attempt));
    }
    // A server that asks for longer than the policy waits gets its answer passed on to the caller.
    return asked.get().compareTo(retryPolicy.maxRetryAfter()) <= 0 ? asked : Optional.empty();
  }

  private static void pause(Duration pause) throws InterruptedIOException {
    try {
      Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  private static InterruptedIOException interrupted(HttpRequest request) {
    return new InterruptedIOException(
        request.method() + " " + request.uri().getRawPath() + " was interrupted");
  }
}
