package com.acme.docs;

import io.courier.Courier;
import io.courier.internal.BodyWriter;
import io.courier.internal.BodyWriters;
import io.courier.internal.ClientFactory;
import io.courier.internal.Decoders;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import io.courier.internal.Types;
import io.courier.internal.UrlEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Generated implementation of {@link DocumentsApi}.
 */
@Generated(
    value = "io.courier.processor.CourierProcessor",
    comments = "Generated from com.acme.docs.DocumentsApi"
)
public final class CourierDocumentsApi implements DocumentsApi {
  private final String base;

  private final Endpoint<String> putText;

  private final Endpoint<Optional<DocumentsApi.Document>> putIfPresent;

  private final BodyWriter<DocumentsApi.Document> putIfPresentBody;

  private final Endpoint<byte[]> putBytes;

  private final Endpoint<InputStream> postStream;

  private final Endpoint<Void> putPublisher;

  private final Endpoint<Map<String, List<DocumentsApi.Document>>> putBatch;

  private final BodyWriter<Map<String, List<DocumentsApi.Document>>> putBatchBody;

  private final Endpoint<DocumentsApi.Document[]> putArray;

  private final BodyWriter<List<? extends DocumentsApi.Document>> putArrayBody;

  private final Endpoint<DocumentsApi.Document> pay;

  private final BodyWriter<DocumentsApi.Document> payBody;

  private final Endpoint<Void> touch;

  private final Endpoint<Void> touch2;

  /**
   * Creates a client that sends its calls through {@code courier}.
   */
  public CourierDocumentsApi(Courier courier) {
    Engine engine = courier.engine();
    this.base = engine.base();
    this.putText = engine.endpoint("PUT", "/docs/{folder}/{name}.{ext}")
        .header("User-Agent", "docs-client")
        .header("Accept", "text/plain")
        .withBody()
        .idempotent()
        .returning(Returns.body(Decoders.string()));
    this.putIfPresent = engine.endpoint("PUT", "/docs/{id}?overwrite=true")
        .header("Accept", "application/json")
        .header("User-Agent", "docs-client")
        .withBody()
        .idempotent()
        .keyed()
        .returning(Returns.optional(engine.decoder(DocumentsApi.Document.class)));
    this.putIfPresentBody = engine.writer(DocumentsApi.Document.class);
    this.putBytes = engine.endpoint("PUT", "/blobs/{path}")
        .header("Accept", "application/json")
        .header("User-Agent", "docs-client")
        .withBody()
        .idempotent()
        .callTimeout(Duration.ofMinutes(5L))
        .returning(Returns.body(Decoders.bytes()));
    this.postStream = engine.endpoint("POST", "/streams/{name}")
        .header("Accept", "application/json")
        .header("User-Agent", "docs-client")
        .withBody()
        .returning(Returns.stream());
    this.putPublisher = engine.endpoint("PUT", "/publishers/{name}")
        .header("Accept", "application/json")
        .header("User-Agent", "docs-client")
        .withBody()
        .idempotent()
        .returning(Returns.discard());
    this.putBatch = engine.endpoint("PUT", "/batches")
        .header("Accept", "application/json")
        .header("User-Agent", "docs-client")
        .withBody()
        .idempotent()
        .returning(Returns.body(engine.decoder(Types.parameterized(Map.class, String.class, Types.parameterized(List.class, DocumentsApi.Document.class)))));
    this.putBatchBody = engine.writer(Types.parameterized(Map.class, String.class, Types.parameterized(List.class, DocumentsApi.Document.class)));
    this.putArray = engine.endpoint("PUT", "/arrays")
        .header("Accept", "application/json")
        .header("User-Agent", "docs-client")
        .withBody()
        .idempotent()
        .returning(Returns.body(engine.decoder(DocumentsApi.Document[].class)));
    this.putArrayBody = engine.writer(Types.parameterized(List.class, Types.subtypeOf(DocumentsApi.Document.class)));
    this.pay = engine.endpoint("POST", "/payments")
        .header("Accept", "application/json")
        .header("User-Agent", "docs-client")
        .withBody()
        .keyed()
        .returning(Returns.body(engine.decoder(DocumentsApi.Document.class)));
    this.payBody = engine.writer(DocumentsApi.Document.class);
    this.touch = engine.endpoint("PUT", "/touch")
        .header("Accept", "application/json")
        .header("User-Agent", "docs-client")
        .withBody()
        .idempotent()
        .returning(Returns.discard());
    this.touch2 = engine.endpoint("PUT", "/touch")
        .header("Accept", "application/json")
        .header("User-Agent", "docs-client")
        .withBody()
        .idempotent()
        .returning(Returns.discard());
  }

