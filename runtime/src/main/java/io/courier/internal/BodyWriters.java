package io.courier.internal;

import io.courier.BodyCodec;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** The {@link BodyWriter}s for each kind of {@code @Body} type. */
public final class BodyWriters {
  static final String OCTET_STREAM = "application/octet-stream";
  static final String TEXT_PLAIN = "text/plain; charset=UTF-8";

  private static final BodyWriter<String> STRING = value ->
      new RequestBody(BodyPublishers.ofString(value, StandardCharsets.UTF_8), TEXT_PLAIN, true);
  private static final BodyWriter<byte[]> BYTES = value ->
      new RequestBody(BodyPublishers.ofByteArray(value), OCTET_STREAM, true);
  // Files and streams are read on threads of their own, never the caller's or the client's selector thread, which a
  // slow disk, mount or stream would block. A stream can be read once: it is sent with chunked encoding and never
  // retried.
  private static final BodyWriter<Path> PATH = BodyWriters::file;
  private static final BodyWriter<InputStream> STREAM = value ->
      new RequestBody(InputStreamPublisher.of(value), OCTET_STREAM, false);
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
    if (attributes.isRegularFile()) {
      return new RequestBody(InputStreamPublisher.ofFile(file, attributes.size()), OCTET_STREAM, true);
    }
    return new RequestBody(InputStreamPublisher.ofFile(file, -1), OCTET_STREAM, false);
  }

  /** Values written by the codec's writer, which was looked up once. */
  static <T> BodyWriter<T> codec(BodyCodec.Writer<T> writer, String mediaType) {
    return value -> new RequestBody(BodyPublishers.ofByteArray(writer.write(value)), mediaType, true);
  }
}
