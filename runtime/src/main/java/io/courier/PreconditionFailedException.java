package io.courier;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * The server answered 412 Precondition Failed: a conditional request ({@code If-Match}, {@code If-None-Match: *})
 * found the resource changed, or there already.
 */
public class PreconditionFailedException extends HttpStatusException {
  private static final long serialVersionUID = 1L;
  /** The status this exception stands for. */
  public static final int STATUS = 412;

  private final String currentEtag; // kept apart from the headers, which are not serialised

  /** Creates an exception for a 412 response; {@code body} is the bounded error body, decoded by {@code codec}. */
  public PreconditionFailedException(String method, URI uri, HttpHeaders headers, byte[] body, BodyCodec codec) {
    super(method, uri, STATUS, headers, body, codec);
    this.currentEtag = headers.firstValue("ETag").orElse(null);
  }

  /** The resource's entity tag as the 412 response gave it in {@code ETag}, when the server sent one. */
  public Optional<String> currentEtag() {
    return Optional.ofNullable(currentEtag);
  }
}
