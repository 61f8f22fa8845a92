package io.courier;

import io.courier.internal.Locations;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * A response with its status, headers and decoded body; a method returning it never throws for a status.
 *
 * @param <T> the type of the decoded body
 */
public interface Response<T> {
  /** The status code, such as 201. */
  int status();

  /** The response's headers. */
  HttpHeaders headers();

  /** The decoded body of a 2xx response; {@code null} for any other status and for an empty body (204, 205, HEAD). */
  T body();

  /** The first bytes of a non-2xx response's body (64 KiB by default); empty for a 2xx response. */
  byte[] errorBody();

  /** Whether the status is 2xx. */
  default boolean isSuccessful() {
    return status() >= 200 && status() < 300;
  }

  /** Whether the status is 201 Created: a PUT made a new resource rather than replacing one. */
  default boolean isCreated() {
    return status() == 201;
  }

  /** The {@code ETag} header. */
  default Optional<String> etag() {
    return headers().firstValue("ETag");
  }

  /** The {@code Location} header, resolved against the request URI (RFC 3986). */
  default Optional<URI> location() {
    return headers().firstValue("Location").map(location -> Locations.resolve(uri(), location));
  }

  /** The request's URI. */
  URI uri();
}
