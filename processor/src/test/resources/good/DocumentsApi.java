package com.acme.docs;

import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.Header;
import io.courier.http.HeaderMap;
import io.courier.http.Headers;
import io.courier.http.IdempotencyKey;
import io.courier.http.Path;
import io.courier.http.Post;
import io.courier.http.Put;
import io.courier.http.Query;
import io.courier.http.QueryMap;
import io.courier.http.Timeout;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Every body type, return type and parameter kind; a POST for the stream body, which PUT would warn about. */
@Headers({"Accept: application/json", "User-Agent: docs-client"})
public interface DocumentsApi {
  record Document(String title, List<String> tags) {}

  @Put("/docs/{folder}/{name}.{ext}")
  @Headers("Accept: text/plain")
  String putText(
      @Path("folder") String folder, @Path("name") String name, @Path("ext") String ext, @Body String text);

  @Put("/docs/{id}?overwrite=true")
  Optional<Document> putIfPresent(
      @Path("id") UUID id,
      @Query("tag") List<String> tags,
      @QueryMap Map<String, String> filters,
      @Header("If-Match") String etag,
      @HeaderMap Map<String, Object> extra,
      @IdempotencyKey String key,
      @Body Document document);

  @Put("/blobs/{path}")
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  byte[] putBytes(@Path(value = "path", encoded = true) String path, @Body byte[] bytes) throws IOException;

  @Post("/streams/{name}")
  InputStream postStream(@Path("name") String name, @Body InputStream data);

  @Put("/publishers/{name}")
  CompletableFuture<Void> putPublisher(@Path("name") String name, @Body HttpRequest.BodyPublisher publisher);

  @Put("/batches")
  Map<String, List<Document>> putBatch(@Body Map<String, List<Document>> batch);

  @Put("/arrays")
  Document[] putArray(@Body List<? extends Document> documents);

  @Post("/payments")
  @IdempotencyKey
  CompletableFuture<Document> pay(@Body Document payment);

  @Put("/touch")
  void touch();

  @Put("/touch")
  void touch(@Header("X-Reason") String reason);
}
