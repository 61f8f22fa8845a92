package io.courier.internal;

import java.util.Arrays;

/**
 * Keeps retries from multiplying an outage: over the last ten seconds, retries may add at most a fifth to the calls
 * made, plus a small floor per second so that a quiet client can still retry. A retry the budget refuses is not made.
 * One per {@code Courier}, shared by all its calls (Finagle's and gRPC's retry budgets work the same way).
 */
final class RetryBudget {
  static final double RATIO = 0.2;
  static final int FLOOR_PER_SECOND = 2;
  private static final int SECONDS = 10;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  // One bucket per second of the window, guarded by this: a call adds one, and a retry takes one, lock held briefly.
  private final long[] calls = new long[SECONDS];
  private final long[] retries = new long[SECONDS];
  private long newestSecond = Long.MIN_VALUE;

  /** Counts a call, once, however many attempts it makes. */
  synchronized void recordCall(long nowNanos) {
    calls[roll(nowNanos)]++;
  }

  /** Whether one more retry fits the budget; if it does, it is counted. */
  synchronized boolean tryRetry(long nowNanos) {
    int bucket = roll(nowNanos);
    long callsInWindow = 0;
    long retriesInWindow = 0;
    for (int i = 0; i < SECONDS; i++) {
      callsInWindow += calls[i];
      retriesInWindow += retries[i];
    }
    if (retriesInWindow + 1 > RATIO * callsInWindow + FLOOR_PER_SECOND * SECONDS) {
      return false;
    }
    retries[bucket]++;
    return true;
  }

  /** The bucket of the current second, after clearing those that fell out of the window. */
  private int roll(long nowNanos) {
    long second = Math.floorDiv(nowNanos, NANOS_PER_SECOND);
    if (newestSecond == Long.MIN_VALUE || second - newestSecond >= SECONDS) {
      Arrays.fill(calls, 0);
      Arrays.fill(retries, 0);
    } else {
      for (long s = newestSecond + 1; s <= second; s++) {
        int stale = Math.floorMod(s, SECONDS);
        calls[stale] = 0;
        retries[stale] = 0;
      }
    }
    newestSecond = Math.max(newestSecond, second);
    return Math.floorMod(second, SECONDS);
  }
}
