package io.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import io.courier.internal.UrlEncoding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Form bodies, encoded as Python's {@code urlencode} does: space as {@code +}, {@code +} as {@code %2B}. */
class FormBodyTest {
  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final Engine engine = server.courier().build().engine();
  private final Endpoint<Void> saveSettings = engine.endpoint("PUT", "/settings/{section}").withBody().idempotent()
      .header("Accept", "application/json")
      .formFields()
      .returning(Returns.discard());

  @Test
  void fieldsAreFormEncoded() {
    saveSettings.call("settings/" + UrlEncoding.pathSegment("section", "display"))
        .field("key1", "value1")
        .field("key2", "value 2")
        .execute();

    RecordingServer.Recorded request = server.only();
    assertEquals("PUT", request.method());
    assertEquals("/api/settings/display", request.rawUri());
    assertEquals("key1=value1&key2=value+2", request.bodyText());
    assertEquals("application/x-www-form-urlencoded", request.header("Content-Type"));
    assertEquals(String.valueOf(request.body().length), request.header("Content-Length"));
  }

  @Test
  void reservedCharactersAreEscapedLikePythonUrlencode() {
    // urllib.parse.urlencode({'a b': '1+1=2 & 3/4*', 'k': 'é~_.-'})
    saveSettings.call("settings/x")
        .field("a b", "1+1=2 & 3/4*")
        .field("k", "é~_.-")
        .execute();

    assertEquals("a+b=1%2B1%3D2+%26+3%2F4%2A&k=%C3%A9~_.-", server.only().bodyText());
  }

  @Test
  void nullFieldsAreLeftOutAndIterablesRepeat() {
    saveSettings.call("settings/x")
        .field("key1", null)
        .field("tag", List.of("a", "b c"))
        .field("n", 3)
        .execute();

    assertEquals("tag=a&tag=b+c&n=3", server.only().bodyText());
  }
}
