package io.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.internal.BodyWriters;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An {@code InputStream} body is streamed as it is read, and a slow stream never stalls other calls. */
class StreamUploadTest {
  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final Engine engine = server.courier().build().engine();
  private final Endpoint<Void> upload = engine.endpoint("PUT", "/files/{name}").withBody().idempotent().returning(Returns.discard());
  private final CountDownLatch release = new CountDownLatch(1);

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

  @Test
  void slowStreamDoesNotStallOtherCallsOfTheSameCourier() throws Exception {
    SlowStream slow = new SlowStream();
    // Starting the call must not block the caller on the stream either.
    CompletableFuture<Void> sending =
        upload.call("files/a").body("in", BodyWriters.inputStream(), slow).executeAsync();
    assertFalse(slow.gaveUp.get(), "executeAsync blocked until the stream gave up");
    assertTrue(slow.blocked.await(10, TimeUnit.SECONDS), "the body was never read");

    // While the stream blocks, other calls of the same client go through.
    Endpoint<Boolean> exists = engine.endpoint("HEAD", "/files/{name}").idempotent().returning(Returns.exists());
    assertTrue(exists.call("files/b").executeAsync().get(10, TimeUnit.SECONDS));
    assertTrue(exists.call("files/c").execute());

    release.countDown();
    sending.get(10, TimeUnit.SECONDS);
    RecordingServer.Recorded put = server.requests().stream().filter(r -> r.method().equals("PUT")).findFirst()
        .orElseThrow();
    assertEquals("first|rest", put.bodyText());
    assertEquals("chunked", put.header("Transfer-Encoding"));
    assertTrue(slow.closed.get(), "the stream was not closed at its end");
  }

  @Test
  void largeStreamArrivesIntact() {
    byte[] bytes = new byte[3 * 1024 * 1024 + 17];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i ^ (i >>> 8));
    }

    upload.call("files/big").body("in", BodyWriters.inputStream(), new java.io.ByteArrayInputStream(bytes))
        .execute();

    assertEquals(java.util.Arrays.hashCode(bytes), java.util.Arrays.hashCode(server.only().body()));
    assertEquals(bytes.length, server.only().body().length);
  }

  @Test
  void failingStreamFailsTheCallWithATransportException() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };

    TransportException e = assertThrows(TransportException.class,
        () -> upload.call("files/a").body("in", BodyWriters.inputStream(), broken).execute());

    assertInstanceOf(IOException.class, e.getCause());
    assertFalse(e instanceof CallTimeoutException);
  }

  @Test
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
      Engine cut = Courier.builder().baseUri(refusing.base())
          .retryPolicy(RetryPolicy.none()).build().engine();
      Endpoint<Void> put = cut.endpoint("PUT", "/files/{name}").withBody().idempotent().returning(Returns.discard());

      assertThrows(CourierException.class,
          () -> put.call("files/a").body("in", BodyWriters.inputStream(), endless).execute());
    }
    for (int i = 0; i < 100 && !closed.get(); i++) {
      TimeUnit.MILLISECONDS.sleep(50);
    }
    assertTrue(closed.get(), "the stream of an upload cut short was never closed");
  }
}
