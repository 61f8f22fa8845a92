package io.courier.it;

import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.Head;
import io.courier.http.Path;
import io.courier.http.Put;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;

/**
 * PUTs with an {@code InputStream} body, kept apart from the tests because the processor rightly warns that such a
 * PUT is never retried: this source set compiles without {@code -Werror}, the tests' with it.
 */
public interface StreamPutApi {
  /** Streams {@code in} to {@code /files/{name}}. */
  @Put("/files/{name}")
  void upload(@Path("name") String name, @Body InputStream in);

  /** {@link #upload} without blocking. */
  @Put("/files/{name}")
  CompletableFuture<Void> uploadAsync(@Path("name") String name, @Body InputStream in);

  /** {@link #upload}, with the status for the caller to read. */
  @Put("/files/{name}")
  Response<Void> uploadForStatus(@Path("name") String name, @Body InputStream in);

  /** Streams {@code in} to {@code /things/{id}}. */
  @Put("/things/{id}")
  void thing(@Path("id") String id, @Body InputStream in);

  /** Whether {@code /files/{name}} exists; a second call of the same client while an upload is under way. */
  @Head("/files/{name}")
  boolean exists(@Path("name") String name);

  /** {@link #exists} without blocking. */
  @Head("/files/{name}")
  CompletableFuture<Boolean> existsAsync(@Path("name") String name);
}
