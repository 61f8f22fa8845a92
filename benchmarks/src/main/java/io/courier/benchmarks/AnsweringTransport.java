package io.courier.benchmarks;

import io.courier.Transport;
import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A Courier {@link Transport} that answers every call itself, as the loopback server would (204 to a PUT,
 * {@link Item#SAMPLE_JSON} to a GET): what a call costs through it is Courier's own work and nothing else.
 */
final class AnsweringTransport implements Transport {
  private static final byte[] ITEM = Item.SAMPLE_JSON.getBytes(StandardCharsets.UTF_8);
  private static final HttpHeaders JSON = HttpHeaders.of(
      Map.of("content-type", List.of("application/json")), (name, value) -> true);
  private static final HttpHeaders NONE = HttpHeaders.of(Map.of(), (name, value) -> true);

  @Override
  public Exchange exchange(TransportRequest request) {
    TransportResponse response = request.method().equals("GET") ? new Answer(200, JSON, ITEM)
        : new Answer(204, NONE, new byte[0]);
    return new Exchange() {
      @Override
      public TransportResponse send() {
        return response;
      }

      @Override
      public CompletableFuture<TransportResponse> sendAsync() {
        return CompletableFuture.completedFuture(response);
      }

      @Override
      public void cancel() {}
    };
  }

  @Override
  public void close() {}

  /** The answer to one call; its body is only ever read as bytes here. */
  private record Answer(int status, HttpHeaders headers, byte[] bytes) implements TransportResponse {
    @Override
    public InputStream stream() {
      return InputStream.nullInputStream();
    }
  }
}
