package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.CallTimeoutException;
import io.courier.CourierException;
import io.courier.RetryPolicy;
import io.courier.TransportException;
import io.courier.testsupport.RawServer;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An {@code InputStream} body is streamed as it is read, and a slow stream never stalls other calls. */
class StreamUploadTest {
  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final CountDownLatch release = new CountDownLatch(1);
  private TransportKind transport;
  private StreamPutApi api;

  @BeforeEach
  void create(TransportKind transport) {
    this.transport = transport;
    api = server.courier(transport).build().create(StreamPutApi.class);
  }

  @AfterEach
  void releaseStalledStreams() {
    release.countDown(); // before JUnit closes the server
  }

  /** Gives "first|", blocks until released (failing if never), then gives "rest" and ends; records its close. */
  private final class SlowStream extends InputStream {
    final CountDownLatch blocked = new CountDownLatch(1);
    final AtomicBoolean closed = new AtomicBoolean();
    final AtomicBoolean gaveUp = new AtomicBoolean();
    private int step;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      String part;
      switch (step++) {
        case 0 -> part = "first|";
        case 1 -> {
          blocked.countDown();
          try {
            if (!release.await(10, TimeUnit.SECONDS)) {
              gaveUp.set(true);
              throw new IOException("the stream was never released: other calls were stalled");
            }
          } catch (InterruptedException e) {
            throw new InterruptedIOException();
          }
          part = "rest";
        }
        default -> {
          return -1;
        }
      }
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      System.arraycopy(bytes, 0, buffer, offset, bytes.length);
      return bytes.length;
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }

  @TransportTest
  void slowStreamDoesNotStallOtherCallsOfTheSameCourier() throws Exception {
    SlowStream slow = new SlowStream();
    // Starting the call must not block the caller on the stream either.
    CompletableFuture<Void> sending = api.uploadAsync("a", slow);
    assertFalse(slow.gaveUp.get(), "executeAsync blocked until the stream gave up");
    assertTrue(slow.blocked.await(10, TimeUnit.SECONDS), "the body was never read");

    // While the stream blocks, other calls of the same client go through.
    assertTrue(api.existsAsync("b").get(10, TimeUnit.SECONDS));
    assertTrue(api.exists("c"));

    release.countDown();
    sending.get(10, TimeUnit.SECONDS);
    RecordingServer.Recorded put = server.requests().stream().filter(r -> r.method().equals("PUT")).findFirst()
        .orElseThrow();
    assertEquals("first|rest", put.bodyText());
    assertEquals("chunked", put.header("Transfer-Encoding"));
    assertTrue(slow.closed.get(), "the stream was not closed at its end");
  }

  @TransportTest
  void largeStreamArrivesIntact() {
    byte[] bytes = new byte[3 * 1024 * 1024 + 17];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i ^ (i >>> 8));
    }

    api.upload("big", new java.io.ByteArrayInputStream(bytes));

    assertEquals(java.util.Arrays.hashCode(bytes), java.util.Arrays.hashCode(server.only().body()));
    assertEquals(bytes.length, server.only().body().length);
  }

  @TransportTest
  void failingStreamFailsTheCallWithATransportException() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };

    TransportException e = assertThrows(TransportException.class, () -> api.upload("a", broken));

    assertInstanceOf(IOException.class, e.getCause());
    assertFalse(e instanceof CallTimeoutException);
  }

  @TransportTest
  void anUploadCutShortClosesTheStream() throws Exception {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
        return length;
      }

      @Override
      public void close() {
        closed.set(true);
      }
    };
    try (RawServer refusing = RawServer.start(socket -> {
      RawServer.readRequest(socket.getInputStream()); // the head only: the chunked body is never read
      RawServer.respond(socket.getOutputStream(), 413, "too large");
      socket.close();
    })) {
      StreamPutApi cut = refusing.courier(transport).retryPolicy(RetryPolicy.none()).build()
          .create(StreamPutApi.class);

      assertThrows(CourierException.class, () -> cut.upload("a", endless));
    }
    for (int i = 0; i < 100 && !closed.get(); i++) {
      TimeUnit.MILLISECONDS.sleep(50);
    }
    assertTrue(closed.get(), "the stream of an upload cut short was never closed");
  }
}