  @Override
  public String putText(String folder, String name, String ext, String text) {
    // PUT /docs/{folder}/{name}.{ext}
    return this.putText.call(this.base + "docs/" + UrlEncoding.pathSegment("folder", folder) + "/" +
        UrlEncoding.pathSegment("name", name) + "." + UrlEncoding.pathSegment("ext", ext))
        .body("text", BodyWriters.string(), text)
        .execute();
  }

  @Override
  public Optional<DocumentsApi.Document> putIfPresent(UUID id, List<String> tags,
      Map<String, String> filters, String etag, Map<String, Object> extra, String key,
      DocumentsApi.Document document) {
    // PUT /docs/{id}?overwrite=true
    return this.putIfPresent.call(this.base + "docs/" + UrlEncoding.pathSegment("id", id) +
        "?overwrite=true")
        .query("tag", tags)
        .queryMap("filters", filters, false)
        .header("If-Match", etag)
        .headerMap("extra", extra)
        .header("Idempotency-Key", key)
        .body("document", this.putIfPresentBody, document)
        .execute();
  }

  @Override
  public byte[] putBytes(String path, byte[] bytes) throws IOException {
    // PUT /blobs/{path}
    return this.putBytes.call(this.base + "blobs/" + UrlEncoding.pathSegments("path", path))
        .body("bytes", BodyWriters.bytes(), bytes)
        .executeChecked();
  }

  @Override
  public InputStream postStream(String name, InputStream data) {
    // POST /streams/{name}
    return this.postStream.call(this.base + "streams/" + UrlEncoding.pathSegment("name", name))
        .body("data", BodyWriters.inputStream(), data)
        .execute();
  }

  @Override
  public CompletableFuture<Void> putPublisher(String name, HttpRequest.BodyPublisher publisher) {
    // PUT /publishers/{name}
    try {
      return this.putPublisher.call(this.base + "publishers/" +
          UrlEncoding.pathSegment("name", name))
          .body("publisher", BodyWriters.publisher(), publisher)
          .executeAsync();
    } catch (RuntimeException failure) {
      return CompletableFuture.failedFuture(failure);
    }
  }

  @Override
  public Map<String, List<DocumentsApi.Document>> putBatch(
      Map<String, List<DocumentsApi.Document>> batch) {
    // PUT /batches
    return this.putBatch.call(this.base + "batches")
        .body("batch", this.putBatchBody, batch)
        .execute();
  }

  @Override
  public DocumentsApi.Document[] putArray(List<? extends DocumentsApi.Document> documents) {
    // PUT /arrays
    return this.putArray.call(this.base + "arrays")
        .body("documents", this.putArrayBody, documents)
        .execute();
  }

  @Override
  public CompletableFuture<DocumentsApi.Document> pay(DocumentsApi.Document payment) {
    // POST /payments
    try {
      return this.pay.call(this.base + "payments")
          .header("Idempotency-Key", UUID.randomUUID())
          .body("payment", this.payBody, payment)
          .executeAsync();
    } catch (RuntimeException failure) {
      return CompletableFuture.failedFuture(failure);
    }
  }

  @Override
  public void touch() {
    // PUT /touch
    this.touch.call(this.base + "touch")
        .execute();
  }

  @Override
  public void touch(String reason) {
    // PUT /touch
    this.touch2.call(this.base + "touch")
        .header("X-Reason", reason)
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
      return DocumentsApi.class;
    }

    @Override
    public Object create(Courier courier) {
      return new CourierDocumentsApi(courier);
    }
  }
}
