package com.acme;

import io.courier.Courier;
import io.courier.Response;
import io.courier.internal.BodyWriter;
import io.courier.internal.BodyWriters;
import io.courier.internal.ClientFactory;
import io.courier.internal.Decoders;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import io.courier.internal.UrlEncoding;
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
  private final String base;

  private final Endpoint<Response<UsersApi.User>> replace;

  private final BodyWriter<UsersApi.User> replaceBody;

  private final Endpoint<UsersApi.User> rename;

  private final Endpoint<Void> saveSettings;

  private final Endpoint<Response<Void>> upload;

  private final Endpoint<Response<UsersApi.User>> replaceAsync;

  private final BodyWriter<UsersApi.User> replaceAsyncBody;

  /**
   * Creates a client that sends its calls through {@code courier}.
   */
  public CourierUsersApi(Courier courier) {
    Engine engine = courier.engine();
    this.base = engine.base();
    this.replace = engine.endpoint("PUT", "/users/{id}")
        .header("Accept", "application/json")
        .withBody()
        .idempotent()
        .returning(Returns.response(engine.decoder(UsersApi.User.class)));
    this.replaceBody = engine.writer(UsersApi.User.class);
    this.rename = engine.endpoint("PUT", "/users/{id}")
        .header("Accept", "application/json")
        .withBody()
        .idempotent()
        .jsonFields()
        .returning(Returns.body(engine.decoder(UsersApi.User.class)));
    this.saveSettings = engine.endpoint("PUT", "/settings/{section}")
        .header("Accept", "application/json")
        .withBody()
        .idempotent()
        .formFields()
        .returning(Returns.discard());
    this.upload = engine.endpoint("PUT", "/files/{name}")
        .header("Accept", "application/json")
        .withBody()
        .idempotent()
        .returning(Returns.response(Decoders.none()));
    this.replaceAsync = engine.endpoint("PUT", "/users/{id}")
        .header("Accept", "application/json")
        .withBody()
        .idempotent()
        .returning(Returns.response(engine.decoder(UsersApi.User.class)));
    this.replaceAsyncBody = engine.writer(UsersApi.User.class);
  }

  @Override
  public Response<UsersApi.User> replace(long id, UsersApi.User user) {
    // PUT /users/{id}
    return this.replace.call(this.base + "users/" + UrlEncoding.pathSegment("id", id))
        .body("user", this.replaceBody, user)
        .execute();
  }

  @Override
  public UsersApi.User rename(long id, String name, int age) {
    // PUT /users/{id}
    return this.rename.call(this.base + "users/" + UrlEncoding.pathSegment("id", id))
        .field("name", name)
        .field("age", age)
        .execute();
  }

  @Override
  public void saveSettings(String section, String key1, String key2) {
    // PUT /settings/{section}
    this.saveSettings.call(this.base + "settings/" + UrlEncoding.pathSegment("section", section))
        .field("key1", key1)
        .field("key2", key2)
        .execute();
  }

  @Override
  public Response<Void> upload(String name, Path file) {
    // PUT /files/{name}
    return this.upload.call(this.base + "files/" + UrlEncoding.pathSegment("name", name))
        .body("file", BodyWriters.path(), file)
        .execute();
  }

  @Override
  public CompletableFuture<Response<UsersApi.User>> replaceAsync(long id, UsersApi.User user) {
    // PUT /users/{id}
    try {
      return this.replaceAsync.call(this.base + "users/" + UrlEncoding.pathSegment("id", id))
          .body("user", this.replaceAsyncBody, user)
          .executeAsync();
    } catch (RuntimeException failure) {
      return CompletableFuture.failedFuture(failure);
    }
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
