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
import io.courier.internal.UrlEncoding;
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
  private final String base;

  private final Endpoint<Response<InheritedApi.Item>> save;

  private final BodyWriter<InheritedApi.Item> saveBody;

  private final Endpoint<List<InheritedApi.Item>> saveAll;

  private final BodyWriter<List<InheritedApi.Item>> saveAllBody;

  private final Endpoint<String> rename;

  /**
   * Creates a client that sends its calls through {@code courier}.
   */
  public CourierInheritedApi(Courier courier) {
    Engine engine = courier.engine();
    this.base = engine.base();
    this.save = engine.endpoint("PUT", "/items/{id}")
        .withBody()
        .idempotent()
        .returning(Returns.response(engine.decoder(InheritedApi.Item.class)));
    this.saveBody = engine.writer(InheritedApi.Item.class);
    this.saveAll = engine.endpoint("PUT", "/items")
        .withBody()
        .idempotent()
        .returning(Returns.body(engine.decoder(Types.parameterized(List.class, InheritedApi.Item.class))));
    this.saveAllBody = engine.writer(Types.parameterized(List.class, InheritedApi.Item.class));
    this.rename = engine.endpoint("PUT", "/items/{id}/name")
        .withBody()
        .idempotent()
        .returning(Returns.body(Decoders.string()));
  }

  @Override
  public Response<InheritedApi.Item> save(Long id, InheritedApi.Item item) {
    // PUT /items/{id}
    return this.save.call(this.base + "items/" + UrlEncoding.pathSegment("id", id))
        .body("item", this.saveBody, item)
        .execute();
  }

  @Override
  public List<InheritedApi.Item> saveAll(List<InheritedApi.Item> items) {
    // PUT /items
    return this.saveAll.call(this.base + "items")
        .body("items", this.saveAllBody, items)
        .execute();
  }

  @Override
  public String rename(long id, String name) {
    // PUT /items/{id}/name
    return this.rename.call(this.base + "items/" + UrlEncoding.pathSegment("id", id) + "/name")
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
