package com.acme.versions;

import io.courier.Response;
import io.courier.Versioned;
import io.courier.http.Body;
import io.courier.http.CreateOnly;
import io.courier.http.Get;
import io.courier.http.IfMatch;
import io.courier.http.Put;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Conditional requests: versioned reads and writes, If-Match and create-only PUTs. */
public interface VersionsApi {
  record Doc(String title, int count) {}

  @Get("/docs/{id}")
  Versioned<Doc> get(String id);

  @Get("/docs/{id}")
  Optional<Versioned<Doc>> find(String id);

  @Get("/docs/{id}")
  CompletableFuture<Versioned<Doc>> getAsync(String id);

  @Put("/docs/{id}")
  Versioned<Doc> replace(String id, @IfMatch String etag, @Body Doc doc);

  @Put("/docs/{id}")
  @CreateOnly
  Response<Void> create(String id, @Body Doc doc);
}
