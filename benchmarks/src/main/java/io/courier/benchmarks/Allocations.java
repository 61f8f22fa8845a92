package io.courier.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * Bytes allocated by every live thread of this JVM, from {@code com.sun.management.ThreadMXBean}: a snapshot
 * before and one after some work give what all threads together allocated for it, the client's own pools included.
 */
final class Allocations {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  static {
    THREADS.setThreadAllocatedMemoryEnabled(true);
  }

  private final long[] ids;
  private final long[] bytes;

  private Allocations(long[] ids, long[] bytes) {
    this.ids = ids;
    this.bytes = bytes;
  }

  /** Every live thread's count so far; only two arrays are allocated, so the snapshot hardly counts itself. */
  static Allocations snapshot() {
    long[] ids = THREADS.getAllThreadIds();
    return new Allocations(ids, THREADS.getThreadAllocatedBytes(ids));
  }

  /** What was allocated between {@code before} and this snapshot, and how many threads ended in between. */
  Delta since(Allocations before) {
    Map<Long, Long> earlier = new HashMap<>();
    for (int i = 0; i < before.ids.length; i++) {
      earlier.put(before.ids[i], before.bytes[i]);
    }
    long total = 0;
    for (int i = 0; i < ids.length; i++) {
      if (bytes[i] < 0) {
        continue; // the thread ended between the two calls of snapshot(); it is counted as lost below
      }
      Long start = earlier.remove(ids[i]);
      // A thread that started in between allocated all of its bytes within the interval.
      total += bytes[i] - (start != null && start > 0 ? start : 0);
    }
    // Threads still in the map ended in between: what they allocated after the first snapshot is lost.
    return new Delta(total, earlier.size());
  }

  /** Bytes allocated by all threads, and how many threads ended (so their last bytes went uncounted). */
  record Delta(long bytes, int endedThreads) {}
}
