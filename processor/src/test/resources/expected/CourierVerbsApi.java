package com.acme.verbs;

import io.courier.Courier;
import io.courier.Response;
import io.courier.internal.BodyWriter;
import io.courier.internal.BodyWriters;
import io.courier.internal.ClientFactory;
import io.courier.internal.Decoder;
import io.courier.internal.Decoders;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import io.courier.internal.Types;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Generated implementation of {@link VerbsApi}.
 */
@Generated(
    value = "io.courier.processor.CourierProcessor",
    comments = "Generated from com.acme.verbs.VerbsApi"
)
public final class CourierVerbsApi implements VerbsApi {
  private final Endpoint<List<VerbsApi.Item>> list;

  private final Endpoint<Response<VerbsApi.Item>> create;

  private final BodyWriter<VerbsApi.Item> itemWriter;

  private final Endpoint<VerbsApi.Item> pay;

  private final Endpoint<VerbsApi.Item> update;

  private final Endpoint<Void> delete;

  private final Endpoint<Boolean> exists;

  private final Endpoint<Response<Void>> options;

  private final Endpoint<String> propfind;

  private final Endpoint<Response<String>> follow;

  private final Endpoint<HttpResponse<String>> raw;

  private final Endpoint<HttpResponse<VerbsApi.Item>> replaceRaw;

  /**
   * Creates a client that sends its calls through {@code courier}.
   */
  public CourierVerbsApi(Courier courier) {
    Engine engine = courier.engine();
    Decoder<VerbsApi.Item> itemDecoder = engine.decoder(VerbsApi.Item.class);
    this.list = engine.endpoint("GET", "/items")
        .idempotent()
        .returning(Returns.body(engine.decoder(Types.parameterized(List.class, VerbsApi.Item.class))));
    this.create = engine.endpoint("POST", "/items")
        .withBody()
        .returning(Returns.response(itemDecoder));
    this.itemWriter = engine.writer(VerbsApi.Item.class);
    this.pay = engine.endpoint("POST", "/payments")
        .withBody()
        .idempotent()
        .returning(Returns.body(itemDecoder));
    this.update = engine.endpoint("PATCH", "/items/{id}")
        .withBody()
        .jsonFields()
        .returning(Returns.body(itemDecoder));
    this.delete = engine.endpoint("DELETE", "/items/{id}")
        .idempotent()
        .returning(Returns.discard());
    this.exists = engine.endpoint("HEAD", "/items/{id}")
        .idempotent()
        .returning(Returns.exists());
    this.options = engine.endpoint("OPTIONS", "/items")
        .idempotent()
        .returning(Returns.response(Decoders.none()));
    this.propfind = engine.endpoint("PROPFIND", "/dav/{name}")
        .withBody()
        .returning(Returns.body(Decoders.string()));
    this.follow = engine.endpoint("GET", "@Url")
        .idempotent()
        .returning(Returns.response(Decoders.string()));
    this.raw = engine.endpoint("GET", "/items/{id}")
        .idempotent()
        .returning(Returns.httpResponse(Decoders.string()));
    this.replaceRaw = engine.endpoint("PUT", "/items/{id}")
        .withBody()
        .idempotent()
        .returning(Returns.httpResponse(itemDecoder));
  }

  @Override
  public List<VerbsApi.Item> list(int page) {
    // GET /items
    return this.list.call()
        .path("items")
        .query("page", page)
        .execute();
  }

  @Override
  public Response<VerbsApi.Item> create(VerbsApi.Item item) {
    // POST /items
    return this.create.call()
        .path("items")
        .body("item", this.itemWriter, item)
        .execute();
  }

  @Override
  public VerbsApi.Item pay(VerbsApi.Item item) {
    // POST /payments
    return this.pay.call()
        .path("payments")
        .body("item", this.itemWriter, item)
        .execute();
  }

  @Override
  public VerbsApi.Item update(long id, String name) {
    // PATCH /items/{id}
    return this.update.call()
        .path("items/")
        .pathSegment("id", id)
        .field("name", name)
        .execute();
  }

  @Override
  public void delete(long id) {
    // DELETE /items/{id}
    this.delete.call()
        .path("items/")
        .pathSegment("id", id)
        .execute();
  }

  @Override
  public boolean exists(long id) {
    // HEAD /items/{id}
    return this.exists.call()
        .path("items/")
        .pathSegment("id", id)
        .execute();
  }

  @Override
  public Response<Void> options() {
    // OPTIONS /items
    return this.options.call()
        .path("items")
        .execute();
  }

  @Override
  public String propfind(String name, String query) {
    // PROPFIND /dav/{name}
    return this.propfind.call()
        .path("dav/")
        .pathSegment("name", name)
        .body("query", BodyWriters.string(), query)
        .execute();
  }

  @Override
  public Response<String> follow(String next) {
    // GET @Url
    return this.follow.callUrl("next", next)
        .execute();
  }

  @Override
  public HttpResponse<String> raw(long id) {
    // GET /items/{id}
    return this.raw.call()
        .path("items/")
        .pathSegment("id", id)
        .execute();
  }

  @Override
  public CompletableFuture<HttpResponse<VerbsApi.Item>> replaceRaw(long id, VerbsApi.Item failure) {
    // PUT /items/{id}
    return this.replaceRaw.call()
        .path("items/")
        .pathSegment("id", id)
        .body("failure", this.itemWriter, failure)
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
      return VerbsApi.class;
    }

    @Override
    public Object create(Courier courier) {
      return new CourierVerbsApi(courier);
    }
  }
}
