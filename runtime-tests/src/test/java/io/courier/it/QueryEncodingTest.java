package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.courier.http.Get;
import io.courier.http.Query;
import io.courier.http.QueryMap;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Query parameters as the server saw them in the raw request URI. Reserved characters, CR and LF in names and values
 * are {@link SecurityCasesTest}'s.
 */
class QueryEncodingTest {
  /** One GET per way of building a query. */
  interface SearchApi {
    @Get("/search")
    void unicode(@Query("q") String q, @Query("é") String e);

    @Get("/search")
    void nullable(@Query("a") String a, @Query("b") String b, @Query("c") String c, @Query("d") Optional<String> d);

    @Get("/search")
    void repeated(@Query("tag") List<String> tags, @Query("id") int[] ids, @Query("s") List<String> s);

    @Get("/search")
    void filtered(@QueryMap Map<String, Object> filters);

    @Get("/search?fixed=1")
    void fixed(@Query("q") String q);

    @Get("/search")
    void encoded(@Query(value = "q", encoded = true) String q);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private SearchApi api;

  @BeforeEach
  void create(TransportKind transport) {
    api = server.courier(transport).build().create(SearchApi.class);
  }

  @TransportTest
  void nonAsciiNamesAndValuesAreUtf8() {
    api.unicode("é", "€");

    assertEquals("/api/search?q=%C3%A9&%C3%A9=%E2%82%AC", server.only().rawUri());
  }

  @TransportTest
  void nullIsLeftOut() {
    api.nullable(null, "1", null, Optional.empty());

    assertEquals("/api/search?b=1", server.only().rawUri());
  }

  @TransportTest
  void iterablesAndArraysRepeatTheParameter() {
    api.repeated(List.of("x", "y z"), new int[] {1, 2}, Arrays.asList("a", null, "b"));

    assertEquals("/api/search?tag=x&tag=y%20z&id=1&id=2&s=a&s=b", server.only().rawUri());
  }

  @TransportTest
  void queryMapEntriesAreEncodedAndNullValuesLeftOut() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a&b", "c=d");
    map.put("skip", null);
    map.put("n", 5);

    api.filtered(map);

    assertEquals("/api/search?a%26b=c%3Dd&n=5", server.only().rawUri());
  }

  @TransportTest
  void literalQueryOfTheTemplateIsKept() {
    api.fixed("two words");

    assertEquals("/api/search?fixed=1&q=two%20words", server.only().rawUri());
  }

  @TransportTest
  void encodedQueryIsSentAsGiven() {
    api.encoded("a+b%20c");

    assertEquals("/api/search?q=a+b%20c", server.only().rawUri());
  }
}
