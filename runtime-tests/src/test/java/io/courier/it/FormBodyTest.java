package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.courier.http.Field;
import io.courier.http.FormUrlEncoded;
import io.courier.http.Headers;
import io.courier.http.Path;
import io.courier.http.Put;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Form bodies, encoded as Python's {@code urlencode} does: space as {@code +}, {@code +} as {@code %2B}. */
class FormBodyTest {
  /** Form-encoded PUTs, one method per shape of fields. */
  @Headers("Accept: application/json")
  interface SettingsApi {
    @Put("/settings/{section}")
    @FormUrlEncoded
    void saveSettings(@Path("section") String section, @Field("key1") String key1, @Field("key2") String key2);

    @Put("/settings/{section}")
    @FormUrlEncoded
    void saveReserved(@Path("section") String section, @Field("a b") String ab, @Field("k") String k);

    @Put("/settings/{section}")
    @FormUrlEncoded
    void saveMixed(@Path("section") String section, @Field("key1") String key1, @Field("tag") List<String> tags,
        @Field("n") int n);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private SettingsApi api;

  @BeforeEach
  void create(TransportKind transport) {
    api = server.courier(transport).build().create(SettingsApi.class);
  }

  @TransportTest
  void fieldsAreFormEncoded() {
    api.saveSettings("display", "value1", "value 2");

    RecordingServer.Recorded request = server.only();
    assertEquals("PUT", request.method());
    assertEquals("/api/settings/display", request.rawUri());
    assertEquals("key1=value1&key2=value+2", request.bodyText());
    assertEquals("application/x-www-form-urlencoded", request.header("Content-Type"));
    assertEquals(String.valueOf(request.body().length), request.header("Content-Length"));
  }

  @TransportTest
  void reservedCharactersAreEscapedLikePythonUrlencode() {
    // urllib.parse.urlencode({'a b': '1+1=2 & 3/4*', 'k': 'é~_.-'})
    api.saveReserved("x", "1+1=2 & 3/4*", "é~_.-");

    assertEquals("a+b=1%2B1%3D2+%26+3%2F4%2A&k=%C3%A9~_.-", server.only().bodyText());
  }

  @TransportTest
  void nullFieldsAreLeftOutAndIterablesRepeat() {
    api.saveMixed("x", null, List.of("a", "b c"), 3);

    assertEquals("tag=a&tag=b+c&n=3", server.only().bodyText());
  }
}
