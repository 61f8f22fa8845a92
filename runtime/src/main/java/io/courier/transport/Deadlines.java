package io.courier.transport;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Ends what runs past its deadline: calls past their call timeout, or a transport's attempts whose headers are late.
 *
 * <p>One daemon thread keeps every watched item, so watching costs an item only its place in a list: no timer per
 * call, and no thread woken per call, which is what a per-call timeout such as OkHttp's costs on every sequential
 * call (measured at about a tenth of sequential throughput). The thread sleeps until the earliest time an item could
 * be due, or a second at most, so it wakes about once a second however many calls come and go, rather than every
 * tick; a deadline is still kept to within a tick. The thread starts with the first item, stops after a second with
 * none, and ends on {@link #close()}.
 */
public final class Deadlines {
  /**
   * Something with a deadline that ends itself once it is due. A class rather than an interface so that it carries
   * its own place in the watched list: watching then allocates nothing and hashes nothing, where a concurrent set
   * cost every call a node and an identity hash, about a tenth of Courier's own work per call.
   */
  public abstract static class Watched {
    // Guarded by the lock of the Deadlines watching this item; both null while no Deadlines watches it.
    private Watched previous;
    private Watched next;

    /** An item not yet watched. */
    protected Watched() {}

    /** Ends this item if its deadline is {@code now} ({@code System.nanoTime()}) or earlier; true if it did. */
    public abstract boolean expireIfDue(long now);

    /**
     * The earliest {@code System.nanoTime()} at which this item could be due, as far as it knows at {@code now}:
     * its deadline, or for one that moves (a body's silence) the soonest it could come. The thread looks again then.
     */
    public abstract long checkAt(long now);
  }

  /** The list's head and tail: never due, never handed to the thread. */
  private static final class Ends extends Watched {
    @Override
    public boolean expireIfDue(long now) {
      return false;
    }

    @Override
    public long checkAt(long now) {
      return now + FAR;
    }
  }

  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);
  // Far enough ahead that any item's time is before it, near enough that nanoTime arithmetic cannot overflow.
  private static final long FAR = Long.MAX_VALUE / 4;

  private final String threadName;
  private final long tickNanos;
  // A circular doubly linked list through the items themselves, under one lock: adding and removing an item is a
  // few pointer writes, and the thread copies the items out before it looks at them, never holding the lock while an
  // item ends itself (which may complete a caller's future and run its code).
  private final Watched ends = new Ends();
  private Watched[] sweeping = new Watched[16]; // used by the thread alone
  private volatile Thread sweeper;
  /** When the thread looks next; {@code FAR} ahead while it is looking, so that what comes meanwhile wakes it. */
  private volatile long wakeAt;
  /** Whether an item came since the thread last looked, so that it does not stop while calls keep coming. */
  private volatile boolean watchedSinceSweep;
  private volatile boolean closed;

  /** Deadlines kept to within {@code tickMillis} by a thread named {@code threadName}. */
  public Deadlines(String threadName, long tickMillis) {
    this.threadName = Objects.requireNonNull(threadName, "threadName");
    this.tickNanos = TimeUnit.MILLISECONDS.toNanos(tickMillis);
    ends.previous = ends;
    ends.next = ends;
  }

  /**
   * Watches {@code item}, which could be due first at {@code checkAt} ({@code System.nanoTime()}), until it expires
   * or {@link #done} is called for it.
   */
  public void watch(Watched item, long checkAt) {
    synchronized (ends) {
      if (item.next == null) {
        item.previous = ends.previous;
        item.next = ends;
        ends.previous.next = item;
        ends.previous = item;
      }
    }
    if (!watchedSinceSweep) {
      watchedSinceSweep = true; // read first: most calls find it set, and leave the cache line alone
    }
    Thread running = sweeper;
    if (running == null) {
      start();
    } else if (checkAt - wakeAt < 0) {
      LockSupport.unpark(running); // due before the thread would look: it looks again now
    }
  }

  /** Stops watching {@code item}: it ended in time. */
  public void done(Watched item) {
    synchronized (ends) {
      if (item.next != null) {
        item.previous.next = item.next;
        item.next.previous = item.previous;
        item.previous = null;
        item.next = null;
      }
    }
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
    wakeAt = System.nanoTime(); // looks at once
    Thread thread = new Thread(this::sweep, threadName);
    thread.setDaemon(true);
    sweeper = thread;
    thread.start();
  }

  private void sweep() {
    long lastBusy = System.nanoTime();
    while (!closed) {
      long now = System.nanoTime();
      wakeAt = now + FAR; // an item watched from here on wakes the thread, which then sees it
      watchedSinceSweep = false;
      long next = now + IDLE_NANOS;
      boolean busy = false;
      int count = copyWatched();
      for (int i = 0; i < count; i++) {
        Watched item = sweeping[i];
        sweeping[i] = null; // an item ended meanwhile is not kept until the next look
        if (item.expireIfDue(now)) {
          done(item);
          continue;
        }
        busy = true;
        long at = item.checkAt(now);
        if (at - next < 0) {
          next = at;
        }
      }
      if (sweeping.length > 1024 && count < sweeping.length / 4) {
        sweeping = new Watched[Math.max(16, 2 * count)]; // a burst of calls is over: its room is not kept
      }
      if (busy) {
        lastBusy = now;
      } else if (now - lastBusy > IDLE_NANOS && !watchedSinceSweep && stopIfIdle()) {
        // watch() may have added an item after stopIfIdle looked, yet seen this thread still running.
        if (!isEmpty()) {
          start();
        }
        return;
      }
      // Never sooner than a tick: a deadline is kept to within one, and the thread never spins.
      long wake = next - (now + tickNanos) < 0 ? now + tickNanos : next;
      wakeAt = wake;
      LockSupport.parkNanos(this, wake - now);
    }
    synchronized (this) {
      sweeper = null;
    }
  }

  /** Copies the watched items into {@code sweeping}, grown to hold them; returns how many there are. */
  private int copyWatched() {
    synchronized (ends) {
      int count = 0;
      for (Watched item = ends.next; item != ends; item = item.next) {
        if (count == sweeping.length) {
          sweeping = Arrays.copyOf(sweeping, count * 2);
        }
        sweeping[count++] = item;
      }
      return count;
    }
  }

  private boolean isEmpty() {
    synchronized (ends) {
      return ends.next == ends;
    }
  }

  /** Stops the thread unless an item came in meanwhile. */
  private synchronized boolean stopIfIdle() {
    if (!isEmpty()) {
      return false;
    }
    sweeper = null;
    return true;
  }
}
