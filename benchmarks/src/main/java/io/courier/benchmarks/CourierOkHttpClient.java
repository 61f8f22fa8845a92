package io.courier.benchmarks;

import io.courier.Courier;
import io.courier.okhttp.OkHttpTransport;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The same generated Courier client on OkHttp, through {@code io.courier:courier-okhttp}.
 */
final class CourierOkHttpClient implements PeerClient {
  private final PeerApi api;

  CourierOkHttpClient(String baseUri) {
    this.api = Courier.builder().baseUri(baseUri).transport(OkHttpTransport.create()).build().create(PeerApi.class);
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
