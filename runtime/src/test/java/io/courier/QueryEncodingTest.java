package io.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.courier.internal.Endpoint;
import io.courier.internal.Returns;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Query parameters as the server saw them in the raw request URI. */
class QueryEncodingTest {
  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final Endpoint<Void> get =
      server.courier().build().engine().endpoint("GET", "/search").idempotent().returning(Returns.discard());

  @Test
  void reservedCharactersAreEscaped() {
    get.call("search").query("q", "a b+c&d=e#f%g/h?").query("x y", "é").execute();

    assertEquals("/api/search?q=a%20b%2Bc%26d%3De%23f%25g%2Fh%3F&x%20y=%C3%A9", server.only().rawUri());
  }

  @Test
  void nullIsLeftOut() {
    get.call("search").query("a", null).query("b", "1").query("c", null).query("d", Optional.empty()).execute();

    assertEquals("/api/search?b=1", server.only().rawUri());
  }

  @Test
  void iterablesAndArraysRepeatTheParameter() {
    get.call("search")
        .query("tag", List.of("x", "y z"))
        .query("id", new int[] {1, 2})
        .query("s", Arrays.asList("a", null, "b"))
        .execute();

    assertEquals("/api/search?tag=x&tag=y%20z&id=1&id=2&s=a&s=b", server.only().rawUri());
  }

  @Test
  void queryMapEntriesAreEncodedAndNullValuesLeftOut() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a&b", "c=d");
    map.put("skip", null);
    map.put("n", 5);

    get.call("search").queryMap("filters", map, false).execute();

    assertEquals("/api/search?a%26b=c%3Dd&n=5", server.only().rawUri());
  }

  @Test
  void literalQueryOfTheTemplateIsKept() {
    get.call("search?fixed=1").query("q", "two words").execute();

    assertEquals("/api/search?fixed=1&q=two%20words", server.only().rawUri());
  }

  @Test
  void encodedQueryIsSentAsGiven() {
    get.call("search").encodedQuery("q", "a+b%20c").execute();

    assertEquals("/api/search?q=a+b%20c", server.only().rawUri());
  }
}
