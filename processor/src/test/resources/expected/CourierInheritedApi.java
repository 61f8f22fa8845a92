package com.acme.crud;

import io.courier.Courier;
import io.courier.Response;
import io.courier.internal.BodyWriter;
import io.courier.internal.BodyWriters;
import io.courier.internal.ClientFactory;
import io.courier.internal.Decoders;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import io.courier.internal.Types;
import java.lang.reflect.Type;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Generated implementation of {@link InheritedApi}.
 */
@Generated(
    value = "io.courier.processor.CourierProcessor",
    comments = "Generated from com.acme.crud.InheritedApi"
)
public final class CourierInheritedApi implements InheritedApi {
  private final Endpoint<Response<InheritedApi.Item>> save;

  private final BodyWriter<InheritedApi.Item> itemWriter;

  private final Endpoint<List<InheritedApi.Item>> saveAll;

  private final BodyWriter<List<InheritedApi.Item>> itemListWriter;

  private final Endpoint<String> rename;

  /**
   * Creates a client that sends its calls through {@code courier}.
   */
  public CourierInheritedApi(Courier courier) {
    Engine engine = courier.engine();
    Type itemListType = Types.parameterized(List.class, InheritedApi.Item.class);
    this.save = engine.endpoint("PUT", "/items/{id}")
        .withBody()
        .idempotent()
        .returning(Returns.response(engine.decoder(InheritedApi.Item.class)));
    this.itemWriter = engine.writer(InheritedApi.Item.class);
    this.saveAll = engine.endpoint("PUT", "/items")
        .withBody()
        .idempotent()
        .returning(Returns.body(engine.decoder(itemListType)));
    this.itemListWriter = engine.writer(itemListType);
    this.rename = engine.endpoint("PUT", "/items/{id}/name")
        .withBody()
        .idempotent()
        .returning(Returns.body(Decoders.string()));
  }

  @Override
  public Response<InheritedApi.Item> save(Long id, InheritedApi.Item item) {
    // PUT /items/{id}
    return this.save.call()
        .path("items/")
        .pathSegment("id", id)
        .body("item", this.itemWriter, item)
        .execute();
  }

  @Override
  public List<InheritedApi.Item> saveAll(List<InheritedApi.Item> items) {
    // PUT /items
    return this.saveAll.call()
        .path("items")
        .body("items", this.itemListWriter, items)
        .execute();
  }

  @Override
  public String rename(long id, String name) {
    // PUT /items/{id}/name
    return this.rename.call()
        .path("items/")
        .pathSegment("id", id)
        .path("/name")
        .body("name", BodyWriters.string(), name)
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
      return InheritedApi.class;
    }

    @Override
    public Object create(Courier courier) {
      return new CourierInheritedApi(courier);
    }
  }
}
