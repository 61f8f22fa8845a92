package com.acme.digests;

import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.ContentDigest;
import io.courier.http.Field;
import io.courier.http.FormUrlEncoded;
import io.courier.http.Path;
import io.courier.http.Post;
import io.courier.http.Put;
import java.util.concurrent.CompletableFuture;

/** {@code @ContentDigest} on every body that can be read twice: codec, text, bytes, a file, JSON and form fields. */
public interface DigestsApi {
  record Item(String name, int size) {}

  @Put("/items/{id}")
  @ContentDigest
  Item putItem(@Path("id") long id, @Body Item item);

  @Put("/notes/{name}")
  @ContentDigest
  void putNote(@Path("name") String name, @Body String text);

  @Put("/blobs/{name}")
  @ContentDigest
  CompletableFuture<Response<Void>> putBlob(@Path("name") String name, @Body byte[] bytes);

  @Put("/files/{name}")
  @ContentDigest
  Response<Void> upload(@Path("name") String name, @Body java.nio.file.Path file);

  @Post("/users")
  @ContentDigest
  void create(String name, int age);

  @Put("/settings")
  @FormUrlEncoded
  @ContentDigest
  void save(@Field("key1") String key1);

  @Put("/plain")
  void withoutDigest(@Body String text);
}
