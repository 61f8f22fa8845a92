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
  private final boolean mayHaveBeenApplied;

  /** Creates an exception for a 412 response; {@code body} is the bounded error body, decoded by {@code codec}. */
  public PreconditionFailedException(String method, URI uri, HttpHeaders headers, byte[] body, BodyCodec codec) {
    this(method, uri, headers, body, codec, false);
  }

  /**
   * Creates an exception for a 412 response that answered a retry, after an attempt that failed once it may have
   * reached the server, when {@code mayHaveBeenApplied}.
   */
  public PreconditionFailedException(String method, URI uri, HttpHeaders headers, byte[] body, BodyCodec codec,
      boolean mayHaveBeenApplied) {
    super(method, uri, STATUS, headers, body, codec);
    this.currentEtag = headers.firstValue("ETag").orElse(null);
    this.mayHaveBeenApplied = mayHaveBeenApplied;
  }

  /**
   * Whether this 412 answered a retry after an attempt that failed once it may have reached the server: that
   * attempt may have been applied, which is then why the condition no longer holds. Re-read before deciding.
   */
  public boolean mayHaveBeenApplied() {
    return mayHaveBeenApplied;
  }

  @Override
  public String getMessage() {
    return mayHaveBeenApplied ? super.getMessage() + ", after a retry: an earlier attempt failed once it may have"
        + " reached the server, so it may have been applied" : super.getMessage();
  }

  /** The resource's entity tag as the 412 response gave it in {@code ETag}, when the server sent one. */
  public Optional<String> currentEtag() {
    return Optional.ofNullable(currentEtag);
  }
}
