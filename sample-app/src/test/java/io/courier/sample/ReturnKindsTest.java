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
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

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
  private TransportKind transport;
  private ReturnApi api;

  @BeforeEach
  void start(TransportKind transport) {
    server = RecordingServer.started();
    this.transport = transport;
    api = server.courier(transport).build().create(ReturnApi.class);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @TransportTest
  void headIsTrueFor2xxAndFalseFor404() throws Exception {
    server.replies(Reply.status(200), Reply.status(404), Reply.status(500));

    assertTrue(api.exists("yes"));
    assertFalse(api.exists("no"));
    assertEquals(500, assertThrows(HttpStatusException.class, () -> api.exists("broken")).status());

    RecordingServer.Recorded first = server.take();
    assertEquals("HEAD /api/exists/yes", first.method() + " " + first.rawUri());
    assertEquals(List.of("HEAD", "HEAD"), server.drain().stream().map(RecordingServer.Recorded::method).toList());
  }

  @TransportTest
  void httpResponseIsTheJdksOwnWithTheDecodedBody() throws Exception {
    server.replies(
        Reply.status(200).header("Content-Type", "text/plain; charset=UTF-8").header("X-Answer", "42").body("héllo"),
        Reply.status(404).body("missing"));

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

  @TransportTest
  void throwsIoExceptionGetsTheIoExceptionOfARefusedConnection() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Courier courier = transport.configure(Courier.builder()).baseUri("http://127.0.0.1:" + port + "/")
        .retryPolicy(RetryPolicy.none()).build();
    ReturnApi refused = courier.create(ReturnApi.class);

    IOException checked = assertThrows(IOException.class, refused::ping);
    TransportException unchecked = assertThrows(TransportException.class, refused::pingUnchecked);

    assertInstanceOf(ConnectException.class, checked);
    assertInstanceOf(ConnectException.class, unchecked.getCause());
  }
}
