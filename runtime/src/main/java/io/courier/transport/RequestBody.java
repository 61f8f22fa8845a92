package io.courier.internal;

import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;

/**
 * A request body: what publishes its bytes, its default media type, and whether it can be sent again on a retry.
 *
 * @param publisher publishes the bytes; its {@code contentLength()} becomes {@code Content-Length}, or chunked
 *     encoding when unknown
 * @param mediaType the default {@code Content-Type}; {@code null} for none. A header the caller gives wins
 * @param replayable whether the publisher sends the same bytes again when subscribed again
 */
public record RequestBody(BodyPublisher publisher, String mediaType, boolean replayable) {
  /** No bytes: the body of a GET, or of a PUT given no body source ({@code Content-Length: 0}). */
  public static final RequestBody EMPTY = new RequestBody(BodyPublishers.noBody(), null, true);
}
