package io.courier.benchmarks;

import io.courier.Courier;
import java.io.IOException;
import java.nio.file.Path;

/** A generated Courier client with every default, so on the JDK's {@code HttpClient}. */
final class CourierJdkClient implements PeerClient {
  private final PeerApi api;

  CourierJdkClient(String baseUri) {
    this.api = Courier.builder().baseUri(baseUri).build().create(PeerApi.class);
  }

  @Override
  public void put(long id, Item item) {
    api.put(id, item);
  }

  @Override
  public Item get(long id) {
    return api.get(id);
  }

  @Override
  public void upload(String name, Path file) throws IOException {
    int status = api.upload(name, file).status();
    if (status != 204) {
      throw new IOException("HTTP " + status + ", expected 204");
    }
  }
}
