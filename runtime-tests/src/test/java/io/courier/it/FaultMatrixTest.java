package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.CallTimeoutException;
import io.courier.Courier;
import io.courier.DecodingException;
import io.courier.HttpStatusException;
import io.courier.Response;
import io.courier.TransportException;
import io.courier.http.Body;
import io.courier.http.Get;
import io.courier.http.IdempotencyKey;
import io.courier.http.Post;
import io.courier.http.Put;
import io.courier.testsupport.RawServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import io.courier.transport.ReadTimeoutException;
import io.courier.transport.ResponseBodyException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault matrix: one test per way a network or server fails, on a raw socket server that misbehaves on purpose
 * and keeps every request it read. Each asserts the exception, how many attempts reached the server, and that
 * nothing that must be applied once was sent twice.
 */
class FaultMatrixTest {
  /** Calls of every retry class: idempotent, not, and keyed; bodies of every replay class; decoded returns. */
  interface ItemsApi {
    @Put("/items/{id}")
    Response<Void> put(String id, @Body byte[] body);

    @Put("/items/{id}")
    Response<Void> putFile(String id, @Body java.nio.file.Path body);

    @Post("/items")
    Response<Void> post(@Body byte[] body);

    @Post("/items")
    Response<Void> postKeyed(@IdempotencyKey String key, @Body byte[] body);

    @Get("/items/{id}")
    User get(String id);

    @Get("/items/{id}")
    String getText(String id);

    @Get("/items/{id}")
    CompletableFuture<String> getTextAsync(String id);

    @Get("/items/{id}")
    InputStream getStream(String id);

    @Put("/items/{id}")
    void putVoid(String id, @Body byte[] body);
  }

  /** One request as the server read it off the wire. */
  record Received(String head, byte[] body) {
    String method() {
      return head.substring(0, head.indexOf(' '));
    }

    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  private static final byte[] SMALL = "{\"name\":\"Ada\",\"age\":36}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] MEBIBYTE = new byte[1024 * 1024];

  static {
    new Random(7).nextBytes(MEBIBYTE);
  }

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicLong written = new AtomicLong();
  private RawServer server;

  @AfterEach
  void tearDown(TransportKind transport) throws Exception {
    release.countDown();
    if (server != null) {
      server.close();
    }
  }

  private ItemsApi api(TransportKind transport, RawServer.Behaviour... script) throws IOException {
    return builder(transport, script).build().create(ItemsApi.class);
  }

  private Courier.Builder builder(TransportKind transport, RawServer.Behaviour... script) throws IOException {
    server = RawServer.start(script);
    return server.courier(transport);
  }

  // ---- what the server does with one connection ----

