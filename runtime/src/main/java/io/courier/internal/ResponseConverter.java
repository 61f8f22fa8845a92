package io.courier.internal;

import java.io.IOException;
import java.net.http.HttpResponse;

/** Turns a received response into what the interface method returns; one per method, made at construction. */
public interface ResponseConverter<R> {
  /** How a 2xx body must be received for {@link #convert}. */
  BodyMode bodyMode();

  /**
   * The method's return value. The body is {@code null} (discarded), a {@code byte[]} or an {@code InputStream} as
   * {@link #bodyMode()} asked for a 2xx status, and the bounded {@code byte[]} of the error body otherwise.
   */
  R convert(HttpResponse<Object> response) throws IOException;
}
