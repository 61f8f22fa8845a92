package io.courier.benchmarks;

import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.Get;
import io.courier.http.Path;
import io.courier.http.Put;

/** The API the peer benchmark calls through Courier, on whichever transport. */
public interface PeerApi {
  @Put("/items/{id}")
  void put(@Path("id") long id, @Body Item item);

  @Get("/items/{id}")
  Item get(@Path("id") long id);

  @Put("/upload/{name}")
  Response<Void> upload(@Path("name") String name, @Body java.nio.file.Path file);
}
