package io.courier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.RecordingServer.Reply;
import io.courier.internal.Decoders;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import io.courier.internal.Types;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Optional, HEAD's boolean, byte[], generic bodies and empty bodies. */
class ReturnShapesTest {
  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final Engine engine = server.courier().build().engine();

  @Test
  void optionalIsEmptyOn404() {
    server.replies(Reply.status(404).body("not here"));
    Endpoint<Optional<User>> find = engine.endpoint("GET", "/users/{id}").idempotent()
        .returning(Returns.optional(engine.decoder(User.class)));

    assertEquals(Optional.empty(), find.call("users/1").execute());
  }

  @Test
  void optionalHoldsTheBodyOn200AndThrowsOnOtherErrors() {
    Endpoint<Optional<List<User>>> list = engine.endpoint("GET", "/users").idempotent()
        .returning(Returns.optional(engine.decoder(Types.parameterized(List.class, User.class))));

    server.replies(Reply.status(200).body("[{\"name\":\"Ada\",\"age\":36}]"));
    assertEquals(Optional.of(List.of(new User("Ada", 36))), list.call("users").execute());

    server.replies(Reply.status(500));
    assertEquals(500, assertThrows(HttpStatusException.class, () -> list.call("users").execute()).status());
  }

  @Test
  void headExists() {
    Endpoint<Boolean> exists = engine.endpoint("HEAD", "/users/{id}").idempotent().returning(Returns.exists());

    server.replies(Reply.status(200).header("X-Found", "yes"));
    assertTrue(exists.call("users/1").execute());
    server.replies(Reply.status(404));
    assertFalse(exists.call("users/2").execute());
    server.replies(Reply.status(403));
    assertEquals(403, assertThrows(HttpStatusException.class, () -> exists.call("users/3").execute()).status());

    assertEquals(List.of("HEAD", "HEAD", "HEAD"), server.requests().stream().map(r -> r.method()).toList());
  }

  @Test
  void headResponseHasNoBody() {
    server.replies(Reply.status(200).header("ETag", "\"e\""));
    Endpoint<Response<Void>> head = engine.endpoint("HEAD", "/users/{id}").idempotent()
        .returning(Returns.response(Decoders.none()));

    Response<Void> response = head.call("users/1").execute();

    assertEquals(200, response.status());
    assertNull(response.body());
    assertEquals(Optional.of("\"e\""), response.etag());
  }

  @Test
  void bytesAreReturnedAsTheyCame() {
    byte[] bytes = {0, (byte) 0xff, 10, 13, 'a'};
    server.replies(Reply.status(200).body(bytes));
    Endpoint<byte[]> get = engine.endpoint("GET", "/blob").idempotent().returning(Returns.body(Decoders.bytes()));

    assertArrayEquals(bytes, get.call("blob").execute());
  }

  @Test
  void emptyBodyGivesNull() {
    server.replies(Reply.status(200));
    Endpoint<User> get = engine.endpoint("GET", "/users/{id}").idempotent().returning(Returns.body(engine.decoder(User.class)));

    assertNull(get.call("users/1").execute());
  }

  @Test
  void undecodableBodyThrowsDecodingException() {
    server.replies(Reply.status(200).body("{not json"));
    Endpoint<User> get = engine.endpoint("GET", "/users/{id}").idempotent().returning(Returns.body(engine.decoder(User.class)));

    DecodingException e = assertThrows(DecodingException.class, () -> get.call("users/1").execute());

    assertTrue(e.getMessage().contains("/api/users/1"), e.getMessage());
  }
}
