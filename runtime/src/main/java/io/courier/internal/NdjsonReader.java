package io.courier.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Splits an {@code application/x-ndjson} body into its lines as they arrive, skipping blank ones. */
public final class NdjsonReader {
  private final InputStream body;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  /** A reader of {@code body}; its buffer takes only what has arrived, so a line is returned once its end has. */
  public NdjsonReader(InputStream body) {
    this.body = new BufferedInputStream(body);
  }

  /** The next non-blank line's bytes without its line end, or null at the end of the body. */
  public byte[] next() throws IOException {
    while (true) {
      int b = body.read();
      if (b < 0) {
        // A last line without a line end is still a value: many servers end the body without one.
        return line.size() == 0 || blank() ? null : take();
      }
      if (b == '\n') {
        if (!blank()) {
          return take();
        }
        line.reset();
      } else {
        line.write(b);
      }
    }
  }

  private boolean blank() {
    for (byte b : line.toByteArray()) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private byte[] take() {
    byte[] bytes = line.toByteArray();
    line.reset();
    int end = bytes.length;
    if (end > 0 && bytes[end - 1] == '\r') {
      end--;
    }
    return end == bytes.length ? bytes : Arrays.copyOf(bytes, end);
  }
}
