package io.courier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The retry budget, on a clock the test moves: a fifth of the last ten seconds' calls, plus two a second. */
class RetryBudgetTest {
  private static final long SECOND = 1_000_000_000L;
  private static final long START = 1_000 * SECOND;
  private final RetryBudget budget = new RetryBudget();

  private int retriesAllowed(long now, int tries) {
    int allowed = 0;
    for (int i = 0; i < tries; i++) {
      if (budget.tryRetry(now)) {
        allowed++;
      }
    }
    return allowed;
  }

  @Test
  void aQuietClientMayStillRetryUpToTheFloor() {
    assertEquals(20, retriesAllowed(START, 100), "two a second over ten seconds");
  }

  @Test
  void retriesAddAtMostAFifthOfTheCallsPlusTheFloor() {
    for (int i = 0; i < 1_000; i++) {
      budget.recordCall(START);
    }

    assertEquals(200 + 20, retriesAllowed(START, 1_000));
  }

  @Test
  void callsAndRetriesOlderThanTenSecondsNoLongerCount() {
    for (int i = 0; i < 1_000; i++) {
      budget.recordCall(START);
    }
    assertEquals(220, retriesAllowed(START, 1_000));
    assertFalse(budget.tryRetry(START + 9 * SECOND), "nine seconds on, the window still holds them all");

    // Ten seconds on, both the calls and the retries have left the window: only the floor is left.
    assertEquals(20, retriesAllowed(START + 10 * SECOND, 1_000));
  }

  @Test
  void theWindowSlidesASecondAtATime() {
    for (int second = 0; second < 10; second++) {
      for (int i = 0; i < 100; i++) {
        budget.recordCall(START + second * SECOND);
      }
    }
    assertEquals(200 + 20, retriesAllowed(START + 9 * SECOND, 1_000));

    // Second 0's 100 calls leave the window while the 220 retries stay: 900 calls allow only 200.
    assertFalse(budget.tryRetry(START + 10 * SECOND));
    for (int i = 0; i < 100; i++) {
      budget.recordCall(START + 10 * SECOND);
    }
    assertFalse(budget.tryRetry(START + 10 * SECOND), "1,000 calls allow 220, all taken");

    // At second 19 only second 10's 100 calls are left, and the retries of second 9 are gone: 20 + 20.
    assertEquals(40, retriesAllowed(START + 19 * SECOND, 1_000));
  }
}
