package io.courier.transport;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/**
 * A response as a transport hands it back: status, headers and the body, received as the request's
 * {@link BodyMode} asked for a 2xx status, and as bounded bytes for any other.
 */
public interface TransportResponse {
  /** The status code, such as 201. */
  int status();

  /** Every header; a transport that keeps headers in its own form may build this on first use. */
  HttpHeaders headers();

  /** The first value of the named header, case-insensitively, or {@code null}. */
  default String header(String name) {
    return headers().firstValue(name).orElse(null);
  }

  /**
   * The body read whole: for a 2xx status under {@link BodyMode#BYTES}, and the first bytes (at most the request's
   * limit) for any other status; empty when there was none or it was discarded.
   */
  byte[] bytes();

  /** The body as it arrives, for a 2xx status under {@link BodyMode#STREAM}; the caller closes it. Else null. */
  InputStream stream();

  /** The protocol the response came over. */
  default HttpClient.Version version() {
    return HttpClient.Version.HTTP_1_1;
  }

  /** The TLS session, where the transport exposes one. */
  default Optional<SSLSession> sslSession() {
    return Optional.empty();
  }
}
