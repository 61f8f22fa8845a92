package io.courier.transport;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Ends what runs past its deadline: calls past their call timeout, or a transport's attempts whose headers are late.
 *
 * <p>One daemon thread looks at the watched items every tick, so watching costs an item only its place in a set:
 * no timer per call, and no thread woken per call, which is what a per-call timeout such as OkHttp's costs on every
 * sequential call (measured at about a tenth of sequential throughput). A deadline is kept to within a tick. The
 * thread starts with the first item, stops after a second with none, and ends on {@link #close()}.
 */
public final class Deadlines {
  /** Something with a deadline that ends itself once it is due. */
  public interface Watched {
    /** Ends this item if its deadline is {@code now} ({@code System.nanoTime()}) or earlier; true if it did. */
    boolean expireIfDue(long now);
  }

  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final String threadName;
  private final long tickNanos;
  private final Set<Watched> watched = ConcurrentHashMap.newKeySet();
  private volatile Thread sweeper;
  private volatile boolean closed;

  /** Deadlines checked every {@code tickMillis} by a thread named {@code threadName}. */
  public Deadlines(String threadName, long tickMillis) {
    this.threadName = Objects.requireNonNull(threadName, "threadName");
    this.tickNanos = TimeUnit.MILLISECONDS.toNanos(tickMillis);
  }

  /** Watches {@code item} until it expires or {@link #done} is called for it. */
  public void watch(Watched item) {
    watched.add(item);
    if (sweeper == null) {
      start();
    }
  }

  /** Stops watching {@code item}: it ended in time. */
  public void done(Watched item) {
    watched.remove(item);
  }

  /** Ends the thread; nothing is watched after this. */
  public void close() {
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
    Thread thread = new Thread(this::sweep, threadName);
    thread.setDaemon(true);
    sweeper = thread;
    thread.start();
  }

  private void sweep() {
    long lastBusy = System.nanoTime();
    while (!closed) {
      LockSupport.parkNanos(this, tickNanos);
      long now = System.nanoTime();
      if (!watched.isEmpty()) {
        lastBusy = now;
        for (Watched item : watched) {
          if (item.expireIfDue(now)) {
            watched.remove(item);
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

  /** Stops the thread unless an item came in meanwhile; watch() added it before it looked at the thread. */
  private synchronized boolean stopIfIdle() {
    if (!watched.isEmpty()) {
      return false;
    }
    sweeper = null;
    return true;
  }
}
