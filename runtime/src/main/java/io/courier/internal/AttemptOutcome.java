package io.courier.internal;

import io.courier.Interceptor;
import io.courier.transport.TransportResponse;
import java.time.Duration;
import java.util.Optional;

/** How an attempt or a call ended, as interceptors see it. */
final class AttemptOutcome implements Interceptor.Outcome {
  private final TransportResponse response;
  private final int status;
  private final Throwable failure;
  private final Duration elapsed;

  AttemptOutcome(TransportResponse response, int status, Throwable failure, long startNanos) {
    this.response = response;
    this.status = status;
    this.failure = failure;
    this.elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public Optional<String> header(String name) {
    return response == null ? Optional.empty() : Optional.ofNullable(response.header(name));
  }

  @Override
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public Duration elapsed() {
    return elapsed;
  }
}
