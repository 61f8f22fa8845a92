package io.courier.internal;

import io.courier.Interceptor;
import java.lang.System.Logger.Level;
import java.util.List;

/** A Courier's interceptors, run in their order before an attempt and in the reverse order after one. */
final class Interceptors {
  private static final System.Logger LOG = System.getLogger("io.courier");

  private final Interceptor[] all;

  Interceptors(List<Interceptor> interceptors) {
    this.all = interceptors.toArray(new Interceptor[0]);
  }

  /** Whether there are none, so that a call pays nothing for them. */
  boolean isEmpty() {
    return all.length == 0;
  }

  void beforeAttempt(AttemptView attempt) {
    for (Interceptor interceptor : all) {
      interceptor.beforeAttempt(attempt);
    }
  }

  /** Runs every hook, the last added first; true when any asked for the request to be sent once more. */
  boolean afterAttempt(AttemptView attempt, AttemptOutcome outcome) {
    boolean resend = false;
    for (int i = all.length - 1; i >= 0; i--) {
      resend |= all[i].afterAttempt(attempt, outcome);
    }
    return resend;
  }

  /** Runs every hook, the last added first; the call's result is decided, so a hook's failure is only logged. */
  void afterCall(AttemptView last, AttemptOutcome outcome) {
    for (int i = all.length - 1; i >= 0; i--) {
      Interceptor interceptor = all[i];
      try {
        interceptor.afterCall(last, outcome);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, () -> "Interceptor " + interceptor.getClass().getName() + " failed in afterCall of "
            + last.method() + " " + last.uriTemplate() + ": " + e.getClass().getName());
      }
    }
  }
}
