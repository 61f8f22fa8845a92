package com.acme.versions;

import io.courier.Courier;
import io.courier.Response;
import io.courier.Versioned;
import io.courier.internal.BodyWriter;
import io.courier.internal.ClientFactory;
import io.courier.internal.Decoder;
import io.courier.internal.Decoders;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Generated implementation of {@link VersionsApi}.
 */
@Generated(
    value = "io.courier.processor.CourierProcessor",
    comments = "Generated from com.acme.versions.VersionsApi"
)
public final class CourierVersionsApi implements VersionsApi {
  private final Endpoint<Versioned<VersionsApi.Doc>> get;

  private final Endpoint<Optional<Versioned<VersionsApi.Doc>>> find;

  private final Endpoint<Versioned<VersionsApi.Doc>> getAsync;

  private final Endpoint<Versioned<VersionsApi.Doc>> replace;

  private final BodyWriter<VersionsApi.Doc> docWriter;

  private final Endpoint<Response<Void>> create;

  /**
   * Creates a client that sends its calls through {@code courier}.
   */
  public CourierVersionsApi(Courier courier) {
    Engine engine = courier.engine();
    Decoder<VersionsApi.Doc> docDecoder = engine.decoder(VersionsApi.Doc.class);
    this.get = engine.endpoint("GET", "/docs/{id}")
        .idempotent()
        .returning(Returns.versioned(docDecoder));
    this.find = engine.endpoint("GET", "/docs/{id}")
        .idempotent()
        .returning(Returns.optionalVersioned(docDecoder));
    this.getAsync = engine.endpoint("GET", "/docs/{id}")
        .idempotent()
        .returning(Returns.versioned(docDecoder));
    this.replace = engine.endpoint("PUT", "/docs/{id}")
        .withBody()
        .idempotent()
        .returning(Returns.versioned(docDecoder));
    this.docWriter = engine.writer(VersionsApi.Doc.class);
    this.create = engine.endpoint("PUT", "/docs/{id}")
        .header("If-None-Match", "*")
        .withBody()
        .idempotent()
        .returning(Returns.response(Decoders.none()));
  }

  @Override
  public Versioned<VersionsApi.Doc> get(String id) {
    // GET /docs/{id}
    return this.get.call()
        .path("docs/")
        .pathSegment("id", id)
        .execute();
  }

  @Override
  public Optional<Versioned<VersionsApi.Doc>> find(String id) {
    // GET /docs/{id}
    return this.find.call()
        .path("docs/")
        .pathSegment("id", id)
        .execute();
  }

  @Override
  public CompletableFuture<Versioned<VersionsApi.Doc>> getAsync(String id) {
    // GET /docs/{id}
    return this.getAsync.call()
        .path("docs/")
        .pathSegment("id", id)
        .executeAsync();
  }

  @Override
  public Versioned<VersionsApi.Doc> replace(String id, String etag, VersionsApi.Doc doc) {
    // PUT /docs/{id}
    return this.replace.call()
        .path("docs/")
        .pathSegment("id", id)
        .ifMatch("etag", etag)
        .body("doc", this.docWriter, doc)
        .execute();
  }

  @Override
  public Response<Void> create(String id, VersionsApi.Doc doc) {
    // PUT /docs/{id}
    return this.create.call()
        .path("docs/")
        .pathSegment("id", id)
        .body("doc", this.docWriter, doc)
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
      return VersionsApi.class;
    }

    @Override
    public Object create(Courier courier) {
      return new CourierVersionsApi(courier);
    }
  }
}
