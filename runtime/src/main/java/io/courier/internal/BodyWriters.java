package io.courier.internal;

import io.courier.BodyCodec;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The {@link BodyWriter}s for each kind of {@code @Body} type. */
public final class BodyWriters {
  static final String OCTET_STREAM = "application/octet-stream";
  static final String TEXT_PLAIN = "text/plain; charset=UTF-8";

  private static final BodyWriter<String> STRING = value ->
      new RequestBody(BodyPublishers.ofString(value, StandardCharsets.UTF_8), TEXT_PLAIN, true);
  private static final BodyWriter<byte[]> BYTES = value ->
      new RequestBody(BodyPublishers.ofByteArray(value), OCTET_STREAM, true);
  // ofFile reads the file as it sends it, whatever its size, and opens it again for a retry.
  private static final BodyWriter<Path> PATH = value ->
      new RequestBody(BodyPublishers.ofFile(value), OCTET_STREAM, true);
  // A stream can be read once: the body is streamed with chunked encoding and never retried. It is read on a
  // thread of its own, never the caller's or the client's selector thread, which a slow stream would block.
  private static final BodyWriter<InputStream> STREAM = value ->
      new RequestBody(new InputStreamPublisher(value), OCTET_STREAM, false);
  private static final BodyWriter<BodyPublisher> PUBLISHER = value ->
      new RequestBody(value, OCTET_STREAM, false);

  private BodyWriters() {}

  /** Text, as UTF-8 {@code text/plain}. */
  public static BodyWriter<String> string() {
    return STRING;
  }

  /** Bytes, as {@code application/octet-stream}. */
  public static BodyWriter<byte[]> bytes() {
    return BYTES;
  }

  /** A file, streamed with its size as {@code Content-Length}. */
  public static BodyWriter<Path> path() {
    return PATH;
  }

  /** A stream, sent with chunked encoding; it cannot be replayed. */
  public static BodyWriter<InputStream> inputStream() {
    return STREAM;
  }

  /** The caller's own publisher, sent as it is; it is not assumed to be replayable. */
  public static BodyWriter<BodyPublisher> publisher() {
    return PUBLISHER;
  }

  /** Values written by the codec's writer, which was looked up once. */
  static <T> BodyWriter<T> codec(BodyCodec.Writer<T> writer, String mediaType) {
    return value -> new RequestBody(BodyPublishers.ofByteArray(writer.write(value)), mediaType, true);
  }
}
