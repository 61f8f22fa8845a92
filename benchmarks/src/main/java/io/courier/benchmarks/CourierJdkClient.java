package io.courier.benchmarks;

import io.courier.Courier;

/** A generated Courier client with every default, so on the JDK's {@code HttpClient}. */
final class CourierJdkClient extends CourierClient {
  CourierJdkClient(String baseUri) {
    super(Courier.builder().baseUri(baseUri));
  }
}
