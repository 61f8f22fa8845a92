package io.courier.okhttp;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Ends the exchanges whose response headers have not arrived by their deadline: Courier's request timeout.
 *
 * <p>OkHttp's own call timeout would do, but it wakes Okio's watchdog thread on every call that becomes the earliest
 * deadline, which is every sequential call: a thread hand-off per call, measured at about a tenth of sequential
 * throughput. Here one thread of the transport looks at the waiting exchanges every {@link #TICK_MILLIS}, so a call
 * only adds itself to a set and removes itself again; a deadline is kept to within a tick. The thread stops after a
 * second without calls, and when the transport closes.
 */
final class HeaderDeadlines {
  static final long TICK_MILLIS = 25;
  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final Set<OkHttpExchange> waiting = ConcurrentHashMap.newKeySet();
  private volatile Thread sweeper;
  private volatile boolean closed;

  /** Watches {@code exchange} until {@link #done} is called for it. */
  void watch(OkHttpExchange exchange) {
    waiting.add(exchange);
    if (sweeper == null) {
      start();
    }
  }

  /** Stops watching {@code exchange}: its headers arrived, or it failed. */
  void done(OkHttpExchange exchange) {
    waiting.remove(exchange);
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
    Thread thread = new Thread(this::sweep, "courier-okhttp-deadlines");
    thread.setDaemon(true);
    sweeper = thread;
    thread.start();
  }

  private void sweep() {
    long lastBusy = System.nanoTime();
    while (!closed) {
      LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
      long now = System.nanoTime();
      if (!waiting.isEmpty()) {
        lastBusy = now;
        for (OkHttpExchange exchange : waiting) {
          if (exchange.deadline() - now <= 0) {
            waiting.remove(exchange);
            exchange.timeOut();
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

  /** Stops the thread unless an exchange came in meanwhile; watch() added it before it looked at the thread. */
  private synchronized boolean stopIfIdle() {
    if (!waiting.isEmpty()) {
      return false;
    }
    sweeper = null;
    return true;
  }
}
