package io.courier.internal;

import java.io.IOException;

/** Turns the bytes of a 2xx response body into a value; one per method, made at construction. */
@FunctionalInterface
public interface Decoder<T> {
  /**
   * The value encoded in {@code body}, which is not empty; {@code contentType} (the response's {@code Content-Type},
   * or null) gives the charset where it matters.
   */
  T decode(byte[] body, String contentType) throws IOException;

  /** Whether this decoder needs the body at all; one that does not lets the body be discarded unread. */
  default boolean readsBody() {
    return true;
  }
}
