package io.courier.internal;

import io.courier.transport.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** RFC 9530 {@code Content-Digest} values: the SHA-256 of a body's exact bytes, as a structured-field byte sequence. */
final class ContentDigests {
  static final String HEADER = "Content-Digest";
  /** A file is read through this much memory, however large it is. */
  private static final int BUFFER = 64 * 1024;

  private ContentDigests() {}

  /** {@code sha-256=:<base64>:} for {@code bytes}. */
  static String of(byte[] bytes) {
    MessageDigest sha = sha256();
    sha.update(bytes);
    return format(sha);
  }

  /**
   * The value for {@code body}: from its bytes when it holds them, else read once through a fixed buffer (a file,
   * which is opened again to be sent). A body that can be read only once fails, because the header precedes it.
   */
  static String of(RequestBody body) throws IOException {
    byte[] bytes = body.bytes();
    if (bytes != null) {
      return of(bytes);
    }
    if (!body.replayable()) {
      throw new IOException("its body can be read only once (a pipe or a device has no size to send it again by),"
          + " and the digest is sent before the body");
    }
    MessageDigest sha = sha256();
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = body.open()) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        sha.update(buffer, 0, read);
      }
    }
    return format(sha);
  }

  private static String format(MessageDigest sha) {
    return "sha-256=:" + Base64.getEncoder().encodeToString(sha.digest()) + ":";
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e); // required by the Java SE spec
    }
  }
}
