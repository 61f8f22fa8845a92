package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.HttpStatusException;
import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.Get;
import io.courier.http.Path;
import io.courier.http.Put;
import io.courier.testsupport.RawServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;

/** A huge error body is kept bounded (64 KiB by default) and is not read to its end. */
class ErrorBodyLimitTest {
  /** One method per return type whose error body is bounded. */
  interface UsersApi {
    @Put("/users/{id}")
    Response<String> replace(@Path("id") long id, @Body User user);

    @Get("/users/{id}")
    String find(@Path("id") long id);

    @Get("/x")
    Response<Void> x();
  }

  private static final int HUGE = 50 * 1024 * 1024;
  private static final byte[] CHUNK = new byte[64 * 1024];

  static {
    for (int i = 0; i < CHUNK.length; i++) {
      CHUNK[i] = (byte) ('a' + i % 26);
    }
  }

  private final AtomicLong written = new AtomicLong();
  private final CountDownLatch writerStopped = new CountDownLatch(1);
  private final AtomicBoolean wroteAll = new AtomicBoolean();
  private RawServer server;

  @AfterEach
  void tearDown(TransportKind transport) throws Exception {
    server.close();
  }

  /** Answers 409 with a 50 MiB body, counting the bytes that the socket accepted. */
  private void hugeErrorBody(Socket socket) throws IOException {
    RawServer.readRequest(socket.getInputStream());
    OutputStream out = socket.getOutputStream();
    out.write(("HTTP/1.1 409 Conflict\r\nContent-Type: text/plain\r\nContent-Length: " + HUGE + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    try {
      for (long sent = 0; sent < HUGE; sent += CHUNK.length) {
        out.write(CHUNK);
        written.addAndGet(CHUNK.length);
      }
      out.flush();
      wroteAll.set(true);
    } finally {
      writerStopped.countDown();
    }
  }

  private static byte[] expectedPrefix(int length) {
    byte[] prefix = new byte[length];
    for (int i = 0; i < length; i++) {
      prefix[i] = CHUNK[i % CHUNK.length];
    }
    return prefix;
  }

  @TransportTest
  void responseKeepsTheFirst64KiB(TransportKind transport) throws Exception {
    server = RawServer.start(this::hugeErrorBody);
    UsersApi api = server.courier(transport).build().create(UsersApi.class);

    Response<String> response = api.replace(1, new User("a", 1));

    assertEquals(409, response.status());
    assertArrayEquals(expectedPrefix(64 * 1024), response.errorBody());
    // The client stopped receiving: the server could not push the whole body through the socket...
    assertTrue(written.get() < HUGE, "server wrote " + written.get() + " bytes");
    // ...and the client closed the connection rather than leave it half read: the server's write fails.
    assertTrue(writerStopped.await(20, TimeUnit.SECONDS), "the client kept the connection open");
    assertFalse(wroteAll.get());
    assertTrue(written.get() < HUGE, "server wrote " + written.get() + " bytes");
  }

  @TransportTest
  void exceptionBodyHonoursMaxErrorBodyBytes(TransportKind transport) throws Exception {
    server = RawServer.start(this::hugeErrorBody);
    UsersApi api = server.courier(transport).maxErrorBodyBytes(1000).build().create(UsersApi.class);

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> api.find(1));

    assertEquals(409, e.status());
    assertArrayEquals(expectedPrefix(1000), e.body());
    assertTrue(written.get() < HUGE, "server wrote " + written.get() + " bytes");
  }

  @TransportTest
  void zeroKeepsNothing(TransportKind transport) throws Exception {
    server = RawServer.start(this::hugeErrorBody);
    UsersApi api = server.courier(transport).maxErrorBodyBytes(0).build().create(UsersApi.class);

    Response<Void> response = api.x();

    assertEquals(409, response.status());
    assertEquals(0, response.errorBody().length);
  }

  @TransportTest
  void smallErrorBodyIsKeptWhole(TransportKind transport) throws Exception {
    server = RawServer.start(socket -> {
      RawServer.readRequest(socket.getInputStream());
      RawServer.respond(socket.getOutputStream(), 422, "{\"field\":\"name\"}");
    });
    UsersApi api = server.courier(transport).build().create(UsersApi.class);

    Response<Void> response = api.x();

    assertEquals(422, response.status());
    assertEquals("{\"field\":\"name\"}", new String(response.errorBody(), StandardCharsets.UTF_8));
  }
}
