package io.courier.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Ends the calls that run past their call timeout, blocking or async, wherever they are: waiting for a response,
 * reading it, or pausing before a retry. One thread of the {@code Courier} looks at the calls that have a timeout
 * every {@link #TICK_MILLIS}, so a call only adds itself to a set, and no thread is woken per call; the thread stops
 * after a second without such calls, and when the {@code Courier} closes. Calls without a timeout never come here.
 */
final class CallDeadlines {
  static final long TICK_MILLIS = 10;
  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final Set<Attempts<?>> watched = ConcurrentHashMap.newKeySet();
  private volatile Thread sweeper;
  private volatile boolean closed;

  void watch(Attempts<?> call) {
    watched.add(call);
    if (sweeper == null) {
      start();
    }
  }

  void done(Attempts<?> call) {
    watched.remove(call);
  }

  void close() {
    closed = true;
    Thread running = sweeper;
    if (running != null) {
      LockSupport.unpark(running);
    }
  }

  private synchronized void start() {
    if (sweeper != null || closed) {
      return;
    }
    Thread thread = new Thread(this::sweep, "courier-deadlines");
    thread.setDaemon(true);
    sweeper = thread;
    thread.start();
  }

  private void sweep() {
    long lastBusy = System.nanoTime();
    while (!closed) {
      LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
      long now = System.nanoTime();
      if (!watched.isEmpty()) {
        lastBusy = now;
        for (Attempts<?> call : watched) {
          if (call.expireIfDue(now)) {
            watched.remove(call);
          }
        }
      } else if (now - lastBusy > IDLE_NANOS && stopIfIdle()) {
        return;
      }
    }
    synchronized (this) {
      sweeper = null;
    }
  }

  /** Stops the thread unless a call came in meanwhile; watch() added it before it looked at the thread. */
  private synchronized boolean stopIfIdle() {
    if (!watched.isEmpty()) {
      return false;
    }
    sweeper = null;
    return true;
  }
}
