package com.acme;

import io.courier.Courier;
import io.courier.Response;
import io.courier.internal.BodyWriter;
import io.courier.internal.BodyWriters;
import io.courier.internal.ClientFactory;
import io.courier.internal.Decoder;
import io.courier.internal.Decoders;
import io.courier.internal.Endpoint;
import io.courier.internal.Endpoints;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Generated implementation of {@link UsersApi}.
 */
@Generated(
    value = "io.courier.processor.CourierProcessor",
    comments = "Generated from com.acme.UsersApi"
)
public final class CourierUsersApi implements UsersApi {
  private final Endpoint<Response<UsersApi.User>> replace;

  private final BodyWriter<UsersApi.User> userWriter;

  private final Endpoint<UsersApi.User> rename;

  private final Endpoint<Void> saveSettings;

  private final Endpoint<Response<Void>> upload;

  private final Endpoint<Response<UsersApi.User>> replaceAsync;

  /**
   * Creates a client that sends its calls through {@code courier}.
   */
  public CourierUsersApi(Courier courier) {
    Engine engine = courier.engine();
    Endpoints endpoints = engine.endpoints()
        .header("Accept", "application/json");
    Decoder<UsersApi.User> userDecoder = engine.decoder(UsersApi.User.class);
    this.replace = endpoints.endpoint("PUT", "/users/{id}")
        .withBody()
        .idempotent()
        .returning(Returns.response(userDecoder));
    this.userWriter = engine.writer(UsersApi.User.class);
    this.rename = endpoints.endpoint("PUT", "/users/{id}")
        .withBody()
        .idempotent()
        .jsonFields()
        .returning(Returns.body(userDecoder));
    this.saveSettings = endpoints.endpoint("PUT", "/settings/{section}")
        .withBody()
        .idempotent()
        .formFields()
        .returning(Returns.discard());
    this.upload = endpoints.endpoint("PUT", "/files/{name}")
        .withBody()
        .idempotent()
        .returning(Returns.response(Decoders.none()));
    this.replaceAsync = endpoints.endpoint("PUT", "/users/{id}")
        .withBody()
        .idempotent()
        .returning(Returns.response(userDecoder));
  }

  @Override
  public Response<UsersApi.User> replace(long id, UsersApi.User user) {
    // PUT /users/{id}
    return this.replace.call()
        .path("users/")
        .pathSegment("id", id)
        .body("user", this.userWriter, user)
        .execute();
  }

  @Override
  public UsersApi.User rename(long id, String name, int age) {
    // PUT /users/{id}
    return this.rename.call()
        .path("users/")
        .pathSegment("id", id)
        .field("name", name)
        .field("age", age)
        .execute();
  }

  @Override
  public void saveSettings(String section, String key1, String key2) {
    // PUT /settings/{section}
    this.saveSettings.call()
        .path("settings/")
        .pathSegment("section", section)
        .field("key1", key1)
        .field("key2", key2)
        .execute();
  }

  @Override
  public Response<Void> upload(String name, Path file) {
    // PUT /files/{name}
    return this.upload.call()
        .path("files/")
        .pathSegment("name", name)
        .body("file", BodyWriters.path(), file)
        .execute();
  }

  @Override
  public CompletableFuture<Response<UsersApi.User>> replaceAsync(long id, UsersApi.User user) {
    // PUT /users/{id}
    return this.replaceAsync.call()
        .path("users/")
        .pathSegment("id", id)
        .body("user", this.userWriter, user)
        .executeAsync();
  }

  /**
   * Lets {@code Courier.create} find this implementation through {@link java.util.ServiceLoader}.
   */
  public static final class Factory implements ClientFactory {
    /**
     * Called by {@code ServiceLoader}.
     */
    public Factory() {
    }

    @Override
    public Class<?> api() {
      return UsersApi.class;
    }

    @Override
    public Object create(Courier courier) {
      return new CourierUsersApi(courier);
    }
  }
}
