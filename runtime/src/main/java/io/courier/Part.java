package io.courier;

import io.courier.transport.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One part of a multipart body with an explicit file name and content type, for a {@code @Part} parameter;
 * immutable, and its content is read only when the request is sent.
 */
public final class Part {
  private final String fileName;
  private final String contentType;
  private final RequestBody content;

  private Part(String fileName, String contentType, RequestBody content) {
    this.fileName = fileName;
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.content = content;
  }

  /** Bytes in memory; {@code fileName} may be null to send none. */
  public static Part of(String fileName, String contentType, byte[] content) {
    return new Part(fileName, contentType, RequestBody.ofBytes(content.clone(), contentType));
  }

  /**
   * A file, opened when the request is sent and again for a retry; its size is read now, so that the body's
   * {@code Content-Length} can be known. {@code fileName} may be null to send none.
   */
  public static Part of(String fileName, String contentType, Path content) {
    try {
      long length = Files.isRegularFile(content) ? Files.size(content) : -1;
      return new Part(fileName, contentType, RequestBody.ofFile(content, length, contentType));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stream, read once when the request is sent: the body then has no length and is never sent again. */
  public static Part of(String fileName, String contentType, InputStream content) {
    return new Part(fileName, contentType, RequestBody.ofStream(content, contentType));
  }

  /** The file name sent in {@code Content-Disposition}, or null for none. */
  public String fileName() {
    return fileName;
  }

  /** The part's {@code Content-Type}. */
  public String contentType() {
    return contentType;
  }

  /** The content, with its length (-1 if unknown) and whether it can be read again. */
  public RequestBody content() {
    return content;
  }

  @Override
  public String toString() {
    return "Part[fileName=" + fileName + ", contentType=" + contentType + ", length=" + content.contentLength() + "]";
  }
}
