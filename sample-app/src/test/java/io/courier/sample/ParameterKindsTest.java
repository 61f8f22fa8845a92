package io.courier.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.Courier;
import io.courier.http.Get;
import io.courier.http.Path;
import io.courier.http.Query;
import io.courier.http.QueryMap;
import io.courier.http.Url;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Each kind of parameter that builds the URL (path, query, query map, {@code @Url}, and the value types they take),
 * checked on the request target a real loopback server received.
 */
class ParameterKindsTest {
  /** A colour whose {@code toString()} differs from its {@code name()}, which is what Courier must send. */
  enum Color {
    DARK_RED;

    @Override
    public String toString() {
      return "dark red";
    }
  }

  interface UrlApi {
    @Get("/users/{user}/files/{name}.{ext}")
    String file(@Path("user") String user, @Path("name") String name, @Path("ext") String ext);

    @Get("/users/{id}/at/{time}")
    String at(long id, @Path("time") OffsetDateTime time);

    @Get("/tree/{path}")
    String tree(@Path(value = "path", encoded = true) String path);

    @Get("/search?sort=asc")
    String search(@Query("q") String q, @Query("tag") List<String> tags, @Query("id") int[] ids,
        @Query("page") Optional<Integer> page, @Query("cursor") String cursor,
        @Query(value = "filter", encoded = true) String filter);

    @Get("/items")
    String items(@QueryMap Map<String, ?> filters, @Query("limit") int limit);

    @Get("/items")
    String itemsEncoded(@QueryMap(encoded = true) Map<String, String> filters);

    @Get("/values/{color}/{id}")
    String values(@Path("color") Color color, @Path("id") UUID id, @Query("color") Color query,
        @Query("day") LocalDate day, @Query("at") OffsetDateTime at, @Query("when") Instant when,
        @Query("for") Duration duration);

    @Get
    String follow(@Url String url);

    @Get
    String followUri(@Url URI url, @Query("page") int page);
  }

  private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
  private static final OffsetDateTime LEAP_DAY = OffsetDateTime.of(2024, 2, 29, 12, 30, 0, 0, ZoneOffset.ofHours(2));

  private RecordingServer server;
  private TransportKind transport;
  private UrlApi api;

  @BeforeEach
  void start(TransportKind transport) {
    server = RecordingServer.started();
    this.transport = transport;
    api = server.courier(transport).build().create(UrlApi.class);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @TransportTest
  void pathPlaceholdersAreEachOneEncodedSegment() throws Exception {
    api.file("zoë lovelace", "a/b?c#d%e+f;g", "tar.gz");
    api.at(7, LEAP_DAY);

    assertEquals("/api/users/zo%C3%AB%20lovelace/files/a%2Fb%3Fc%23d%25e%2Bf%3Bg.tar.gz", server.take().rawUri());
    assertEquals("/api/users/7/at/2024-02-29T12:30%2B02:00", server.take().rawUri());
  }

  @TransportTest
  void encodedPathKeepsSlashesAndEscapesButNotDotSegments() throws Exception {
    api.tree("docs/2024 plan/a%2Fb");

    assertEquals("/api/tree/docs/2024%20plan/a%2Fb", server.take().rawUri());
    assertThrows(IllegalArgumentException.class, () -> api.tree("docs/../secrets"));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> api.file(null, "n", "e"));
    assertTrue(missing.getMessage().contains("'user'"), missing::getMessage);
    assertEquals(List.of(), server.drain(), "a rejected value must send nothing");
  }

  @TransportTest
  void theBaseUrisPathIsKeptWithOrWithoutItsTrailingSlash() throws Exception {
    UrlApi noSlash = transport.configure(Courier.builder()).baseUri(server.uri("/api").toString()).build()
        .create(UrlApi.class);

    noSlash.file("u", "n", "e");

    assertEquals("/api/users/u/files/n.e", server.take().rawUri());
  }

  @TransportTest
  void queryParametersFollowTheTemplatesLiteralQuery() throws Exception {
    api.search("a b+c&d=é", List.of("x", "y z"), new int[] {1, 2}, Optional.of(3), null, "name%3Dada");
    api.search(null, List.of(), new int[0], Optional.empty(), null, null);

    assertEquals("/api/search?sort=asc&q=a%20b%2Bc%26d%3D%C3%A9&tag=x&tag=y%20z&id=1&id=2&page=3&filter=name%3Dada",
        server.take().rawUri());
    assertEquals("/api/search?sort=asc", server.take().rawUri());
  }

  @TransportTest
  void queryMapSendsEachEntryAndLeavesOutNulls() throws Exception {
    Map<String, Object> filters = new LinkedHashMap<>();
    filters.put("a b", "1+1");
    filters.put("none", null);
    filters.put("n", 5);

    api.items(filters, 10);
    api.itemsEncoded(Map.of("f", "a%20b"));

    assertEquals("/api/items?a%20b=1%2B1&n=5&limit=10", server.take().rawUri());
    assertEquals("/api/items?f=a%20b", server.take().rawUri());
  }

  @TransportTest
  void enumsUuidsAndJavaTimeValuesAreSentByNameAndIso8601() throws Exception {
    api.values(Color.DARK_RED, ID, Color.DARK_RED, LocalDate.of(2024, 2, 29), LEAP_DAY,
        Instant.parse("2024-02-29T10:30:00Z"), Duration.ofMinutes(90));

    assertEquals("/api/values/DARK_RED/123e4567-e89b-12d3-a456-426614174000?color=DARK_RED&day=2024-02-29"
        + "&at=2024-02-29T12%3A30%2B02%3A00&when=2024-02-29T10%3A30%3A00Z&for=PT1H30M", server.take().rawUri());
  }

  @TransportTest
  void anAbsoluteUrlGoesWhereItSaysAndARelativeOneUnderTheBase() throws Exception {
    try (RecordingServer elsewhere = RecordingServer.started()) {
      api.follow(elsewhere.uri("/other/page?x=1").toString());
      api.follow("next/page?cursor=2");
      api.followUri(URI.create("/list"), 2);

      RecordingServer.Recorded absolute = elsewhere.take();
      assertAll(
          () -> assertEquals("/other/page?x=1", absolute.rawUri()),
          () -> assertEquals(List.of("127.0.0.1:" + elsewhere.uri("/").getPort()), absolute.headerValues("Host")),
          () -> assertEquals("/api/next/page?cursor=2", server.take().rawUri()),
          () -> assertEquals("/api/list?page=2", server.take().rawUri()),
          () -> assertEquals(List.of(), server.drain()));
    }
  }
}
