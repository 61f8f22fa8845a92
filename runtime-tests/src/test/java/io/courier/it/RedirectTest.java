package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.Courier;
import io.courier.HttpStatusException;
import io.courier.Response;
import io.courier.TransportException;
import io.courier.http.Body;
import io.courier.http.Get;
import io.courier.http.Header;
import io.courier.http.Put;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Recorded;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Courier follows redirects itself, by the same rules on every transport. */
class RedirectTest {
  interface DocsApi {
    @Get("/docs/{id}")
    Response<String> get(String id, @Header("Authorization") String authorization, @Header("Cookie") String cookie);

    @Get("/docs/{id}")
    String getText(String id);

    @Put("/docs/{id}")
    Response<String> put(String id, @Body String text);

    @Put("/docs/{id}")
    Response<String> putPublished(String id, @Body HttpRequest.BodyPublisher text);
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  @RegisterExtension
  final RecordingServer other = RecordingServer.started();

  private DocsApi api(TransportKind transport) {
    return server.courier(transport).build().create(DocsApi.class);
  }

  private static Reply redirect(int status, String location) {
    return Reply.status(status).header("Location", location);
  }

  @TransportTest
  void aGetFollowsA302AndItsResponseNamesTheFinalUri(TransportKind transport) {
    server.replies(redirect(302, "/api/moved/1"), Reply.status(200).body("found"));

    Response<String> response = api(transport).get("1", null, null);

    assertEquals(200, response.status());
    assertEquals("found", response.body());
    assertEquals(server.uri("/api/moved/1"), response.uri());
    assertEquals(List.of("/api/docs/1", "/api/moved/1"), server.requests().stream().map(Recorded::rawUri).toList());
  }

  @TransportTest
  void aPutAnswered303IsFollowedWithAGetAndNoBody(TransportKind transport) {
    server.replies(redirect(303, "/api/status/1"), Reply.status(200).body("stored"));

    Response<String> response = api(transport).put("1", "text");

    assertEquals("stored", response.body());
    Recorded followUp = server.requests().get(1);
    assertEquals("GET", followUp.method());
    assertEquals(0, followUp.body().length);
    assertNull(followUp.header("Content-Type"));
  }

  @TransportTest
  void aPutAnswered301Or302IsReturnedAsItIs(TransportKind transport) {
    server.replies(redirect(301, "/api/elsewhere"));
    assertEquals(301, api(transport).put("1", "text").status());
    server.replies(redirect(302, "/api/elsewhere"));
    assertEquals(302, api(transport).put("1", "text").status());

    assertEquals(2, server.requests().size());
  }

  @TransportTest
  void a307RepeatsTheMethodAndTheBodyWhenTheBodyCanBeSentAgain(TransportKind transport) {
    server.replies(redirect(307, "/api/new/1"), Reply.status(204));

    assertEquals(204, api(transport).put("1", "the text").status());

    Recorded repeated = server.requests().get(1);
    assertEquals("PUT", repeated.method());
    assertEquals("/api/new/1", repeated.rawUri());
    assertEquals("the text", repeated.bodyText());
  }

  @TransportTest
  void a308WithABodyThatCannotBeSentAgainIsReturnedAsItIs(TransportKind transport) {
    server.replies(redirect(308, "/api/new/1"), Reply.status(204));

    Response<String> response = api(transport).putPublished("1", HttpRequest.BodyPublishers.ofString("once"));

    assertEquals(308, response.status());
    assertEquals(1, server.requests().size());
  }

  @TransportTest
  void aRedirectLoopFailsAfterFiveHopsAndTheMessageListsThem(TransportKind transport) {
    server.replies(redirect(302, "/api/loop?token=secret"));

    TransportException e = assertThrows(TransportException.class, () -> api(transport).getText("1"));

    assertEquals(6, server.requests().size(), "the call and five redirects");
    assertTrue(e.getMessage().contains("GET " + server.uri("/api/docs/1")), e.getMessage());
    // The call, the five redirects followed, and the sixth, refused.
    assertEquals(6, e.getMessage().split("/api/loop", -1).length - 1, e.getMessage());
    assertFalse(e.getMessage().contains("secret"), "the query stays out of the message: " + e.getMessage());
  }

  @TransportTest
  void credentialsAreDroppedWhenTheOriginChangesAndKeptWhenItDoesNot(TransportKind transport) {
    server.replies(redirect(302, "/api/same/1"), redirect(302, other.uri("/elsewhere/1").toString()));
    other.replies(Reply.status(200).body("there"));

    Response<String> response = api(transport).get("1", "Bearer token", "session=abc");

    assertEquals("there", response.body());
    Recorded sameOrigin = server.requests().get(1);
    assertEquals("Bearer token", sameOrigin.header("Authorization"));
    assertEquals("session=abc", sameOrigin.header("Cookie"));
    Recorded otherOrigin = other.only();
    assertNull(otherOrigin.header("Authorization"));
    assertNull(otherOrigin.header("Cookie"));
  }

  @TransportTest
  void followRedirectsFalseReturnsTheRedirectAsItIs(TransportKind transport) {
    server.replies(redirect(302, "/api/moved/1"));
    DocsApi api = server.courier(transport).followRedirects(false).build().create(DocsApi.class);

    assertEquals(302, api.get("1", null, null).status());
    HttpStatusException e = assertThrows(HttpStatusException.class, () -> api.getText("1"));
    assertEquals(302, e.status());
    assertEquals(2, server.requests().size());
  }
}