  /** Reads one request whole, head and body (by Content-Length or chunked), and keeps it. */
  private Received read(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    String head = readHead(in);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Received partial = new Received(head, new byte[0]);
    String length = partial.header("Content-Length");
    if (length != null) {
      body.write(in.readNBytes(Integer.parseInt(length)));
    } else if ("chunked".equalsIgnoreCase(partial.header("Transfer-Encoding"))) {
      for (int size; (size = Integer.parseInt(readLine(in).trim(), 16)) > 0; readLine(in)) {
        body.write(in.readNBytes(size));
      }
      readLine(in);
    }
    Received request = new Received(head, body.toByteArray());
    received.add(request);
    return request;
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    for (String line; !(line = readLine(in)).isEmpty(); ) {
      head.append(line).append("\r\n");
    }
    return head.toString();
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b; (b = in.read()) != '\n'; ) {
      if (b < 0) {
        throw new IOException("closed mid-line");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  /** Answers with {@code Connection: close}, so that every attempt comes on a connection of its own. */
  private static void answer(Socket socket, int status, String headers, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    OutputStream out = socket.getOutputStream();
    out.write(("HTTP/1.1 " + status + " Status\r\nConnection: close\r\nContent-Length: " + bytes.length + "\r\n"
        + headers + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.write(bytes);
    out.flush();
  }

  private void noContent(Socket socket) throws IOException {
    read(socket);
    answer(socket, 204, "", "");
  }

  private void json(Socket socket) throws IOException {
    read(socket);
    answer(socket, 200, "Content-Type: application/json\r\n", "{\"name\":\"Ada\",\"age\":36}");
  }

  /** Reads the request, then closes the connection without a word. */
  private void readThenClose(Socket socket) throws IOException {
    read(socket);
  }

  /** Reads the request, then says nothing until the test ends. */
  private void readThenStall(Socket socket) throws IOException, InterruptedException {
    read(socket);
    release.await(30, TimeUnit.SECONDS);
  }

  /** Sends headers and the first bytes of the body, then says nothing more until the test ends. */
  private void headersThenStall(Socket socket) throws IOException, InterruptedException {
    read(socket);
    OutputStream out = socket.getOutputStream();
    out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nfirst"
        .getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    release.await(30, TimeUnit.SECONDS);
  }

  // ---- the rows ----

  @TransportTest
  void connectionRefused(TransportKind transport) throws Exception {
    ItemsApi api = transport.configure(Courier.builder())
        .baseUri("http://127.0.0.1:" + RawServer.refusedPort() + "/api/").build().create(ItemsApi.class);

    TransportException e = assertThrows(TransportException.class, () -> api.put("1", SMALL));

    assertInstanceOf(ConnectException.class, e.getCause());
    assertFalse(e instanceof CallTimeoutException);
  }

  @TransportTest
  void acceptedThenClosedBeforeReading(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, socket -> { }, this::noContent);

    assertEquals(204, api.put("1", SMALL).status());
    assertEquals(2, server.connections()); // the first never read a byte: safe to send again
    assertEquals(1, received.size());
  }

  @TransportTest
  void acceptedThenClosedBeforeReadingPostIsNotSentAgain(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, socket -> { }, this::noContent);

    assertThrows(TransportException.class, () -> api.post(SMALL));
    assertEquals(1, server.connections());
  }

  @TransportTest
  void requestReadThenClosedPutIsRetried(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, this::readThenClose, this::noContent);

    assertEquals(204, api.put("1", SMALL).status());
    assertEquals(2, received.size());
    assertArrayEquals(received.get(0).body(), received.get(1).body());
  }

  @TransportTest
  void requestReadThenClosedPostIsSentExactlyOnce(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, this::readThenClose, this::noContent);

    TransportException e = assertThrows(TransportException.class, () -> api.post(SMALL));

    assertFalse(e instanceof CallTimeoutException);
    assertEquals(1, received.size());
    assertEquals(1, server.connections());
  }

  @TransportTest
  void requestReadThenClosedKeyedPostIsRetriedWithTheSameKey(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, this::readThenClose, this::noContent);

    assertEquals(204, api.postKeyed("key-1", SMALL).status());
    assertEquals(2, received.size());
    assertEquals("key-1", received.get(0).header("Idempotency-Key"));
    assertEquals("key-1", received.get(1).header("Idempotency-Key"));
  }

  /** Reads the head and half of a 1 MiB body, then closes. */
  private void cutMidUpload(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    received.add(new Received(readHead(in), in.readNBytes(MEBIBYTE.length / 2)));
  }

  @TransportTest
  void closedMidwayThroughABytesBodyIsResentWhole(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, this::cutMidUpload, this::noContent);

