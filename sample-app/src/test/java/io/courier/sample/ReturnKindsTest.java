package io.courier.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.Courier;
import io.courier.HttpStatusException;
import io.courier.RetryPolicy;
import io.courier.TransportException;
import io.courier.http.Get;
import io.courier.http.Head;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The return kinds a status decides (HEAD's boolean, the JDK's {@code HttpResponse}) and a checked
 * {@code IOException}, checked against a real loopback server and a refused connection.
 */
class ReturnKindsTest {
  interface ReturnApi {
    @Head("/exists/{name}")
    boolean exists(String name);

    @Get("/raw/{name}")
    HttpResponse<String> raw(String name);

    @Get("/ping")
    String ping() throws IOException;

    @Get("/ping")
    String pingUnchecked();
  }

  private RecordingServer server;
  private ReturnApi api;

  @BeforeEach
  void start() throws Exception {
    server = RecordingServer.start();
    api = new CourierReturnKindsTest_ReturnApi(Courier.builder().baseUri(server.uri("/api/")).build());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void headIsTrueFor2xxAndFalseFor404() throws Exception {
    server.answer(200, "");
    server.answer(404, "");
    server.answer(500, "");

    assertTrue(api.exists("yes"));
    assertFalse(api.exists("no"));
    assertEquals(500, assertThrows(HttpStatusException.class, () -> api.exists("broken")).status());

    RecordingServer.Request first = server.take();
    assertEquals("HEAD /api/exists/yes", first.method() + " " + first.uri());
    assertEquals(List.of("HEAD", "HEAD"), server.drain().stream().map(RecordingServer.Request::method).toList());
  }

  @Test
  void httpResponseIsTheJdksOwnWithTheDecodedBody() throws Exception {
    server.answer(200, "héllo", "Content-Type", "text/plain; charset=UTF-8", "X-Answer", "42");
    server.answer(404, "missing");

    HttpResponse<String> found = api.raw("thing");
    HttpResponse<String> missing = api.raw("other");

    assertAll(
        () -> assertEquals(200, found.statusCode()),
        () -> assertEquals("héllo", found.body()),
        () -> assertEquals("42", found.headers().firstValue("X-Answer").orElse(null)),
        () -> assertEquals(server.uri("/api/raw/thing"), found.uri()),
        () -> assertEquals("GET", found.request().method()),
        () -> assertEquals(404, missing.statusCode(), "a status is the caller's to read, not an exception"));
  }

  @Test
  void throwsIoExceptionGetsTheIoExceptionOfARefusedConnection() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Courier courier = Courier.builder().baseUri("http://127.0.0.1:" + port + "/").retryPolicy(RetryPolicy.none())
        .build();
    ReturnApi refused = new CourierReturnKindsTest_ReturnApi(courier);

    IOException checked = assertThrows(IOException.class, refused::ping);
    TransportException unchecked = assertThrows(TransportException.class, refused::pingUnchecked);

    assertInstanceOf(ConnectException.class, checked);
    assertInstanceOf(ConnectException.class, unchecked.getCause());
  }
}
