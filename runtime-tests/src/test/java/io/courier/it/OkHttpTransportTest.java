package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.courier.Courier;
import io.courier.Response;
import io.courier.http.Get;
import io.courier.okhttp.OkHttpTransport;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What is particular to OkHttp: a caller's client is used with its own settings and left open. */
class OkHttpTransportTest {
  interface PingApi {
    @Get("/ping")
    Response<String> ping();
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();

  @Test
  void aCallersClientKeepsItsInterceptorsAndStaysOpenAfterClose() throws Exception {
    AtomicInteger intercepted = new AtomicInteger();
    OkHttpClient client = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          intercepted.incrementAndGet();
          return chain.proceed(chain.request().newBuilder().header("X-Intercepted", "yes").build());
        })
        .build();
    Courier courier = Courier.builder().baseUri(server.base()).transport(OkHttpTransport.create(client)).build();

    assertEquals(200, courier.create(PingApi.class).ping().status());
    courier.close();

    assertEquals(1, intercepted.get());
    assertEquals("yes", server.only().header("X-Intercepted"));
    try (okhttp3.Response response = client.newCall(new Request.Builder().url(server.uri("/after").toString())
        .build()).execute()) {
      assertEquals(200, response.code());
    }
    assertFalse(client.dispatcher().executorService().isShutdown());
  }

  @Test
  void aRedirectIsLeftToCourierNotFollowedByOkHttp() {
    server.replies(Reply.status(302).header("Location", "/elsewhere"));
    OkHttpClient following = new OkHttpClient.Builder().followRedirects(true).build();
    // Courier's own following is off here, so that any second request could only be OkHttp's.
    try (Courier courier = Courier.builder().baseUri(server.base()).followRedirects(false)
        .transport(OkHttpTransport.create(following)).build()) {
      Response<String> response = courier.create(PingApi.class).ping();

      assertEquals(302, response.status());
      assertEquals(1, server.requests().size(), "OkHttp sent no second request of its own");
    }
  }
}
