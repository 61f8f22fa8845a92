package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.courier.http.Body;
import io.courier.http.Path;
import io.courier.http.Put;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** JSON request bodies, from a {@code @Body} object and from parameters written as one JSON object. */
class JsonBodyTest {
  /** JSON bodies from a {@code @Body} object, a generic one, and un-annotated parameters. */
  interface UsersApi {
    @Put("/users/{id}")
    void replace(@Path("id") long id, @Body User user);

    @Put("/lists/{id}")
    void lists(@Path("id") String id, @Body Map<String, List<User>> all);

    @Put("/users/{id}")
    void rename(@Path("id") long id, String name, int age);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private UsersApi api;

  @BeforeEach
  void create(TransportKind transport) {
    api = server.courier(transport).build().create(UsersApi.class);
  }

  @TransportTest
  void bodyObjectIsSentAsJsonByteForByte() {
    api.replace(7L, new User("Zoë \"Z\"", 36));

    RecordingServer.Recorded request = server.only();
    byte[] expected = "{\"name\":\"Zoë \\\"Z\\\"\",\"age\":36}".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(expected, request.body());
    assertEquals("application/json", request.header("Content-Type"));
    assertEquals(List.of(String.valueOf(expected.length)), request.headerValues("Content-Length"));
    assertNull(request.header("Transfer-Encoding"));
  }

  @TransportTest
  void genericBodyIsWrittenWithItsDeclaredType() {
    Map<String, List<User>> all = new LinkedHashMap<>();
    all.put("admins", List.of(new User("Ada", 36)));
    all.put("guests", List.of());

    api.lists("x", all);

    assertEquals("{\"admins\":[{\"name\":\"Ada\",\"age\":36}],\"guests\":[]}", server.only().bodyText());
  }

  @TransportTest
  void parametersAreWrittenAsOneJsonObject() {
    api.rename(7L, "Ada Lovelace", 36);

    RecordingServer.Recorded request = server.only();
    assertEquals("{\"name\":\"Ada Lovelace\",\"age\":36}", request.bodyText());
    assertEquals("application/json", request.header("Content-Type"));
    assertEquals(String.valueOf(request.body().length), request.header("Content-Length"));
  }

  @TransportTest
  void nullJsonFieldsAreLeftOut() {
    api.rename(7, null, 5);

    assertEquals("{\"age\":5}", server.only().bodyText());
  }
}
