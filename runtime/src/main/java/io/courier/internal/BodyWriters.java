package io.courier.internal;

import io.courier.BodyCodec;
import io.courier.transport.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** The {@link BodyWriter}s for each kind of {@code @Body} type. */
public final class BodyWriters {
  static final String OCTET_STREAM = "application/octet-stream";
  static final String TEXT_PLAIN = "text/plain; charset=UTF-8";

  private static final BodyWriter<String> STRING = value ->
      RequestBody.ofBytes(value.getBytes(StandardCharsets.UTF_8), TEXT_PLAIN);
  private static final BodyWriter<byte[]> BYTES = value -> RequestBody.ofBytes(value, OCTET_STREAM);
  private static final BodyWriter<Path> PATH = BodyWriters::file;
  // A stream can be read once: it is sent with chunked encoding and never retried.
  private static final BodyWriter<InputStream> STREAM = value -> RequestBody.ofStream(value, OCTET_STREAM);
  private static final BodyWriter<BodyPublisher> PUBLISHER = value -> RequestBody.ofPublisher(value, OCTET_STREAM);

  private BodyWriters() {}

  /** Text, as UTF-8 {@code text/plain}. */
  public static BodyWriter<String> string() {
    return STRING;
  }

  /** Bytes, as {@code application/octet-stream}. */
  public static BodyWriter<byte[]> bytes() {
    return BYTES;
  }

  /** A file, streamed with its size as {@code Content-Length}; a pipe or a device with chunked encoding. */
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

  /**
   * A regular file is sent with its size as {@code Content-Length}, and opened again for a retry; a pipe or a device
   * has no size to send, so it goes like a stream. A missing file fails here, before anything is sent.
   */
  private static RequestBody file(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      throw new IOException(file + " is a directory, not a file");
    }
    return RequestBody.ofFile(file, attributes.isRegularFile() ? attributes.size() : -1, OCTET_STREAM);
  }

  /** Values written by the codec's writer, which was looked up once. */
  static <T> BodyWriter<T> codec(BodyCodec.Writer<T> writer, String mediaType) {
    return value -> RequestBody.ofBytes(writer.write(value), mediaType);
  }
}
