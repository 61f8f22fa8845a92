package io.courier.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.courier.Courier;
import io.courier.HttpStatusException;
import io.courier.http.Body;
import io.courier.http.Field;
import io.courier.http.FieldMap;
import io.courier.http.FormUrlEncoded;
import io.courier.http.Get;
import io.courier.http.Header;
import io.courier.http.HeaderMap;
import io.courier.http.Headers;
import io.courier.http.Http;
import io.courier.http.IdempotencyKey;
import io.courier.http.Idempotent;
import io.courier.http.Post;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Each kind of parameter that builds headers or a body, checked on the method, headers and bytes a real loopback
 * server received.
 */
class HeaderAndBodyKindsTest {
  @Headers({"Accept: application/json", "X-Api: interface", "X-Static: interface"})
  interface RequestApi {
    @Get("/headers")
    @Headers({"x-api: method", "X-Method: fixed"})
    String headers(@Header("X-Static") String replacing, @Header("X-Tag") List<String> tags,
        @HeaderMap Map<String, ?> more, @Header("X-Day") LocalDate day, @Header("X-Absent") String absent);

    @Get("/plain")
    String plain();

    @Post("/form")
    @FormUrlEncoded
    String form(@Field("name") String name, @Field("tag") List<String> tags, @FieldMap Map<String, ?> more,
        @Field("skipped") String skipped);

    @Post("/json")
    String json(@Field("full_name") String name, int age, List<String> tags, @FieldMap Map<String, ?> more,
        String skipped);

    @Post("/payments")
    @Idempotent
    String pay(@IdempotencyKey UUID key, @Body String body);

    @Post("/orders")
    String order(@IdempotencyKey String key, @Body String body);

    @Http(method = "PROPFIND", path = "/dav/{name}", hasBody = true)
    @Headers("Content-Type: application/xml; charset=UTF-8")
    String propfind(String name, @Header("Depth") int depth, @Body String xml);
  }

  private RecordingServer server;
  private RequestApi api;

