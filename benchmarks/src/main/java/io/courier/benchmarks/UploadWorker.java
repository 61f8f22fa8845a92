package io.courier.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The upload figure's child JVM, run with a small heap: one warm-up upload of a small file, then the large file,
 * timed. Prints MiB/s, the peak heap used during the large upload (the sum of every heap pool's peak, so an upper
 * bound) and the old generation's peak, and bytes allocated by all threads per MiB sent.
 *
 * <p>Arguments: client, base URI of the upload server, warm-up file, large file.
 */
final class UploadWorker {
  private UploadWorker() {}

  public static void main(String[] args) throws Exception {
    Path warmup = Path.of(args[2]);
    Path large = Path.of(args[3]);
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
    try (PeerClient client = PeerClient.create(args[0], args[1])) {
      for (int i = 0; i < 3; i++) {
        client.upload("warmup.bin", warmup);
      }
      System.gc();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      Allocations before = Allocations.snapshot();
      long start = System.nanoTime();
      client.upload("large.bin", large);
      long elapsed = System.nanoTime() - start;
      Allocations.Delta allocated = Allocations.snapshot().since(before);
      double mebibytes = Files.size(large) / (1024.0 * 1024.0);
      PeerWorker.print("upload.mibps", mebibytes / (elapsed / 1e9));
      PeerWorker.print("upload.peakHeapMiB", heap.stream()
          .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0));
      PeerWorker.print("upload.peakOldMiB", heap.stream()
          .filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
          .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0));
      PeerWorker.print("upload.allocPerMiB", allocated.bytes() / mebibytes);
      PeerWorker.print("upload.endedThreads", allocated.endedThreads());
    }
  }
}
