package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.PreconditionFailedException;
import io.courier.Response;
import io.courier.Versioned;
import io.courier.http.Body;
import io.courier.http.CreateOnly;
import io.courier.http.Get;
import io.courier.http.IfMatch;
import io.courier.http.Put;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code Versioned<T>} returns, {@code @IfMatch} and {@code @CreateOnly}, on both transports. */
class ConditionalPutTest {
  interface DocsApi {
    @Get("/docs/{id}")
    Versioned<User> get(String id);

    @Get("/docs/{id}")
    Optional<Versioned<User>> find(String id);

    @Get("/docs/{id}")
    CompletableFuture<Versioned<User>> getAsync(String id);

    @Put("/docs/{id}")
    Versioned<User> replace(String id, @IfMatch String etag, @Body User user);

    @Put("/docs/{id}")
    Versioned<Void> touch(String id, @IfMatch String etag, @Body User user);

    @Put("/docs/{id}")
    @CreateOnly
    Response<Void> create(String id, @Body User user);

    @Put("/docs/{id}")
    @CreateOnly
    void createOrThrow(String id, @Body User user);
  }

  private static final User ADA = new User("Ada", 36);
  private static final Reply ADA_V1 = Reply.status(200).header("ETag", "\"v1\"").body("{\"name\":\"Ada\",\"age\":36}");

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();

  private DocsApi api(TransportKind transport) {
    return server.courier(transport).build().create(DocsApi.class);
  }

  @TransportTest
  void aVersionedReadCarriesTheValueAndItsTag(TransportKind transport) throws Exception {
    server.replies(ADA_V1);
    DocsApi api = api(transport);

    assertEquals(Versioned.of(ADA, "\"v1\""), api.get("1"));
    assertEquals(Optional.of(Versioned.of(ADA, "\"v1\"")), api.find("1"));
    assertEquals(Versioned.of(ADA, "\"v1\""), api.getAsync("1").get(10, TimeUnit.SECONDS));
  }

  @TransportTest
  void aMissingDocumentIsAnEmptyOptional(TransportKind transport) {
    server.replies(Reply.status(404));

    assertEquals(Optional.empty(), api(transport).find("1"));
  }

  @TransportTest
  void ifMatchQuotesABareTagAndSendsQuotedAndWeakOnesAsTheyAre(TransportKind transport) throws Exception {
    server.replies(Reply.status(204).header("ETag", "\"v2\""));
    DocsApi api = api(transport);

    Versioned<User> written = api.replace("1", "v1", ADA);
    api.replace("1", "\"v1\"", ADA);
    api.replace("1", "W/\"v1\"", ADA);
    api.replace("1", null, ADA);
    api.replace("1", "*", ADA);

    assertNull(written.value(), "a 204 has no body");
    assertEquals(Optional.of("\"v2\""), written.etag());
    assertEquals(Versioned.of(null, "\"v2\""), api.touch("1", "v2", ADA), "the tag alone");
    assertEquals("\"v1\"", server.take().header("If-Match"));
    assertEquals("\"v1\"", server.take().header("If-Match"));
    assertEquals("W/\"v1\"", server.take().header("If-Match"));
    assertNull(server.take().header("If-Match"), "null sends none");
    assertEquals("*", server.take().header("If-Match"), "any current representation");
    assertEquals("\"v2\"", server.take().header("If-Match"));
  }

  @TransportTest
  void aTagThatNoEntityTagCouldBeIsRefusedBeforeAnythingIsSent(TransportKind transport) {
    DocsApi api = api(transport);
    for (String bad : new String[] {"v 1", "\"v1", "v\"1", "\"", "W/\"", "a\r\nX-Injected: 1"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> api.replace("1", bad, ADA));
      assertTrue(e.getMessage().contains("'etag'"), e.getMessage());
    }
    assertEquals(0, server.requests().size());
  }

  @TransportTest
  void aStaleTagIs412WithTheCurrentOne(TransportKind transport) {
    server.replies(Reply.status(412).header("ETag", "\"v3\""));

    PreconditionFailedException e = assertThrows(PreconditionFailedException.class,
        () -> api(transport).replace("1", "v1", ADA));

    assertEquals(Optional.of("\"v3\""), e.currentEtag());
    assertEquals(1, server.requests().size(), "a 412 is an answer: not retried");
  }

  @TransportTest
  void createOnlySendsIfNoneMatchStar(TransportKind transport) throws Exception {
    server.replies(Reply.status(201), Reply.status(412));
    DocsApi api = api(transport);

    assertEquals(201, api.create("1", ADA).status());
    assertThrows(PreconditionFailedException.class, () -> api.createOrThrow("1", ADA));

    assertEquals("*", server.take().header("If-None-Match"));
    assertEquals("*", server.take().header("If-None-Match"));
  }
}
