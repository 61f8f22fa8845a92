package io.courier.internal;

import io.courier.transport.RequestBody;
import java.io.IOException;

/** Turns a {@code @Body} parameter's value into a {@link RequestBody}; one per method, made at construction. */
@FunctionalInterface
public interface BodyWriter<T> {
  /** The body for {@code value}, which is not null. */
  RequestBody write(T value) throws IOException;
}
