package io.courier.benchmarks;

import feign.Feign;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;

/** OpenFeign with its Jackson encoder and decoder and its default client ({@code HttpURLConnection}). */
final class FeignClient implements PeerClient {
  /** The benchmark's API in Feign's annotations. */
  public interface Api {
    @RequestLine("PUT /items/{id}")
    @Headers("Content-Type: application/json")
    void put(@Param("id") long id, Item item);

    @RequestLine("GET /items/{id}")
    Item get(@Param("id") long id);
  }

  private final Api api;

  FeignClient(String baseUri) {
    String base = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
    this.api = Feign.builder()
        .encoder(new JacksonEncoder())
        .decoder(new JacksonDecoder())
        .target(Api.class, base);
  }

  @Override
  public void put(long id, Item item) {
    // Feign throws a FeignException for any status that is not 2xx.
    api.put(id, item);
  }

  @Override
  public Item get(long id) {
    return api.get(id);
  }
}
