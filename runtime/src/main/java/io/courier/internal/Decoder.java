package io.courier.internal;

import java.io.IOException;
import java.net.http.HttpHeaders;

/** Turns the bytes of a 2xx response body into a value; one per method, made at construction. */
@FunctionalInterface
public interface Decoder<T> {
  /** The value encoded in {@code body}, which is not empty; {@code headers} gives the charset where it matters. */
  T decode(byte[] body, HttpHeaders headers) throws IOException;

  /** Whether this decoder needs the body at all; one that does not lets the body be discarded unread. */
  default boolean readsBody() {
    return true;
  }
}
