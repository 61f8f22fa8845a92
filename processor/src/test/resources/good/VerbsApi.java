package com.acme.verbs;

import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.Delete;
import io.courier.http.Get;
import io.courier.http.Head;
import io.courier.http.Http;
import io.courier.http.Idempotent;
import io.courier.http.Options;
import io.courier.http.Patch;
import io.courier.http.Post;
import io.courier.http.Put;
import io.courier.http.Query;
import io.courier.http.Url;
import java.util.List;

/** One method per verb. */
public interface VerbsApi {
  record Item(String name) {}

  @Get("/items")
  List<Item> list(@Query("page") int page);

  @Post("/items")
  Response<Item> create(@Body Item item);

  @Post("/payments")
  @Idempotent
  Item pay(@Body Item item);

  @Patch("/items/{id}")
  Item update(long id, String name);

  @Delete("/items/{id}")
  void delete(long id);

  @Head("/items/{id}")
  boolean exists(long id);

  @Options("/items")
  Response<Void> options();

  @Http(method = "PROPFIND", path = "/dav/{name}", hasBody = true)
  String propfind(String name, @Body String query);

  @Get
  Response<String> follow(@Url String next);

  @Get("/items/{id}")
  java.net.http.HttpResponse<String> raw(long id);

  @Put("/items/{id}")
  java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<Item>> replaceRaw(long id, @Body Item failure);
}
