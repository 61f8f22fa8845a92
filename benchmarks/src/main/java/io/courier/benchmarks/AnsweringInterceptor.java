package io.courier.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * An OkHttp application interceptor that answers every call itself, as the loopback server would (204 to a PUT,
 * {@link Item#SAMPLE_JSON} to a GET), after writing the request's body out: a call then does all of the client's
 * and OkHttp's own work, and no I/O.
 */
final class AnsweringInterceptor implements Interceptor {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final byte[] ITEM = Item.SAMPLE_JSON.getBytes(StandardCharsets.UTF_8);
  private static final byte[] NOTHING = new byte[0];

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.body() != null) {
      Buffer sent = new Buffer();
      request.body().writeTo(sent);
      sent.clear();
    }
    boolean get = request.method().equals("GET");
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(get ? 200 : 204)
        .message(get ? "OK" : "No Content")
        .body(get ? ResponseBody.create(ITEM, JSON) : ResponseBody.create(NOTHING, null))
        .build();
  }
}
