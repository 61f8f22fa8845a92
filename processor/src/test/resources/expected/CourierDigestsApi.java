package com.acme.digests;

import io.courier.Courier;
import io.courier.Response;
import io.courier.internal.BodyWriter;
import io.courier.internal.BodyWriters;
import io.courier.internal.ClientFactory;
import io.courier.internal.Decoders;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Generated implementation of {@link DigestsApi}.
 */
@Generated(
    value = "io.courier.processor.CourierProcessor",
    comments = "Generated from com.acme.digests.DigestsApi"
)
public final class CourierDigestsApi implements DigestsApi {
  private final Endpoint<DigestsApi.Item> putItem;

  private final BodyWriter<DigestsApi.Item> itemWriter;

  private final Endpoint<Void> putNote;

  private final Endpoint<Response<Void>> putBlob;

  private final Endpoint<Response<Void>> upload;

  private final Endpoint<Void> create;

  private final Endpoint<Void> save;

  private final Endpoint<Void> withoutDigest;

  /**
   * Creates a client that sends its calls through {@code courier}.
   */
  public CourierDigestsApi(Courier courier) {
    Engine engine = courier.engine();
    this.putItem = engine.endpoint("PUT", "/items/{id}")
        .withBody()
        .idempotent()
        .contentDigest()
        .returning(Returns.body(engine.decoder(DigestsApi.Item.class)));
    this.itemWriter = engine.writer(DigestsApi.Item.class);
    this.putNote = engine.endpoint("PUT", "/notes/{name}")
        .withBody()
        .idempotent()
        .contentDigest()
        .returning(Returns.discard());
    this.putBlob = engine.endpoint("PUT", "/blobs/{name}")
        .withBody()
        .idempotent()
        .contentDigest()
        .returning(Returns.response(Decoders.none()));
    this.upload = engine.endpoint("PUT", "/files/{name}")
        .withBody()
        .idempotent()
        .contentDigest()
        .returning(Returns.response(Decoders.none()));
    this.create = engine.endpoint("POST", "/users")
        .withBody()
        .contentDigest()
        .jsonFields()
        .returning(Returns.discard());
    this.save = engine.endpoint("PUT", "/settings")
        .withBody()
        .idempotent()
        .contentDigest()
        .formFields()
        .returning(Returns.discard());
    this.withoutDigest = engine.endpoint("PUT", "/plain")
        .withBody()
        .idempotent()
        .returning(Returns.discard());
  }

  @Override
  public DigestsApi.Item putItem(long id, DigestsApi.Item item) {
    // PUT /items/{id}
    return this.putItem.call()
        .path("items/")
        .pathSegment("id", id)
        .body("item", this.itemWriter, item)
        .execute();
  }

  @Override
  public void putNote(String name, String text) {
    // PUT /notes/{name}
    this.putNote.call()
        .path("notes/")
        .pathSegment("name", name)
        .body("text", BodyWriters.string(), text)
        .execute();
  }

  @Override
  public CompletableFuture<Response<Void>> putBlob(String name, byte[] bytes) {
    // PUT /blobs/{name}
    return this.putBlob.call()
        .path("blobs/")
        .pathSegment("name", name)
        .body("bytes", BodyWriters.bytes(), bytes)
        .executeAsync();
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
  public void create(String name, int age) {
    // POST /users
    this.create.call()
        .path("users")
        .field("name", name)
        .field("age", age)
        .execute();
  }

  @Override
  public void save(String key1) {
    // PUT /settings
    this.save.call()
        .path("settings")
        .field("key1", key1)
        .execute();
  }

  @Override
  public void withoutDigest(String text) {
    // PUT /plain
    this.withoutDigest.call()
        .path("plain")
        .body("text", BodyWriters.string(), text)
        .execute();
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
      return DigestsApi.class;
    }

    @Override
    public Object create(Courier courier) {
      return new CourierDigestsApi(courier);
    }
  }
}
