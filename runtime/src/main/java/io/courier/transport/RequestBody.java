package io.courier.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A request body: its bytes, their length and default media type, and whether they can be sent again on a retry.
 *
 * <p>There are four kinds, and every transport sends each of them: bytes in memory ({@link #bytes()}), a file
 * opened again for each attempt, a caller's stream that can be read once, and a caller's {@code BodyPublisher}
 * ({@link #publisher()}). A transport that streams reads {@link #open()}, which serves all four.
 */
public abstract class RequestBody {
  private static final byte[] NO_BYTES = new byte[0];

  /** No bytes: the body of a PUT given no body source ({@code Content-Length: 0}). */
  public static final RequestBody EMPTY = ofBytes(NO_BYTES, null);

  private final String contentType;

  /** Package-private: the kinds a transport must send are the ones listed here and {@link MultipartBody}. */
  RequestBody(String contentType) {
    this.contentType = contentType;
  }

  /** Bytes held in memory; they can be sent any number of times. */
  public static RequestBody ofBytes(byte[] bytes, String contentType) {
    return new InMemory(Objects.requireNonNull(bytes, "bytes"), contentType);
  }

  /**
   * A file, opened again for each attempt; {@code length} is its size, sent as {@code Content-Length}, or -1 for a
   * pipe or device, which is sent chunked and, having no size to check a resend against, never sent twice.
   */
  public static RequestBody ofFile(Path file, long length, String contentType) {
    return new FileBody(Objects.requireNonNull(file, "file"), length, contentType);
  }

  /** A caller's stream: read once, sent chunked, and closed at its end. */
  public static RequestBody ofStream(InputStream stream, String contentType) {
    return new StreamBody(Objects.requireNonNull(stream, "stream"), contentType);
  }

  /** A caller's publisher, sent as it is; it is not assumed to publish the same bytes twice. */
  public static RequestBody ofPublisher(BodyPublisher publisher, String contentType) {
    return new PublisherBody(Objects.requireNonNull(publisher, "publisher"), contentType);
  }

  /** The number of bytes, sent as {@code Content-Length}; -1 when unknown, for chunked encoding. */
  public abstract long contentLength();

  /** The default {@code Content-Type}, or {@code null} for none; a header the caller gives wins over it. */
  public final String contentType() {
    return contentType;
  }

  /** Whether {@link #open()} gives the same bytes again, so that the request may be sent again. */
  public abstract boolean replayable();

  /**
   * A stream of the bytes to send, which the caller closes; a replayable body starts again from its first byte on
   * every call. Opening may block (a file on a slow disk), so transports call it off their I/O threads.
   */
  public abstract InputStream open() throws IOException;

  /** The bytes, when the body is held in memory, so that a transport can send them without copying; else null. */
  public byte[] bytes() {
    return null;
  }

  /** The caller's {@code BodyPublisher}, for a transport that takes one as it is; else null. */
  public BodyPublisher publisher() {
    return null;
  }

  /** Bytes in memory. */
  private static final class InMemory extends RequestBody {
    private final byte[] bytes;

    InMemory(byte[] bytes, String contentType) {
      super(contentType);
      this.bytes = bytes;
    }

    @Override
    public long contentLength() {
      return bytes.length;
    }

    @Override
    public boolean replayable() {
      return true;
    }

    @Override
    public InputStream open() {
      return new java.io.ByteArrayInputStream(bytes);
    }

    @Override
    public byte[] bytes() {
      return bytes;
    }
  }

  /** A file, opened for each attempt. */
  private static final class FileBody extends RequestBody {
    private final Path file;
    private final long length;

    FileBody(Path file, long length, String contentType) {
      super(contentType);
      this.file = file;
      this.length = length;
    }

    @Override
    public long contentLength() {
      return length;
    }

    @Override
    public boolean replayable() {
      return length >= 0;
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(file);
    }
  }

  /** A stream that can be read once. */
  private static final class StreamBody extends RequestBody {
    private final InputStream stream;

    StreamBody(InputStream stream, String contentType) {
      super(contentType);
      this.stream = stream;
    }

    @Override
    public long contentLength() {
      return -1;
    }

    @Override
    public boolean replayable() {
      return false;
    }

    @Override
    public InputStream open() {
      return stream;
    }
  }

  /** A caller's publisher. */
  private static final class PublisherBody extends RequestBody {
    private final BodyPublisher publisher;

    PublisherBody(BodyPublisher publisher, String contentType) {
      super(contentType);
      this.publisher = publisher;
    }

    @Override
    public long contentLength() {
      return publisher.contentLength();
    }

    @Override
    public boolean replayable() {
      return false;
    }

    @Override
    public InputStream open() {
      return PublisherInputStream.subscribeTo(publisher);
    }

    @Override
    public BodyPublisher publisher() {
      return publisher;
    }
  }
}
