package io.courier.sample;

import io.courier.Response;
import io.courier.Versioned;
import io.courier.http.Body;
import io.courier.http.CreateOnly;
import io.courier.http.Field;
import io.courier.http.FormUrlEncoded;
import io.courier.http.Get;
import io.courier.http.Head;
import io.courier.http.Headers;
import io.courier.http.IfMatch;
import io.courier.http.Path;
import io.courier.http.Put;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A store of JSON documents, settings and files, all written with PUT; Courier generates {@code CourierDocumentsApi}.
 */
@Headers("Accept: application/json")
public interface DocumentsApi {
  /**
   * Creates or replaces the document at {@code key}: 201 Created the first time, then 204 No Content (or 200 OK).
   * A {@code Response} never throws for a status, so the caller reads it.
   */
  @Put("/documents/{key}")
  Response<Document> put(@Path("key") String key, @Body Document document);

  /** Replaces the document only if its current ETag is {@code etag}; 412 Precondition Failed if it is not. */
  @Put("/documents/{key}")
  Response<Document> putIfMatch(@Path("key") String key, @IfMatch String etag, @Body Document document);

  /** The document with its ETag, for a conditional write; empty when there is none. */
  @Get("/documents/{key}")
  Optional<Versioned<Document>> get(@Path("key") String key);

  /**
   * Replaces the version of the document that {@code etag} names, and no other: a {@code PreconditionFailedException}
   * (412) says another writer came first. The answer has no body, so the result holds the new ETag only.
   */
  @Put("/documents/{key}")
  Versioned<Void> replace(@Path("key") String key, @IfMatch String etag, @Body Document document);

  /** Creates the document, and never overwrites one: 412 when it exists. */
  @Put("/documents/{key}")
  @CreateOnly
  Response<Document> create(@Path("key") String key, @Body Document document);

  /** {@link #put} without blocking: the future completes on Courier's callback threads. */
  @Put("/documents/{key}")
  CompletableFuture<Response<Document>> putAsync(@Path("key") String key, @Body Document document);

  /** Whether a document exists: 2xx is true, 404 false. */
  @Head("/documents/{key}")
  boolean exists(@Path("key") String key);

  /**
   * Saves form fields, like Python's {@code requests.put(url, data={'key1': 'value1', 'key2': 'value2'})}: the body
   * is {@code key1=value1&key2=value2} as {@code application/x-www-form-urlencoded}.
   */
  @Put("/settings/{section}")
  @FormUrlEncoded
  Response<Void> saveSettings(
      @Path("section") String section, @Field("key1") String key1, @Field("key2") String key2);

  /**
   * Streams a file to {@code /files/{path}} without reading it into memory, with its size as Content-Length.
   * {@code path} keeps its {@code /}, so {@code "notes/readme.txt"} is two segments.
   */
  @Put("/files/{path}")
  Response<Void> upload(@Path(value = "path", encoded = true) String path, @Body java.nio.file.Path file);

  /**
   * Writes text to {@code /files/{path}}; a status outside 2xx throws {@code HttpStatusException}, such as 409
   * Conflict for a path that names a collection ({@code "notes/"}, or {@code "notes"} once it holds files).
   */
  @Put("/files/{path}")
  void write(@Path(value = "path", encoded = true) String path, @Body String text);
}
