package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.DecodingException;
import io.courier.HttpStatusException;
import io.courier.Response;
import io.courier.http.Get;
import io.courier.http.Head;
import io.courier.http.Path;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Optional, HEAD's boolean, byte[], generic bodies and empty bodies. */
class ReturnShapesTest {
  /** One method per return shape whose result depends on the status or the body. */
  interface ShapesApi {
    @Get("/users/{id}")
    Optional<User> find(@Path("id") long id);

    @Get("/users")
    Optional<List<User>> list();

    @Head("/users/{id}")
    boolean exists(@Path("id") long id);

    @Head("/users/{id}")
    Response<Void> head(@Path("id") long id);

    @Get("/blob")
    byte[] blob();

    @Get("/users/{id}")
    User get(@Path("id") long id);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private ShapesApi api;

  @BeforeEach
  void create(TransportKind transport) {
    api = server.courier(transport).build().create(ShapesApi.class);
  }

  @TransportTest
  void optionalIsEmptyOn404() {
    server.replies(Reply.status(404).body("not here"));

    assertEquals(Optional.empty(), api.find(1));
  }

  @TransportTest
  void optionalHoldsTheBodyOn200AndThrowsOnOtherErrors() {
    server.replies(Reply.status(200).body("[{\"name\":\"Ada\",\"age\":36}]"));
    assertEquals(Optional.of(List.of(new User("Ada", 36))), api.list());

    server.replies(Reply.status(500));
    assertEquals(500, assertThrows(HttpStatusException.class, () -> api.list()).status());
  }

  @TransportTest
  void headExists() {
    server.replies(Reply.status(200).header("X-Found", "yes"));
    assertTrue(api.exists(1));
    server.replies(Reply.status(404));
    assertFalse(api.exists(2));
    server.replies(Reply.status(403));
    assertEquals(403, assertThrows(HttpStatusException.class, () -> api.exists(3)).status());

    assertEquals(List.of("HEAD", "HEAD", "HEAD"), server.requests().stream().map(r -> r.method()).toList());
  }

  @TransportTest
  void headResponseHasNoBody() {
    server.replies(Reply.status(200).header("ETag", "\"e\""));

    Response<Void> response = api.head(1);

    assertEquals(200, response.status());
    assertNull(response.body());
    assertEquals(Optional.of("\"e\""), response.etag());
  }

  @TransportTest
  void bytesAreReturnedAsTheyCame() {
    byte[] bytes = {0, (byte) 0xff, 10, 13, 'a'};
    server.replies(Reply.status(200).body(bytes));

    assertArrayEquals(bytes, api.blob());
  }

  @TransportTest
  void emptyBodyGivesNull() {
    server.replies(Reply.status(200));

    assertNull(api.get(1));
  }

  @TransportTest
  void undecodableBodyThrowsDecodingException() {
    server.replies(Reply.status(200).body("{not json"));

    DecodingException e = assertThrows(DecodingException.class, () -> api.get(1));

    assertTrue(e.getMessage().contains("/api/users/1"), e.getMessage());
  }
}
