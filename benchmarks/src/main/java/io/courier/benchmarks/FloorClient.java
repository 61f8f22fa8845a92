package io.courier.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;

/**
 * The floor: what a careful hand-written call on {@code java.net.http.HttpClient} and Jackson costs, configured as
 * Courier's default transport is (same-thread executor, HTTP/1.1) but without a request timeout.
 */
final class FloorClient implements PeerClient {
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .executor(Runnable::run)
      .build();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String base;

  FloorClient(String baseUri) {
    this.base = baseUri.endsWith("/") ? baseUri : baseUri + "/";
  }

  @Override
  public void put(long id, Item item) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "items/" + id))
        .PUT(BodyPublishers.ofByteArray(mapper.writeValueAsBytes(item)))
        .header("Content-Type", "application/json")
        .build();
    expect(204, client.send(request, BodyHandlers.discarding()).statusCode());
  }

  @Override
  public Item get(long id) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "items/" + id)).GET().build();
    HttpResponse<byte[]> response = client.send(request, BodyHandlers.ofByteArray());
    expect(200, response.statusCode());
    return mapper.readValue(response.body(), Item.class);
  }

  @Override
  public void upload(String name, Path file) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "upload/" + name))
        .PUT(BodyPublishers.ofFile(file))
        .header("Content-Type", "application/octet-stream")
        .build();
    expect(204, client.send(request, BodyHandlers.discarding()).statusCode());
  }

  private static void expect(int expected, int status) throws IOException {
    if (status != expected) {
      throw new IOException("HTTP " + status + ", expected " + expected);
    }
  }
}