    assertEquals(204, api.put("1", MEBIBYTE).status());
    assertEquals(2, received.size());
    assertArrayEquals(MEBIBYTE, received.get(1).body());
    assertEquals(String.valueOf(MEBIBYTE.length), received.get(1).header("Content-Length"));
  }

  @TransportTest
  void closedMidwayThroughAFileBodyIsResentWhole(TransportKind transport, @TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = Files.write(dir.resolve("upload.bin"), MEBIBYTE);
    ItemsApi api = api(transport, this::cutMidUpload, this::noContent);

    assertEquals(204, api.putFile("1", file).status());
    assertEquals(2, received.size());
    assertArrayEquals(MEBIBYTE, received.get(1).body());
    assertEquals(String.valueOf(MEBIBYTE.length), received.get(1).header("Content-Length"));
  }

  @TransportTest
  void closedMidwayThroughAStreamBodyIsNotResent(TransportKind transport) throws Exception {
    StreamPutApi api = builder(transport, this::cutMidUpload, this::noContent).build().create(StreamPutApi.class);

    assertThrows(TransportException.class,
        () -> api.uploadForStatus("a", new ByteArrayInputStream(MEBIBYTE)));
    assertEquals(1, server.connections());
  }

  /** Sends the head and 10 of the 1,000 bytes it promised, then closes. */
  private void cutFixedLengthBody(Socket socket) throws IOException {
    read(socket);
    OutputStream out = socket.getOutputStream();
    out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n0123456789"
        .getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Sends the head and one chunk, then closes without the last chunk. */
  private void cutChunkedBody(Socket socket) throws IOException {
    read(socket);
    OutputStream out = socket.getOutputStream();
    out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\na\r\n0123456789\r\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @TransportTest
  void closedMidwayThroughAFixedLengthResponseBody(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, this::cutFixedLengthBody, this::json);

    TransportException e = assertThrows(TransportException.class, () -> api.getText("1"));

    // The server answered: a GET is idempotent, but this was no connection failure, so it is not sent again.
    assertInstanceOf(ResponseBodyException.class, e.getCause());
    assertEquals(1, received.size());
  }

  @TransportTest
  void closedMidwayThroughAChunkedResponseBody(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, this::cutChunkedBody, this::json);

    TransportException e = assertThrows(TransportException.class, () -> api.getText("1"));

    assertInstanceOf(ResponseBodyException.class, e.getCause());
    assertEquals(1, received.size());
  }

  @TransportTest
  void closedMidwayThroughAStreamedResponseBodyFailsTheRead(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, this::cutFixedLengthBody, this::cutChunkedBody);

    for (int i = 0; i < 2; i++) {
      try (InputStream body = api.getStream("1")) {
        assertThrows(IOException.class, body::readAllBytes, "never a silently short body");
      }
    }
    assertEquals(2, received.size());
  }

  @TransportTest
  void noResponseIsARequestTimeout(TransportKind transport) throws Exception {
    ItemsApi api = builder(transport, this::readThenStall).requestTimeout(Duration.ofMillis(300)).build()
        .create(ItemsApi.class);

    CallTimeoutException e = assertThrows(CallTimeoutException.class, () -> api.put("1", SMALL));

    assertTrue(e.getMessage().contains("PUT /api/items/1"), e.getMessage());
    assertTrue(e.getMessage().contains("request timeout"), e.getMessage());
    assertEquals(1, received.size());
  }

  @TransportTest
  void headersThenAStalledBodyIsAReadTimeout(TransportKind transport) throws Exception {
    ItemsApi api = builder(transport, this::headersThenStall).readTimeout(Duration.ofMillis(300)).build()
        .create(ItemsApi.class);

    long start = System.nanoTime();
    CallTimeoutException e = assertThrows(CallTimeoutException.class, () -> api.getText("1"));

    assertTrue(e.getMessage().contains("GET /api/items/1"), e.getMessage());
    assertTrue(e.getMessage().contains("read timeout of PT0.3S"), e.getMessage());
    assertInstanceOf(ReadTimeoutException.class, e.getCause());
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10));
    assertEquals(1, received.size());
  }

  @TransportTest
  void headersThenAStalledBodyIsAReadTimeoutForEveryReturnType(TransportKind transport) throws Exception {
    ItemsApi api = builder(transport, this::headersThenStall).readTimeout(Duration.ofMillis(300)).build()
        .create(ItemsApi.class);

    ExecutionException async = assertThrows(ExecutionException.class,
        () -> api.getTextAsync("1").get(10, TimeUnit.SECONDS));
    assertInstanceOf(CallTimeoutException.class, async.getCause());
    // A body nobody reads does not hold the call: the status answered it, and the stalled connection is dropped.
    api.putVoid("1", SMALL);
    try (InputStream body = api.getStream("1")) {
      IOException e = assertThrows(IOException.class, body::readAllBytes);
      assertTrue(causedBy(e, ReadTimeoutException.class), () -> "not a read timeout: " + e);
    }
    assertEquals(3, received.size());
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** Sends a 12-byte body a byte every 100 ms. */
  private void trickle(Socket socket) throws IOException, InterruptedException {
    read(socket);
    OutputStream out = socket.getOutputStream();
    out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\nConnection: close\r\n\r\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    for (byte b : "hello, world".getBytes(StandardCharsets.US_ASCII)) {
      Thread.sleep(100);
      out.write(b);
      out.flush();
    }
  }

  /** The request timeout ends with the headers, so a body that takes longer is not cut off by it (JDK 26 would). */
  @TransportTest
  void aTricklingBodySucceedsUnderTheReadTimeout(TransportKind transport) throws Exception {
    ItemsApi api = builder(transport, this::trickle).readTimeout(Duration.ofMillis(600))
        .requestTimeout(Duration.ofMillis(300)).build().create(ItemsApi.class);

    assertEquals("hello, world", api.getText("1"));
  }

  @TransportTest
  void aTricklingBodyFailsUnderAShorterCallTimeout(TransportKind transport) throws Exception {
    ItemsApi api = builder(transport, this::trickle).readTimeout(Duration.ofMillis(600))
        .callTimeout(Duration.ofMillis(500)).build().create(ItemsApi.class);

    CallTimeoutException e = assertThrows(CallTimeoutException.class, () -> api.getText("1"));

    assertTrue(e.getMessage().contains("call timeout of PT0.5S"), e.getMessage());
    assertEquals(1, received.size());
  }

  private RawServer.Behaviour status(int status, String headers) {
    return socket -> {
      read(socket);
      answer(socket, status, headers, "busy");
    };
  }

  @TransportTest
  void unavailableWithRetryAfterInSecondsIsRetried(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, status(503, "Retry-After: 1\r\n"), this::noContent);

    long start = System.nanoTime();
    assertEquals(204, api.put("1", SMALL).status());

    assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(900), "waited as asked");
    assertEquals(2, received.size());
  }

  @TransportTest
  void tooManyRequestsWithRetryAfterAsADateIsRetried(TransportKind transport) throws Exception {
    String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)
        .format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
    ItemsApi api = api(transport, status(429, "Retry-After: " + inTwoSeconds + "\r\n"), this::noContent);

    long start = System.nanoTime();
    assertEquals(204, api.put("1", SMALL).status());

    // The date has whole seconds: two seconds from now is at least one second away.
    assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(900), "waited until the date");
    assertEquals(2, received.size());
  }

  @TransportTest
  void retryAfterLongerThanThePolicyAllowsIsPassedOn(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, status(503, "Retry-After: 3600\r\n"), this::noContent);

    Response<Void> response = api.put("1", SMALL);

    assertEquals(503, response.status());
    assertEquals("3600", response.headers().firstValue("Retry-After").orElseThrow());
    assertEquals(1, received.size());
  }

  @TransportTest
  void serverErrorIsNotRetried(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, socket -> {
      read(socket);
      answer(socket, 500, "Content-Type: text/plain\r\n", "boom");
    }, this::noContent);

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> api.putVoid("1", SMALL));

    assertEquals(500, e.status());
    assertEquals("boom", e.bodyAsString());
    assertTrue(e.getMessage().contains("PUT /api/items/1"), e.getMessage());
    assertEquals(1, received.size());
  }

  private RawServer.Behaviour body(String contentType, String body) {
    return socket -> {
      read(socket);
      answer(socket, 200, "Content-Type: " + contentType + "\r\n", body);
    };
  }

  @TransportTest
  void malformedJsonIsADecodingException(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, body("application/json", "{\"name\": Ada}"));

    assertThrows(DecodingException.class, () -> api.get("1"));
    assertEquals(1, received.size());
  }

  @TransportTest
  void truncatedJsonIsADecodingException(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, body("application/json", "{\"name\":\"Ada\",\"ag"));

    assertThrows(DecodingException.class, () -> api.get("1"));
    assertEquals(1, received.size());
  }

  @TransportTest
  void anHtmlPageForAJsonReturnIsADecodingException(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, body("text/html", "<html><body>Gateway</body></html>"));

    DecodingException e = assertThrows(DecodingException.class, () -> api.get("1"));

    assertTrue(e.getMessage().contains("GET /api/items/1"), e.getMessage());
    assertEquals(1, received.size());
  }

  /** Answers 500 with a 1 GiB body, written until the client stops reading. */
  private void hugeErrorBody(Socket socket) throws IOException {
    read(socket);
    OutputStream out = socket.getOutputStream();
    long huge = 1L << 30;
    out.write(("HTTP/1.1 500 Error\r\nContent-Type: text/plain\r\nContent-Length: " + huge + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) 'x');
    for (long sent = 0; sent < huge; sent += chunk.length) {
      out.write(chunk);
      written.addAndGet(chunk.length);
    }
  }

  @TransportTest
  void aHugeErrorBodyIsReadBoundedAndItsConnectionDropped(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, this::hugeErrorBody, this::noContent);

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> api.putVoid("1", SMALL));

    assertEquals(500, e.status());
    assertEquals(64 * 1024, e.body().length);
    assertEquals(204, api.put("2", SMALL).status());
    assertEquals(2, server.connections(), "the connection with the rest of the body was not kept");
    assertTrue(written.get() < 64L * 1024 * 1024, "the server wrote " + written.get() + " bytes");
  }

  /** Answers on a kept-alive connection, then closes it a moment later: a pooled connection gone stale. */
  private void answerThenCloseIdle(Socket socket) throws IOException, InterruptedException {
    read(socket);
    OutputStream out = socket.getOutputStream();
    out.write("HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    Thread.sleep(100);
  }

  @TransportTest
  void aStaleKeptAliveConnectionBetweenTwoPuts(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, this::answerThenCloseIdle);

    assertEquals(204, api.put("1", SMALL).status());
    Thread.sleep(400); // the server has closed the idle connection by now
    assertEquals(204, api.put("2", SMALL).status());

    assertEquals(List.of("PUT /api/items/1", "PUT /api/items/2"), distinctRequestLines());
  }

  @TransportTest
  void aStaleKeptAliveConnectionBetweenTwoPostsNeverSendsOneTwice(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, this::answerThenCloseIdle);

    assertEquals(204, api.post("first".getBytes(StandardCharsets.UTF_8)).status());
    Thread.sleep(400);
    try {
      assertEquals(204, api.post("second".getBytes(StandardCharsets.UTF_8)).status());
    } catch (TransportException acceptable) {
      // A POST that met the stale connection is not sent again: the caller is told, and decides.
    }

    assertEquals(1, bodiesEqualTo("first"));
    assertTrue(bodiesEqualTo("second") <= 1, "the second POST arrived " + bodiesEqualTo("second") + " times");
  }

  private List<String> distinctRequestLines() {
    List<String> lines = new ArrayList<>();
    for (Received request : received) {
      String line = request.head().substring(0, request.head().indexOf(" HTTP/"));
      if (!lines.contains(line)) {
        lines.add(line);
      }
    }
    return lines;
  }

  private long bodiesEqualTo(String text) {
    return received.stream().filter(r -> new String(r.body(), StandardCharsets.UTF_8).equals(text)).count();
  }

  @TransportTest
  void aRedirectLoopEndsAfterFiveHops(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, socket -> {
      read(socket);
      answer(socket, 302, "Location: /api/items/1\r\n", "");
    });

    TransportException e = assertThrows(TransportException.class, () -> api.get("1"));

    assertTrue(e.getMessage().contains("Redirected more than 5 times"), e.getMessage());
    assertEquals(6, received.size());
  }

  @TransportTest
  void aServerThatClosesEveryOddConnection(TransportKind transport) throws Exception {
    ItemsApi api = api(transport, alternating(this::readThenClose, this::noContent));

    for (int i = 1; i <= 3; i++) {
      assertEquals(204, api.put(String.valueOf(i), SMALL).status());
    }
    int postsSent = 0;
    for (int i = 1; i <= 4; i++) {
      byte[] body = ("post-" + i).getBytes(StandardCharsets.UTF_8);
      try {
        assertEquals(204, api.post(body).status());
      } catch (TransportException cut) {
        // The odd connection took it and closed: never sent a second time.
      }
      postsSent++;
      assertEquals(1, bodiesEqualTo("post-" + i), "post-" + i);
    }
    assertEquals(4, postsSent);
    assertEquals(List.of("PUT /api/items/1", "PUT /api/items/2", "PUT /api/items/3", "POST /api/items"),
        distinctRequestLines());
  }

  /** Odd connections (the first, third, ...) get {@code odd}, even ones {@code even}. */
  private static RawServer.Behaviour[] alternating(RawServer.Behaviour odd, RawServer.Behaviour even) {
    RawServer.Behaviour[] script = new RawServer.Behaviour[64]; // more connections than the test makes
    for (int i = 0; i < script.length; i++) {
      script[i] = i % 2 == 0 ? odd : even;
    }
    return script;
  }
}
