package io.courier.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100 MiB file goes through the generated client from a JVM with a 64 MiB heap: it can only succeed if the file
 * is streamed, never held whole. The server only counts and checksums what arrives, where the shared recording
 * server would hold the whole body.
 */
class StreamingUploadTest {
  private static final long SIZE = 100L * 1024 * 1024;

  private final AtomicReference<String> contentLength = new AtomicReference<>();
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong receivedCrc = new AtomicLong();
  private HttpServer server;

  @BeforeEach
  void startCountingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/files/", this::count);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  /** Reads the body as it arrives, keeping only its length and checksum. */
  private void count(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      contentLength.set(exchange.getRequestHeaders().getFirst("Content-Length"));
      CRC32 crc = new CRC32();
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        crc.update(buffer, 0, n);
        received.addAndGet(n);
      }
      receivedCrc.set(crc.getValue());
      exchange.sendResponseHeaders(201, -1);
    }
  }

  @TransportTest
  void hundredMebibytesStreamFromA64MebibyteHeap(TransportKind transport, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.bin");
    long crc = writeRandomFile(file);
    SmallHeapJvm.Result child = SmallHeapJvm.run(UploadMain.class, dir.resolve("child.log"),
        String.valueOf(server.getAddress().getPort()), file.toString(), transport.name());
    assertAll(
        () -> assertTrue(child.exited(), "the child JVM did not finish:\n" + child.output()),
        () -> assertEquals(0, child.exitValue(), "the child JVM failed:\n" + child.output()),
        () -> assertEquals(String.valueOf(SIZE), contentLength.get(), "Content-Length"),
        () -> assertEquals(SIZE, received.get(), "bytes the server received"),
        () -> assertEquals(crc, receivedCrc.get(), "checksum of the bytes the server received"));
  }

  /** Writes {@link #SIZE} pseudo-random bytes a mebibyte at a time and returns their checksum. */
  private static long writeRandomFile(Path file) throws IOException {
    Random random = new Random(42);
    CRC32 crc = new CRC32();
    byte[] chunk = new byte[1024 * 1024];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < SIZE; written += chunk.length) {
        random.nextBytes(chunk);
        crc.update(chunk);
        out.write(chunk);
      }
    }
    return crc.getValue();
  }
}
