package io.courier.internal;

/** How a 2xx response's body is received; any other status's body is read in bounded bytes. */
public enum BodyMode {
  /** Read and dropped, so the connection can be reused. */
  DISCARD,
  /** Read whole into bytes, for a decoder. */
  BYTES,
  /** Handed to the caller as an {@code InputStream} as it arrives. */
  STREAM
}
