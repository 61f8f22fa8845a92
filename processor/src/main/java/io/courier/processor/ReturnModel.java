package io.courier.processor;

import com.palantir.javapoet.TypeName;

/**
 * What a method returns, taken apart.
 *
 * @param shape how the response becomes the value
 * @param async whether it is wrapped in {@code CompletableFuture}
 * @param value what a call produces: the return type, unwrapped from its future and boxed; {@code Void} for void
 * @param body the decoded body's type ({@code T} of {@code Response<T>}, {@code Optional<T>}, {@code Versioned<T>}
 *     or a plain {@code T});
 *     {@code Void} where nothing is decoded
 * @param decoder how the body is decoded
 * @param publisher whether the method returns a {@code Flow.Publisher} of what {@code value}, a {@code Stream},
 *     holds
 */
record ReturnModel(
    Shape shape, boolean async, TypeName value, CodecType body, DecoderKind decoder, boolean publisher) {
  /** How the response becomes the value. */
  enum Shape {
    DISCARD,
    EXISTS,
    STREAM,
    BODY,
    OPTIONAL,
    RESPONSE,
    HTTP_RESPONSE,
    /** {@code Versioned<T>}: the body with its {@code ETag}. */
    VERSIONED,
    /** {@code Optional<Versioned<T>>}: empty for a 404. */
    OPTIONAL_VERSIONED,
    /** {@code Stream<ServerSentEvent>} or {@code Flow.Publisher<ServerSentEvent>}. */
    EVENTS,
    /** {@code Stream<T>} or {@code Flow.Publisher<T>}: each event's data or NDJSON line, decoded. */
    EVENT_VALUES
  }

  /** How a body is decoded. */
  enum DecoderKind {
    NONE,
    STRING,
    BYTES,
    CODEC
  }
}
