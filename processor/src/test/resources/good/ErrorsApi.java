package com.acme;

import io.courier.HttpStatusException;
import io.courier.http.Body;
import io.courier.http.Get;
import io.courier.http.Path;
import io.courier.http.Put;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

public interface ErrorsApi {
  record Item(String name) {}

  /** Checked: a blocking caller must handle it. */
  final class ItemMissing extends Exception {
    private static final long serialVersionUID = 1L;

    public ItemMissing(HttpStatusException status) {
      super(status.getMessage(), status);
    }
  }

  /** Unchecked. */
  final class ItemConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ItemConflict(HttpStatusException status) {
      super(status.getMessage(), status);
    }
  }

  @Get("/items/{id}")
  Item find(@Path("id") String id) throws ItemMissing;

  @Put("/items/{id}")
  void replace(@Path("id") String id, @Body Item item) throws ItemConflict;

  @Get("/items/{id}")
  Item read(@Path("id") String id) throws IOException, ItemMissing;

  @Get("/items/{id}")
  CompletableFuture<Item> findAsync(@Path("id") String id) throws ItemMissing;

  @Get("/items")
  String list() throws HttpStatusException;
}
