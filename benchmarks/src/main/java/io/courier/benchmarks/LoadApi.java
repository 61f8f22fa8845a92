package io.courier.benchmarks;

import io.courier.http.Body;
import io.courier.http.Get;
import io.courier.http.IdempotencyKey;
import io.courier.http.Path;
import io.courier.http.Post;
import io.courier.http.Put;
import java.util.Optional;

/**
 * The API {@link LoadWithCuts} calls through Courier: an idempotent PUT and a GET, which Courier retries, a POST
 * without a key, which it never retries, and a POST with an idempotency key, which it retries with the same key.
 */
public interface LoadApi {
  @Put("/items/{id}")
  void put(@Path("id") long id, @Body Item item);

  @Get("/items/{id}")
  Optional<Item> get(@Path("id") long id);

  @Post("/orders")
  void order(@Body Item item);

  @Post("/payments")
  void pay(@IdempotencyKey String key, @Body Item item);
}
