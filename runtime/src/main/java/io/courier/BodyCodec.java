package io.courier;

import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Turns objects into request bodies and response bodies into objects; JSON through Jackson by default.
 *
 * <p>Generated clients ask for a writer or reader once per method, when they are constructed, and reuse it for every
 * call, so a codec should do its per-type work (introspection, lookups) in {@link #writer} and {@link #reader}.
 */
public interface BodyCodec {
  /** The media type of what the writers produce, such as {@code application/json}. */
  String mediaType();

  /** A writer for values of the given type. */
  <T> Writer<T> writer(Type type);

  /** A reader for values of the given type. */
  <T> Reader<T> reader(Type type);

  /** Writes values of one type. */
  @FunctionalInterface
  interface Writer<T> {
    /** The encoded bytes of {@code value}. */
    byte[] write(T value) throws IOException;
  }

  /** Reads values of one type. */
  @FunctionalInterface
  interface Reader<T> {
    /** The value encoded in {@code bytes}. */
    T read(byte[] bytes) throws IOException;
  }
}
