package io.courier.benchmarks;

import io.courier.Courier;
import io.courier.okhttp.OkHttpTransport;

/** The same generated Courier client on OkHttp, through {@code io.courier:courier-okhttp}. */
final class CourierOkHttpClient extends CourierClient {
  CourierOkHttpClient(String baseUri) {
    super(Courier.builder().baseUri(baseUri).transport(OkHttpTransport.create()));
  }
}