  @BeforeEach
  void start(TransportKind transport) {
    server = RecordingServer.started();
    Courier courier = server.courier(transport)
        .defaultHeader("User-Agent", "courier-test/1")
        .defaultHeader("X-Api", "default")
        .build();
    api = courier.create(RequestApi.class);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @TransportTest
  void parameterHeadersReplaceMethodHeadersWhichReplaceInterfaceAndDefaultOnes() throws Exception {
    Map<String, Object> more = new LinkedHashMap<>();
    more.put("X-One", "1");
    more.put("X-Two", 2);
    more.put("X-None", null);

    api.headers("from parameter", List.of("a", "b c"), more, LocalDate.of(2024, 2, 29), null);
    api.plain();

    RecordingServer.Recorded request = server.take();
    RecordingServer.Recorded plain = server.take();
    assertAll(
        () -> assertEquals("GET", request.method()),
        () -> assertEquals(List.of("application/json"), request.headerValues("Accept")),
        () -> assertEquals(List.of("method"), request.headerValues("X-Api")),
        () -> assertEquals(List.of("fixed"), request.headerValues("X-Method")),
        () -> assertEquals(List.of("from parameter"), request.headerValues("X-Static")),
        () -> assertEquals(List.of("a", "b c"), request.headerValues("X-Tag")),
        () -> assertEquals(List.of("1"), request.headerValues("X-One")),
        () -> assertEquals(List.of("2"), request.headerValues("X-Two")),
        () -> assertEquals(List.of("2024-02-29"), request.headerValues("X-Day")),
        () -> assertFalse(request.headers().containsKey("X-None"), request.headers()::toString),
        () -> assertFalse(request.headers().containsKey("X-Absent"), request.headers()::toString),
        () -> assertEquals(List.of("courier-test/1"), request.headerValues("User-Agent")),
        () -> assertEquals(List.of("interface"), plain.headerValues("X-Api")),
        () -> assertEquals(List.of("interface"), plain.headerValues("X-Static")),
        () -> assertEquals(List.of(), plain.headerValues("X-Method")));
  }

  @TransportTest
  void formFieldsAreEncodedAsPythonsUrlencodeDoes() throws Exception {
    Map<String, Object> more = new LinkedHashMap<>();
    more.put("x", "1&2=3");
    more.put("none", null);

    api.form("Ada Lovelace", List.of("a", "b+c"), more, null);

    RecordingServer.Recorded request = server.take();
    String expected = "name=Ada+Lovelace&tag=a&tag=b%2Bc&x=1%262%3D3";
    assertAll(
        () -> assertEquals("POST", request.method()),
        () -> assertEquals("/api/form", request.rawUri()),
        () -> assertEquals(expected, request.bodyText()),
        () -> assertEquals(List.of("application/x-www-form-urlencoded"), request.headerValues("Content-Type")),
        () -> assertEquals(List.of(Integer.toString(expected.length())), request.headerValues("Content-Length")));
  }

  @TransportTest
  void fieldsWithoutFormUrlEncodedAreOneJsonObject() throws Exception {
    api.json("Ada", 36, List.of("x", "y"), Map.of("extra", true), null);

    RecordingServer.Recorded request = server.take();
    ObjectMapper json = new ObjectMapper();
    assertAll(
        () -> assertEquals(json.readTree("{\"full_name\":\"Ada\",\"age\":36,\"tags\":[\"x\",\"y\"],\"extra\":true}"),
            json.readTree(request.body())),
        () -> assertEquals(List.of("application/json"), request.headerValues("Content-Type")));
  }

  @TransportTest
  void theIdempotencyKeyIsTheSameOnEveryAttempt() throws Exception {
    UUID key = UUID.fromString("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    server.replies(Reply.status(503).header("Retry-After", "0").body("busy"), Reply.status(200).body("paid"));

    assertEquals("paid", api.pay(key, "{\"amount\": 5}"));

    List<RecordingServer.Recorded> attempts = List.of(server.take(), server.take());
    for (RecordingServer.Recorded attempt : attempts) {
      assertAll(
          () -> assertEquals(List.of(key.toString()), attempt.headerValues("Idempotency-Key")),
          () -> assertEquals("{\"amount\": 5}", attempt.bodyText()),
          () -> assertEquals(List.of("text/plain; charset=UTF-8"), attempt.headerValues("Content-Type")));
    }
  }

  @TransportTest
  void aPostWithAnIdempotencyKeyIsRetriedWithTheSameKey() throws Exception {
    server.replies(Reply.status(503).header("Retry-After", "0").body("busy"));

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> api.order("order-17", "x"));

    // The server applies a keyed request once, so Courier may send it again: three attempts, one key.
    assertEquals(503, e.status());
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertEquals(List.of("order-17"), server.take().headerValues("Idempotency-Key"), "attempt " + attempt);
    }
    assertEquals(List.of(), server.drain(), "a fourth attempt");
  }

  @TransportTest
  void anyMethodWithABody() throws Exception {
    String xml = "<propfind xmlns=\"DAV:\"><prop><displayname>Zoë</displayname></prop></propfind>";
    server.replies(Reply.status(207).body("<multistatus/>"));

    assertEquals("<multistatus/>", api.propfind("my file", 1, xml));

    RecordingServer.Recorded request = server.take();
    byte[] sent = xml.getBytes(StandardCharsets.UTF_8);
    assertAll(
        () -> assertEquals("PROPFIND", request.method()),
        () -> assertEquals("/api/dav/my%20file", request.rawUri()),
        () -> assertEquals(List.of("1"), request.headerValues("Depth")),
        () -> assertEquals(List.of("application/xml; charset=UTF-8"), request.headerValues("Content-Type")),
        () -> assertEquals(List.of(Integer.toString(sent.length)), request.headerValues("Content-Length")),
        () -> assertArrayEquals(sent, request.body()));
  }
}
