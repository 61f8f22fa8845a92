package io.courier.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sweeper ends items at their deadlines, and sleeps rather than ticks while nothing can be due. */
class DeadlinesTest {
  private static final long TICK_MILLIS = 10;

  private final Deadlines deadlines = new Deadlines("deadlines-test", TICK_MILLIS);

  @AfterEach
  void close() {
    deadlines.close();
  }

  /** An item due at a fixed time, counting how often the sweeper looked at it. */
  private static final class Item extends Deadlines.Watched {
    final long due;
    final CountDownLatch expired = new CountDownLatch(1);
    final AtomicInteger looks = new AtomicInteger();
    volatile long expiredAt;

    Item(long dueInMillis) {
      this.due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(dueInMillis);
    }

    @Override
    public boolean expireIfDue(long now) {
      looks.incrementAndGet();
      if (now - due < 0) {
        return false;
      }
      expiredAt = now;
      expired.countDown();
      return true;
    }

    @Override
    public long checkAt(long now) {
      return due;
    }
  }

  private static long millisLate(Item item) {
    return TimeUnit.NANOSECONDS.toMillis(item.expiredAt - item.due);
  }

  @Test
  void anItemExpiresAtItsDeadline() throws InterruptedException {
    Item item = new Item(100);
    deadlines.watch(item, item.due);

    assertTrue(item.expired.await(5, TimeUnit.SECONDS));
    assertTrue(millisLate(item) < 1_000, millisLate(item) + " ms late");
  }

  @Test
  void anEarlierItemWakesTheSweeperThatSleepsUntilALaterOne() throws InterruptedException {
    Item later = new Item(60_000);
    deadlines.watch(later, later.due);
    Thread.sleep(100); // the sweeper has looked, and sleeps until the later deadline or its idle check

    Item sooner = new Item(200);
    deadlines.watch(sooner, sooner.due);

    assertTrue(sooner.expired.await(5, TimeUnit.SECONDS));
    assertTrue(millisLate(sooner) < 500, millisLate(sooner) + " ms late");
    assertEquals(1, later.expired.getCount());
  }

  @Test
  void theSweeperDoesNotWakeEveryTickWhileNothingCanBeDue() throws InterruptedException {
    Item far = new Item(60_000);
    deadlines.watch(far, far.due);

    Thread.sleep(600);

    // Ticking would have looked about 60 times; sleeping until the deadline or the idle check, once or twice.
    assertTrue(far.looks.get() <= 3, far.looks.get() + " looks");
  }

  @Test
  void anItemWhoseDeadlineMovesIsLookedAtAgainWhenItSaysItCouldBeDue() throws InterruptedException {
    // Like a body's silence, which starts to count only once bytes are asked for.
    long start = System.nanoTime();
    long quietFor = TimeUnit.MILLISECONDS.toNanos(150);
    CountDownLatch expired = new CountDownLatch(1);
    long[] expiredAt = new long[1];
    long silentSince = start + TimeUnit.MILLISECONDS.toNanos(300); // the silence starts 300 ms in
    Deadlines.Watched moving = new Deadlines.Watched() {
      @Override
      public boolean expireIfDue(long now) {
        if (now - (silentSince + quietFor) < 0) {
          return false;
        }
        expiredAt[0] = now;
        expired.countDown();
        return true;
      }

      @Override
      public long checkAt(long now) {
        return (now - silentSince < 0 ? now : silentSince) + quietFor;
      }
    };
    deadlines.watch(moving, start + quietFor);

    assertTrue(expired.await(5, TimeUnit.SECONDS));
    long late = TimeUnit.NANOSECONDS.toMillis(expiredAt[0] - (start + TimeUnit.MILLISECONDS.toNanos(450)));
    assertTrue(late >= 0 && late < 500, late + " ms after the silence ran out");
  }

  @Test
  void anItemThatIsDoneNeverExpires() throws InterruptedException {
    Item item = new Item(100);
    deadlines.watch(item, item.due);
    deadlines.done(item);

    assertFalse(item.expired.await(400, TimeUnit.MILLISECONDS));
  }

  @Test
  void theSweeperStopsWhenIdleAndStartsAgainForTheNextItem() throws InterruptedException {
    Item first = new Item(50);
    deadlines.watch(first, first.due);
    assertTrue(first.expired.await(5, TimeUnit.SECONDS));
    Thread.sleep(2_500); // past the idle second, twice over: the thread has stopped

    assertFalse(Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.getName().equals("deadlines-test") && thread.isAlive()));
    Item second = new Item(50);
    deadlines.watch(second, second.due);
    assertTrue(second.expired.await(5, TimeUnit.SECONDS));
  }

  @Test
  void nothingExpiresAfterClose() throws InterruptedException {
    deadlines.close();
    Item item = new Item(50);
    deadlines.watch(item, item.due);

    assertFalse(item.expired.await(400, TimeUnit.MILLISECONDS));
  }

  @Test
  void itemsWatchedAndDoneFromManyThreadsAtOnceExpireExactlyWhenLeftWatched() throws Exception {
    int threads = 8;
    int perThread = 500;
    Item[][] items = new Item[threads][perThread];
    CountDownLatch go = new CountDownLatch(1);
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      Item[] own = items[t];
      workers[t] = new Thread(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < perThread; i++) {
          own[i] = new Item(200);
          deadlines.watch(own[i], own[i].due);
          deadlines.watch(own[i], own[i].due); // watching twice is watching once
          if (i % 2 == 0) {
            deadlines.done(own[i]);
            deadlines.done(own[i]); // and ending twice is ending once
          }
        }
      });
      workers[t].start();
    }
    go.countDown();
    for (Thread worker : workers) {
      worker.join(5_000);
    }

    for (Item[] own : items) {
      for (int i = 1; i < perThread; i += 2) {
        assertTrue(own[i].expired.await(5, TimeUnit.SECONDS), "an item left watched expired");
      }
    }
    int looks = totalLooks(items);
    Thread.sleep(100); // ten ticks: an item still in the list after it expired would be looked at again
    assertEquals(looks, totalLooks(items));
    int expired = 0;
    for (Item[] own : items) {
      for (int i = 0; i < perThread; i++) {
        if (own[i].expired.getCount() == 0) {
          expired++;
          assertEquals(i % 2, 1, "an item that was done expired");
        }
      }
    }
    assertEquals(threads * perThread / 2, expired);
  }

  private static int totalLooks(Item[][] items) {
    int looks = 0;
    for (Item[] own : items) {
      for (Item item : own) {
        looks += item.looks.get();
      }
    }
    return looks;
  }
}
