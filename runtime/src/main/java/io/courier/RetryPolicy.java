package io.courier;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When Courier sends an idempotent request again: after a connection failure before any response byte, or a 503
 * or 429 answer (honouring {@code Retry-After}), with bounded, jittered exponential backoff, and only when the body
 * can be sent again.
 *
 * <p>POST and PATCH are never retried unless the method is marked {@code @Idempotent} or the call carries an
 * idempotency key.
 */
public final class RetryPolicy {
  private static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(30));

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;

  private RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.maxRetryAfter = maxRetryAfter;
  }

  /** Never retries. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** Up to 3 attempts, backing off from 100 ms to at most 2 s, waiting at most 30 s for a {@code Retry-After}. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A policy with the given bounds.
   *
   * @param maxAttempts attempts in all, including the first; 1 means never retry
   * @param initialBackoff the upper bound of the first jittered pause, doubled for each further attempt
   * @param maxBackoff the upper bound of any pause
   * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one ends the retries
   */
  public static RetryPolicy of(
      int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    requireNotNegative(initialBackoff, "initialBackoff");
    requireNotNegative(maxBackoff, "maxBackoff");
    requireNotNegative(maxRetryAfter, "maxRetryAfter");
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter);
  }

  /** Attempts in all, including the first. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The longest {@code Retry-After} this policy waits for. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** The pause before attempt {@code attempt + 1}, after {@code attempt} failed ones: full jitter, bounded. */
  public Duration backoff(int attempt) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 62);
    long initial = initialBackoff.toNanos();
    // Saturate rather than shift into the sign bit, which would turn a long pause into none at all.
    long ceiling = initial > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : initial << doublings;
    long bound = Math.min(ceiling, maxBackoff.toNanos());
    return bound <= 0 ? Duration.ZERO : Duration.ofNanos(ThreadLocalRandom.current().nextLong(bound + 1));
  }

  private static void requireNotNegative(Duration duration, String name) {
    if (Objects.requireNonNull(duration, name).isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + duration);
    }
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + "}";
  }
}
