package com.acme.verbs;

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
  private final String base;

  private final Endpoint<List<VerbsApi.Item>> list;

  private final Endpoint<Response<VerbsApi.Item>> create;

  private final BodyWriter<VerbsApi.Item> createBody;

  private final Endpoint<VerbsApi.Item> pay;

  private final BodyWriter<VerbsApi.Item> payBody;

  private final Endpoint<VerbsApi.Item> update;

  private final Endpoint<Void> delete;

  private final Endpoint<Boolean> exists;

  private final Endpoint<Response<Void>> options;

  private final Endpoint<String> propfind;

  private final Endpoint<Response<String>> follow;

  private final Endpoint<HttpResponse<String>> raw;

  private final Endpoint<HttpResponse<VerbsApi.Item>> replaceRaw;

  private final BodyWriter<VerbsApi.Item> replaceRawBody;

  /**
   * Creates a client that sends its calls through {@code courier}.
   */
  public CourierVerbsApi(Courier courier) {
    Engine engine = courier.engine();
    this.base = engine.base();
    this.list = engine.endpoint("GET", "/items")
        .idempotent()
        .returning(Returns.body(engine.decoder(Types.parameterized(List.class, VerbsApi.Item.class))));
    this.create = engine.endpoint("POST", "/items")
        .withBody()
        .returning(Returns.response(engine.decoder(VerbsApi.Item.class)));
    this.createBody = engine.writer(VerbsApi.Item.class);
    this.pay = engine.endpoint("POST", "/payments")
        .withBody()
        .idempotent()
        .returning(Returns.body(engine.decoder(VerbsApi.Item.class)));
    this.payBody = engine.writer(VerbsApi.Item.class);
    this.update = engine.endpoint("PATCH", "/items/{id}")
        .withBody()
        .jsonFields()
        .returning(Returns.body(engine.decoder(VerbsApi.Item.class)));
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
        .returning(Returns.httpResponse(engine.decoder(VerbsApi.Item.class)));
    this.replaceRawBody = engine.writer(VerbsApi.Item.class);
  }

  @Override
  public List<VerbsApi.Item> list(int page) {
    // GET /items
    return this.list.call(this.base + "items")
        .query("page", page)
        .execute();
  }

  @Override
  public Response<VerbsApi.Item> create(VerbsApi.Item item) {
    // POST /items
    return this.create.call(this.base + "items")
        .body("item", this.createBody, item)
        .execute();
  }

  @Override
  public VerbsApi.Item pay(VerbsApi.Item item) {
    // POST /payments
    return this.pay.call(this.base + "payments")
        .body("item", this.payBody, item)
        .execute();
  }

  @Override
  public VerbsApi.Item update(long id, String name) {
    // PATCH /items/{id}
    return this.update.call(this.base + "items/" + UrlEncoding.pathSegment("id", id))
        .field("name", name)
        .execute();
  }

  @Override
  public void delete(long id) {
    // DELETE /items/{id}
    this.delete.call(this.base + "items/" + UrlEncoding.pathSegment("id", id))
        .execute();
  }

  @Override
  public boolean exists(long id) {
    // HEAD /items/{id}
    return this.exists.call(this.base + "items/" + UrlEncoding.pathSegment("id", id))
        .execute();
  }

  @Override
  public Response<Void> options() {
    // OPTIONS /items
    return this.options.call(this.base + "items")
        .execute();
  }

  @Override
  public String propfind(String name, String query) {
    // PROPFIND /dav/{name}
    return this.propfind.call(this.base + "dav/" + UrlEncoding.pathSegment("name", name))
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
    return this.raw.call(this.base + "items/" + UrlEncoding.pathSegment("id", id))
        .execute();
  }

  @Override
  public CompletableFuture<HttpResponse<VerbsApi.Item>> replaceRaw(long id, VerbsApi.Item failure) {
    // PUT /items/{id}
    try {
      return this.replaceRaw.call(this.base + "items/" + UrlEncoding.pathSegment("id", id))
          .body("failure", this.replaceRawBody, failure)
          .executeAsync();
    } catch (RuntimeException failure2) {
      return CompletableFuture.failedFuture(failure2);
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
      return VerbsApi.class;
    }

    @Override
    public Object create(Courier courier) {
      return new CourierVerbsApi(courier);
    }
  }
}
