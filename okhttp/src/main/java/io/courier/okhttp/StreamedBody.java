package io.courier.okhttp;

import io.courier.transport.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.MediaType;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * A Courier body as OkHttp's: bytes in memory go as they are, anything else is copied from {@link
 * RequestBody#open()} to the connection as OkHttp asks, never held whole.
 */
final class StreamedBody extends okhttp3.RequestBody {
  private final RequestBody body;

  private StreamedBody(RequestBody body) {
    this.body = body;
  }

  static okhttp3.RequestBody of(RequestBody body) {
    byte[] bytes = body.bytes();
    // Content-Type travels among the request's headers, which Courier set already; null keeps OkHttp from adding one.
    return bytes != null ? okhttp3.RequestBody.create(bytes, null) : new StreamedBody(body);
  }

  @Override
  public MediaType contentType() {
    return null;
  }

  @Override
  public long contentLength() {
    return body.contentLength();
  }

  @Override
  public boolean isOneShot() {
    return !body.replayable();
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    try (InputStream in = body.open(); Source source = Okio.source(in)) {
      sink.writeAll(source);
    }
  }
}
