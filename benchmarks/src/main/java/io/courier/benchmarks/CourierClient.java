package io.courier.benchmarks;

import io.courier.Courier;
import java.io.IOException;
import java.nio.file.Path;

/** The generated Courier client, on whichever transport the builder was given. */
abstract class CourierClient implements PeerClient {
  private final Courier courier;
  private final PeerApi api;

  CourierClient(Courier.Builder builder) {
    this.courier = builder.build();
    this.api = courier.create(PeerApi.class);
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

  @Override
  public void close() {
    courier.close();
  }
}
