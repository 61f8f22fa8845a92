package io.courier.transport;

/** How a transport receives a 2xx response's body; a body of any other status is read in bounded bytes. */
public enum BodyMode {
  /** Read and dropped, so the connection can be reused. */
  DISCARD,
  /** Read whole into bytes, for a decoder. */
  BYTES,
  /** Handed to the caller as an {@code InputStream} as it arrives. */
  STREAM
}
