package io.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The backoff a policy computes: jittered, doubling, bounded, and never negative or overflowing. */
class RetryPolicyTest {
  @Test
  void backoffStaysWithinTheDoublingCeilingAndTheMaximum() {
    RetryPolicy policy = RetryPolicy.of(10, Duration.ofMillis(100), Duration.ofMillis(350), Duration.ZERO);
    for (int i = 0; i < 1_000; i++) {
      assertTrue(policy.backoff(1).compareTo(Duration.ofMillis(100)) <= 0);
      assertTrue(policy.backoff(2).compareTo(Duration.ofMillis(200)) <= 0);
      assertTrue(policy.backoff(5).compareTo(Duration.ofMillis(350)) <= 0);
      assertTrue(!policy.backoff(5).isNegative());
    }
  }

  @Test
  void aLongInitialBackoffSaturatesInsteadOfOverflowing() {
    RetryPolicy policy = RetryPolicy.of(100, Duration.ofHours(3), Duration.ofDays(365), Duration.ZERO);
    boolean sawLongPause = false;
    for (int i = 0; i < 100; i++) {
      Duration pause = policy.backoff(40);
      assertTrue(!pause.isNegative() && pause.compareTo(Duration.ofDays(365)) <= 0, pause.toString());
      sawLongPause |= pause.compareTo(Duration.ofHours(3)) > 0;
    }
    assertTrue(sawLongPause, "jittered pauses up to a year should exceed the initial 3 hours");
  }

  @Test
  void noneNeverRetriesAndBadBoundsAreRejected() {
    assertEquals(1, RetryPolicy.none().maxAttempts());
    assertEquals(Duration.ZERO, RetryPolicy.none().backoff(1));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(0, Duration.ZERO, Duration.ZERO, Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.of(2, Duration.ofMillis(-1), Duration.ZERO, Duration.ZERO));
  }
}
