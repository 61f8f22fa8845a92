package com.acme.docs;

import io.courier.Courier;
import io.courier.internal.BodyWriter;
import io.courier.internal.BodyWriters;
import io.courier.internal.ClientFactory;
import io.courier.internal.Decoder;
import io.courier.internal.Decoders;
import io.courier.internal.Endpoint;
import io.courier.internal.Endpoints;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import io.courier.internal.Types;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
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
  private final Endpoint<String> putText;

  private final Endpoint<Optional<DocumentsApi.Document>> putIfPresent;

  private final BodyWriter<DocumentsApi.Document> documentWriter;

  private final Endpoint<byte[]> putBytes;

  private final Endpoint<InputStream> postStream;

  private final Endpoint<Void> putPublisher;

  private final Endpoint<Map<String, List<DocumentsApi.Document>>> putBatch;

  private final BodyWriter<Map<String, List<DocumentsApi.Document>>> stringDocumentListMapWriter;

  private final Endpoint<DocumentsApi.Document[]> putArray;

  private final BodyWriter<List<? extends DocumentsApi.Document>> documentListWriter;

  private final Endpoint<DocumentsApi.Document> pay;

  private final Endpoint<Void> touch;

  private final Endpoint<Void> touch2;

  /**
   * Creates a client that sends its calls through {@code courier}.
   */
  public CourierDocumentsApi(Courier courier) {
    Engine engine = courier.engine();
    Endpoints endpoints = engine.endpoints()
        .header("Accept", "application/json")
        .header("User-Agent", "docs-client");
    Type stringDocumentListMapType = Types.parameterized(Map.class, String.class, Types.parameterized(List.class, DocumentsApi.Document.class));
    Decoder<DocumentsApi.Document> documentDecoder = engine.decoder(DocumentsApi.Document.class);
    this.putText = endpoints.endpoint("PUT", "/docs/{folder}/{name}.{ext}")
        .header("Accept", "text/plain")
        .withBody()
        .idempotent()
        .returning(Returns.body(Decoders.string()));
    this.putIfPresent = endpoints.endpoint("PUT", "/docs/{id}?overwrite=true")
        .withBody()
        .idempotent()
        .keyed()
        .returning(Returns.optional(documentDecoder));
    this.documentWriter = engine.writer(DocumentsApi.Document.class);
    this.putBytes = endpoints.endpoint("PUT", "/blobs/{path}")
        .withBody()
        .idempotent()
        .callTimeout(Duration.ofMinutes(5L))
        .returning(Returns.body(Decoders.bytes()));
    this.postStream = endpoints.endpoint("POST", "/streams/{name}")
        .withBody()
        .returning(Returns.stream());
    this.putPublisher = endpoints.endpoint("PUT", "/publishers/{name}")
        .withBody()
        .idempotent()
        .returning(Returns.discard());
    this.putBatch = endpoints.endpoint("PUT", "/batches")
        .withBody()
        .idempotent()
        .returning(Returns.body(engine.decoder(stringDocumentListMapType)));
    this.stringDocumentListMapWriter = engine.writer(stringDocumentListMapType);
    this.putArray = endpoints.endpoint("PUT", "/arrays")
        .withBody()
        .idempotent()
        .returning(Returns.body(engine.decoder(DocumentsApi.Document[].class)));
    this.documentListWriter = engine.writer(Types.parameterized(List.class, Types.subtypeOf(DocumentsApi.Document.class)));
    this.pay = endpoints.endpoint("POST", "/payments")
        .withBody()
        .keyed()
        .returning(Returns.body(documentDecoder));
    this.touch = endpoints.endpoint("PUT", "/touch")
        .withBody()
        .idempotent()
        .returning(Returns.discard());
    this.touch2 = endpoints.endpoint("PUT", "/touch")
        .withBody()
        .idempotent()
        .returning(Returns.discard());
  }

  @Override
  public String putText(String folder, String name, String ext, String text) {
    // PUT /docs/{folder}/{name}.{ext}
    return this.putText.call()
        .path("docs/")
        .pathSegment("folder", folder)
        .path("/")
        .pathSegment("name", name)
        .path(".")
        .pathSegment("ext", ext)
        .body("text", BodyWriters.string(), text)
        .execute();
  }

  @Override
  public Optional<DocumentsApi.Document> putIfPresent(UUID id, List<String> tags,
      Map<String, String> filters, String etag, Map<String, Object> extra, String key,
      DocumentsApi.Document document) {
    // PUT /docs/{id}?overwrite=true
    return this.putIfPresent.call()
        .path("docs/")
        .pathSegment("id", id)
        .path("?overwrite=true")
        .query("tag", tags)
        .queryMap("filters", filters, false)
        .header("If-Match", etag)
        .headerMap("extra", extra)
        .header("Idempotency-Key", key)
        .body("document", this.documentWriter, document)
        .execute();
  }

  @Override
  public byte[] putBytes(String path, byte[] bytes) throws IOException {
    // PUT /blobs/{path}
    return this.putBytes.call()
        .path("blobs/")
        .pathSegments("path", path)
        .body("bytes", BodyWriters.bytes(), bytes)
        .executeChecked();
  }

  @Override
  public InputStream postStream(String name, InputStream data) {
    // POST /streams/{name}
    return this.postStream.call()
        .path("streams/")
        .pathSegment("name", name)
        .body("data", BodyWriters.inputStream(), data)
        .execute();
  }

  @Override
  public CompletableFuture<Void> putPublisher(String name, HttpRequest.BodyPublisher publisher) {
    // PUT /publishers/{name}
    return this.putPublisher.call()
        .path("publishers/")
        .pathSegment("name", name)
        .body("publisher", BodyWriters.publisher(), publisher)
        .executeAsync();
  }

  @Override
  public Map<String, List<DocumentsApi.Document>> putBatch(
      Map<String, List<DocumentsApi.Document>> batch) {
    // PUT /batches
    return this.putBatch.call()
        .path("batches")
        .body("batch", this.stringDocumentListMapWriter, batch)
        .execute();
  }

  @Override
  public DocumentsApi.Document[] putArray(List<? extends DocumentsApi.Document> documents) {
    // PUT /arrays
    return this.putArray.call()
        .path("arrays")
        .body("documents", this.documentListWriter, documents)
        .execute();
  }

  @Override
  public CompletableFuture<DocumentsApi.Document> pay(DocumentsApi.Document payment) {
    // POST /payments
    return this.pay.call()
        .path("payments")
        .header("Idempotency-Key", UUID.randomUUID())
        .body("payment", this.documentWriter, payment)
        .executeAsync();
  }

  @Override
  public void touch() {
    // PUT /touch
    this.touch.call()
        .path("touch")
        .execute();
  }

  @Override
  public void touch(String reason) {
    // PUT /touch
    this.touch2.call()
        .path("touch")
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
