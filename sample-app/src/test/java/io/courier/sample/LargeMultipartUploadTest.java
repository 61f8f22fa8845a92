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
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GiB file part goes through the generated client from a JVM with a 64 MiB heap: it can only succeed if the
 * multipart body is streamed, never held whole. The server checks the framing around the file exactly and only
 * checksums the file's bytes as they pass, where the shared recording server would hold the whole body.
 */
class LargeMultipartUploadTest {
  private static final long SIZE = 1024L * 1024 * 1024;

  /** What the server found wrong, or "ok". */
  private final AtomicReference<String> verdict = new AtomicReference<>("no request");
  private final AtomicReference<Long> receivedCrc = new AtomicReference<>();
  private HttpServer server;

  @BeforeEach
  void startCheckingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/upload", this::check);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  /** Reads the body as it arrives: the exact bytes before and after the file, and only a checksum of the file. */
  private void check(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      String boundary = exchange.getRequestHeaders().getFirst("Content-Type")
          .replaceFirst("^multipart/form-data; boundary=", "");
      byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nbig\r\n--" + boundary
          + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
      byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
      String length = exchange.getRequestHeaders().getFirst("Content-Length");
      CRC32 crc = new CRC32();
      byte[] buffer = new byte[64 * 1024];
      boolean headOk = Arrays.equals(head, in.readNBytes(head.length));
      long left = SIZE;
      for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; left -= n) {
        crc.update(buffer, 0, n);
      }
      receivedCrc.set(crc.getValue());
      boolean tailOk = Arrays.equals(tail, in.readAllBytes());
      verdict.set(!headOk ? "the head before the file differs" : left != 0 ? left + " file bytes missing"
          : !tailOk ? "the bytes after the file differ"
          : !String.valueOf(head.length + SIZE + tail.length).equals(length) ? "Content-Length " + length : "ok");
      byte[] answer = "ok".getBytes(StandardCharsets.US_ASCII);
      exchange.sendResponseHeaders(200, answer.length);
      exchange.getResponseBody().write(answer);
    }
  }

  @TransportTest
  void oneGibibyteFilePartStreamsFromA64MebibyteHeap(TransportKind transport, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.bin");
    long crc = writeFile(file);
    SmallHeapJvm.Result child = SmallHeapJvm.run(MultipartUploadMain.class, dir.resolve("child.log"),
        String.valueOf(server.getAddress().getPort()), file.toString(), transport.name());
    assertAll(
        () -> assertTrue(child.exited(), "the child JVM did not finish:\n" + child.output()),
        () -> assertEquals(0, child.exitValue(), "the child JVM failed:\n" + child.output()),
        () -> assertEquals("ok", verdict.get(), "what the server found"),
        () -> assertEquals(crc, receivedCrc.get(), "checksum of the file bytes the server received"));
  }

  /**
   * A sparse 1 GiB file, so the test neither waits for nor fills a gibibyte of disk: random mebibytes at its start,
   * middle and end, which a part cut short, shifted or padded would move or lose, and holes between. Returns the
   * checksum of the whole file.
   */
  private static long writeFile(Path file) throws IOException {
    Random random = new Random(42);
    byte[] chunk = new byte[1024 * 1024];
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.setLength(SIZE);
      for (long at : new long[] {0, SIZE / 2 + 12345, SIZE - chunk.length}) {
        random.nextBytes(chunk);
        out.seek(at);
        out.write(chunk);
      }
    }
    CRC32 crc = new CRC32();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1024 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        crc.update(buffer, 0, n);
      }
    }
    return crc.getValue();
  }
}
