package io.courier.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The calls of one Courier that have begun and not yet finished, for {@code close()} to end.
 *
 * <p>A doubly linked list through the calls themselves, under one lock: a call's coming and going costs a few
 * pointer writes, where a concurrent set cost every call a node and an identity hash, both measurable per call.
 */
final class CallsInFlight {
  private final Object lock = new Object();
  private Attempts<?> first; // guarded by lock, as are the calls' links

  void add(Attempts<?> call) {
    synchronized (lock) {
      call.nextInFlight = first;
      if (first != null) {
        first.previousInFlight = call;
      }
      first = call;
    }
  }

  /** Removes {@code call}; a call removed already, or never added, is left as it is. */
  void remove(Attempts<?> call) {
    synchronized (lock) {
      if (call != first && call.previousInFlight == null) {
        return;
      }
      if (call.previousInFlight != null) {
        call.previousInFlight.nextInFlight = call.nextInFlight;
      } else {
        first = call.nextInFlight;
      }
      if (call.nextInFlight != null) {
        call.nextInFlight.previousInFlight = call.previousInFlight;
      }
      call.previousInFlight = null;
      call.nextInFlight = null;
    }
  }

  /** The calls in flight now, copied, so that ending them runs outside the lock. */
  List<Attempts<?>> copy() {
    List<Attempts<?>> calls = new ArrayList<>();
    synchronized (lock) {
      for (Attempts<?> call = first; call != null; call = call.nextInFlight) {
        calls.add(call);
      }
    }
    return calls;
  }
}
