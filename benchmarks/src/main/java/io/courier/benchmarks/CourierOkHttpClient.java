package io.courier.benchmarks;

import io.courier.Courier;
import io.courier.okhttp.OkHttpTransport;
import okhttp3.OkHttpClient;

/** The same generated Courier client on OkHttp, through {@code io.courier:courier-okhttp}. */
final class CourierOkHttpClient extends CourierClient {
  CourierOkHttpClient(String baseUri) {
    super(Courier.builder().baseUri(baseUri).transport(OkHttpTransport.create()));
  }

  /** On the given client, as the overhead benchmark runs every OkHttp client on one. */
  CourierOkHttpClient(String baseUri, OkHttpClient client) {
    super(Courier.builder().baseUri(baseUri).transport(OkHttpTransport.create(client)));
  }
}
