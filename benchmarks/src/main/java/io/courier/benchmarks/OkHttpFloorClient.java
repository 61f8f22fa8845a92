package io.courier.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * OkHttp's floor: a careful hand-written call on OkHttp and Jackson, with OkHttp's defaults, which is what any
 * library on OkHttp (Retrofit, or Courier's OkHttp transport) adds its own work to.
 */
final class OkHttpFloorClient implements PeerClient {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final MediaType OCTETS = MediaType.get("application/octet-stream");

  private final OkHttpClient client;
  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpUrl base;

  OkHttpFloorClient(String baseUri) {
    this(baseUri, new OkHttpClient());
  }

  /** On the given client, as the overhead benchmark runs every OkHttp client on one. */
  OkHttpFloorClient(String baseUri, OkHttpClient client) {
    this.client = client;
    this.base = HttpUrl.get(baseUri.endsWith("/") ? baseUri : baseUri + "/");
  }

  @Override
  public void put(long id, Item item) throws IOException {
    Request request = new Request.Builder()
        .url(base.resolve("items/" + id))
        .put(RequestBody.create(mapper.writeValueAsBytes(item), JSON))
        .build();
    try (Response response = client.newCall(request).execute()) {
      expect(204, response.code());
    }
  }

  @Override
  public Item get(long id) throws IOException {
    Request request = new Request.Builder().url(base.resolve("items/" + id)).build();
    try (Response response = client.newCall(request).execute()) {
      expect(200, response.code());
      return mapper.readValue(response.body().bytes(), Item.class);
    }
  }

  @Override
  public void upload(String name, Path file) throws IOException {
    Request request = new Request.Builder()
        .url(base.resolve("upload/" + name))
        .put(RequestBody.create(file.toFile(), OCTETS))
        .build();
    try (Response response = client.newCall(request).execute()) {
      expect(204, response.code());
    }
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  private static void expect(int expected, int status) throws IOException {
    if (status != expected) {
      throw new IOException("HTTP " + status + ", expected " + expected);
    }
  }
}
