package io.courier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.courier.transport.BodyMode;
import io.courier.transport.RequestBody;
import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The redirect rules on their own, for the cases a plain-HTTP loopback test cannot reach. */
class RedirectsTest {
  /** A response with one status and a Location header. */
  private record Redirect(int status, String location) implements TransportResponse {
    @Override
    public HttpHeaders headers() {
      return HttpHeaders.of(location == null ? Map.of() : Map.of("Location", List.of(location)), (n, v) -> true);
    }

    @Override
    public byte[] bytes() {
      return new byte[0];
    }

    @Override
    public InputStream stream() {
      return null;
    }
  }

  private static TransportRequest get(String uri) {
    return new TransportRequest("GET", uri, new String[] {"Authorization", "Bearer t"}, null, null, null,
        null, BodyMode.BYTES, 1024);
  }

  @Test
  void neverFromHttpsToHttp() {
    assertNull(Redirects.follow(get("https://api.example/a"), new Redirect(302, "http://api.example/b")));
    assertNotNull(Redirects.follow(get("http://api.example/a"), new Redirect(302, "https://api.example/b")));
  }

  @Test
  void onlyHttpAndHttpsTargets() {
    assertNull(Redirects.follow(get("http://api.example/a"), new Redirect(302, "file:///etc/passwd")));
    assertNull(Redirects.follow(get("http://api.example/a"), new Redirect(302, "ftp://api.example/b")));
  }

  @Test
  void aMalformedOrMissingLocationReturnsTheRedirectAsItIs() {
    assertNull(Redirects.follow(get("http://api.example/a"), new Redirect(302, "http://bad host/")));
    assertNull(Redirects.follow(get("http://api.example/a"), new Redirect(302, null)));
  }

  @Test
  void theDefaultPortIsTheSameOrigin() {
    TransportRequest next =
        Redirects.follow(get("https://api.example/a"), new Redirect(307, "https://api.example:443/b"));

    assertEquals("Bearer t", next.header("Authorization"));
  }

  @Test
  void aPostAnswered303BecomesAGetWithoutBodyOrContentType() {
    TransportRequest post = new TransportRequest("POST", "http://api.example/a", new String[0], "application/json",
        RequestBody.ofBytes(new byte[] {1}, "application/json"), null, null, BodyMode.BYTES,
        1024);

    TransportRequest next = Redirects.follow(post, new Redirect(303, "/status"));

    assertEquals("GET", next.method());
    assertNull(next.body());
    assertNull(next.header("Content-Type"));
    assertEquals("http://api.example/status", next.uriText());
  }
}
