package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.Courier;
import io.courier.EncodingException;
import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.ContentDigest;
import io.courier.http.Field;
import io.courier.http.FormUrlEncoded;
import io.courier.http.Header;
import io.courier.http.Put;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Recorded;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code @ContentDigest}: the server hashes what arrived and finds the header's SHA-256, on every attempt. */
class ContentDigestTest {
  interface UploadsApi {
    @Put("/users/{id}") @ContentDigest
    Response<Void> json(long id, @Body User user);

    @Put("/notes") @ContentDigest
    Response<Void> text(@Body String text);

    @Put("/blobs") @ContentDigest
    Response<Void> bytes(@Body byte[] bytes);

    @Put("/settings") @FormUrlEncoded @ContentDigest
    Response<Void> form(@Field("key1") String key1, @Field("key2") String key2);

    @Put("/files") @ContentDigest
    Response<Void> file(@Body Path file);

    @Put("/files") @ContentDigest
    CompletableFuture<Response<Void>> fileAsync(@Body Path file);

    @Put("/notes") @ContentDigest
    Response<Void> textWithAHeader(@Header("Content-Digest") String stale, @Body String text);

    @Put("/notes")
    Response<Void> plain(@Body String text);
  }

  private static final Reply NO_CONTENT = Reply.status(204);

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();

  private UploadsApi api(TransportKind transport) {
    server.replies(NO_CONTENT);
    return server.courier(transport).build().create(UploadsApi.class);
  }

  /** What the server computes from the bytes it received, independently of the client's code. */
  private static String digestOf(byte[] received) throws Exception {
    byte[] sha = MessageDigest.getInstance("SHA-256").digest(received);
    return "sha-256=:" + Base64.getEncoder().encodeToString(sha) + ":";
  }

  private static void assertDigestMatchesBody(Recorded request) throws Exception {
    assertEquals(List.of(digestOf(request.body())), request.headerValues("Content-Digest"));
  }

  @TransportTest
  void aJsonBody(TransportKind transport) throws Exception {
    api(transport).json(1, new User("Ada", 36));

    assertEquals("{\"name\":\"Ada\",\"age\":36}", server.only().bodyText());
    assertDigestMatchesBody(server.only());
  }

  @TransportTest
  void aStringBody(TransportKind transport) throws Exception {
    api(transport).text("héllo, wörld");

    assertDigestMatchesBody(server.only());
  }

  @TransportTest
  void aByteArrayBody(TransportKind transport) throws Exception {
    api(transport).bytes(new byte[] {0, 1, 2, (byte) 0xff});

    assertDigestMatchesBody(server.only());
  }

  @TransportTest
  void aForm(TransportKind transport) throws Exception {
    api(transport).form("value1", "value 2");

    assertEquals("key1=value1&key2=value+2", server.only().bodyText());
    assertDigestMatchesBody(server.only());
  }

  @TransportTest
  void aFileOfThreeMebibytes(TransportKind transport, @TempDir Path dir) throws Exception {
    byte[] bytes = new byte[3 * 1024 * 1024];
    new Random(9530).nextBytes(bytes);
    Path file = Files.write(dir.resolve("upload.bin"), bytes);

    assertEquals(204, api(transport).file(file).status());

    assertEquals(bytes.length, server.only().body().length);
    assertEquals(digestOf(bytes), server.only().header("Content-Digest"));
    assertDigestMatchesBody(server.only());
  }

  @TransportTest
  void anAsyncCallReadsItsFileForTheDigestOffTheCallersThread(TransportKind transport, @TempDir Path dir)
      throws Exception {
    Path file = Files.write(dir.resolve("async.bin"), "an async file".getBytes(StandardCharsets.UTF_8));
    server.replies(NO_CONTENT);
    ExecutorService callbacks = Executors.newSingleThreadExecutor();
    CountDownLatch release = new CountDownLatch(1);
    try (Courier courier = server.courier(transport).callbackExecutor(callbacks).build()) {
      UploadsApi api = courier.create(UploadsApi.class);
      callbacks.execute(() -> {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });

      CompletableFuture<Response<Void>> call = api.fileAsync(file);
      // The digest is made on the callback executor, whose one thread is busy: nothing can be sent yet. Made on the
      // caller's thread, as before, the request would go out at once.
      Thread.sleep(300);
      assertEquals(0, server.requests().size());
      assertFalse(call.isDone());

      release.countDown();
      assertEquals(204, call.get(30, TimeUnit.SECONDS).status());
      assertEquals("an async file", server.only().bodyText());
      assertDigestMatchesBody(server.only());
    } finally {
      callbacks.shutdownNow();
    }
  }

  @TransportTest
  void aRetriedPutCarriesTheSameDigestOnEachAttempt(TransportKind transport, @TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("retried.bin"), "the file".getBytes(StandardCharsets.UTF_8));
    UploadsApi api = api(transport);
    server.replies(Reply.status(503).header("Retry-After", "0"), NO_CONTENT);

    assertEquals(204, api.file(file).status());

    List<Recorded> attempts = server.requests();
    assertEquals(2, attempts.size());
    assertDigestMatchesBody(attempts.get(0));
    assertEquals(attempts.get(0).header("Content-Digest"), attempts.get(1).header("Content-Digest"));
    assertEquals("the file", attempts.get(1).bodyText());
  }

  @TransportTest
  void a307ReplaysTheDigestWithTheBody(TransportKind transport) throws Exception {
    UploadsApi api = api(transport);
    server.replies(Reply.status(307).header("Location", "/api/moved"), NO_CONTENT);

    assertEquals(204, api.text("moved text").status());

    Recorded replay = server.requests().get(1);
    assertEquals("/api/moved", replay.rawUri());
    assertDigestMatchesBody(replay);
  }

  @TransportTest
  void theComputedDigestReplacesOneTheCallerGave(TransportKind transport) throws Exception {
    api(transport).textWithAHeader("sha-256=:stale:", "fresh");

    assertDigestMatchesBody(server.only());
  }

  @TransportTest
  void aMethodWithoutTheAnnotationSendsNoDigest(TransportKind transport) {
    api(transport).plain("no digest");

    assertNull(server.only().header("Content-Digest"));
  }

  @TransportTest
  void aDeviceCannotBeReadTwiceAndNothingIsSent(TransportKind transport) {
    Path device = Path.of("/dev/null");
    Assumptions.assumeTrue(Files.exists(device), "needs /dev/null, a file with no size");

    EncodingException e = assertThrows(EncodingException.class, () -> api(transport).file(device));

    assertTrue(e.getMessage().contains("PUT /files"), e.getMessage());
    assertTrue(e.getMessage().contains("read only once"), e.getMessage());
    assertEquals(0, server.requests().size());
  }
}
