package com.acme;

import io.courier.Courier;
import io.courier.HttpStatusException;
import io.courier.internal.BodyWriter;
import io.courier.internal.ClientFactory;
import io.courier.internal.Decoder;
import io.courier.internal.Decoders;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Generated implementation of {@link ErrorsApi}.
 */
@Generated(
    value = "io.courier.processor.CourierProcessor",
    comments = "Generated from com.acme.ErrorsApi"
)
public final class CourierErrorsApi implements ErrorsApi {
  private final Endpoint<ErrorsApi.Item> find;

  private final Endpoint<Void> replace;

  private final BodyWriter<ErrorsApi.Item> itemWriter;

  private final Endpoint<ErrorsApi.Item> read;

  private final Endpoint<ErrorsApi.Item> findAsync;

  private final Endpoint<String> list;

  /**
   * Creates a client that sends its calls through {@code courier}.
   */
  public CourierErrorsApi(Courier courier) {
    Engine engine = courier.engine();
    Decoder<ErrorsApi.Item> itemDecoder = engine.decoder(ErrorsApi.Item.class);
    this.find = engine.endpoint("GET", "/items/{id}")
        .idempotent()
        .statusErrors(ErrorsApi.ItemMissing::new)
        .returning(Returns.body(itemDecoder));
    this.replace = engine.endpoint("PUT", "/items/{id}")
        .withBody()
        .idempotent()
        .statusErrors(ErrorsApi.ItemConflict::new)
        .returning(Returns.discard());
    this.itemWriter = engine.writer(ErrorsApi.Item.class);
    this.read = engine.endpoint("GET", "/items/{id}")
        .idempotent()
        .statusErrors(ErrorsApi.ItemMissing::new)
        .returning(Returns.body(itemDecoder));
    this.findAsync = engine.endpoint("GET", "/items/{id}")
        .idempotent()
        .statusErrors(ErrorsApi.ItemMissing::new)
        .returning(Returns.body(itemDecoder));
    this.list = engine.endpoint("GET", "/items")
        .idempotent()
        .returning(Returns.body(Decoders.string()));
  }

  @Override
  public ErrorsApi.Item find(String id) throws ErrorsApi.ItemMissing {
    // GET /items/{id}
    return this.find.call()
        .path("items/")
        .pathSegment("id", id)
        .execute(ErrorsApi.ItemMissing.class);
  }

  @Override
  public void replace(String id, ErrorsApi.Item item) throws ErrorsApi.ItemConflict {
    // PUT /items/{id}
    this.replace.call()
        .path("items/")
        .pathSegment("id", id)
        .body("item", this.itemWriter, item)
        .execute(ErrorsApi.ItemConflict.class);
  }

  @Override
  public ErrorsApi.Item read(String id) throws IOException, ErrorsApi.ItemMissing {
    // GET /items/{id}
    return this.read.call()
        .path("items/")
        .pathSegment("id", id)
        .executeChecked(ErrorsApi.ItemMissing.class);
  }

  @Override
  public CompletableFuture<ErrorsApi.Item> findAsync(String id) throws ErrorsApi.ItemMissing {
    // GET /items/{id}
    return this.findAsync.call()
        .path("items/")
        .pathSegment("id", id)
        .executeAsync();
  }

  @Override
  public String list() throws HttpStatusException {
    // GET /items
    return this.list.call()
        .path("items")
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
      return ErrorsApi.class;
    }

    @Override
    public Object create(Courier courier) {
      return new CourierErrorsApi(courier);
    }
  }
}
