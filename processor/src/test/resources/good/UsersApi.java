package com.acme;

import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.Field;
import io.courier.http.FormUrlEncoded;
import io.courier.http.Headers;
import io.courier.http.Path;
import io.courier.http.Put;
import java.util.concurrent.CompletableFuture;

@Headers("Accept: application/json")
public interface UsersApi {
  record User(String name, int age) {}

  @Put("/users/{id}")
  Response<User> replace(@Path("id") long id, @Body User user);

  @Put("/users/{id}")
  User rename(long id, String name, int age);

  @Put("/settings/{section}")
  @FormUrlEncoded
  void saveSettings(@Path("section") String section, @Field("key1") String key1, String key2);

  @Put("/files/{name}")
  Response<Void> upload(@Path("name") String name, @Body java.nio.file.Path file);

  @Put("/users/{id}")
  CompletableFuture<Response<User>> replaceAsync(@Path("id") long id, @Body User user);
}
