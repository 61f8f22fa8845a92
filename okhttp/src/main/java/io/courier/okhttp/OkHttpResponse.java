package io.courier.okhttp;

import io.courier.transport.ReadTimeoutException;
import io.courier.transport.ResponseBodyException;
import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * An OkHttp response as a {@link TransportResponse}, its body received as the request asked. Headers stay in
 * OkHttp's form and become the JDK's {@code HttpHeaders} only when something asks for all of them.
 */
final class OkHttpResponse implements TransportResponse {
  private static final byte[] NO_BYTES = new byte[0];

  private final int status;
  private final Headers headers;
  private final Protocol protocol;
  private final byte[] bytes;
  private final InputStream stream;
  private HttpHeaders converted;

  private OkHttpResponse(Response response, byte[] bytes, InputStream stream) {
    this.status = response.code();
    this.headers = HiddenRetryAfter.restore(response.code(), response.headers());
    this.protocol = response.protocol();
    this.bytes = bytes;
    this.stream = stream;
  }

  /**
   * The response with its body received as {@code request} asks; a failure while reading the body is a
   * {@link ResponseBodyException}, or a {@link ReadTimeoutException} when the body fell silent.
   */
  static OkHttpResponse read(Response response, TransportRequest request, Call call) throws IOException {
    ResponseBody body = response.body();
    if (request.readTimeout() != null) {
      // The socket's timeout let the headers take their request timeout; from here on the body's reads get theirs.
      body.source().timeout().timeout(request.readTimeout().toNanos(), TimeUnit.NANOSECONDS);
    }
    try {
      return receive(response, body, request, call);
    } catch (SocketTimeoutException e) {
      throw readTimeout(request, e);
    } catch (IOException e) {
      throw new ResponseBodyException(request, e);
    }
  }

  private static OkHttpResponse receive(Response response, ResponseBody body, TransportRequest request, Call call)
      throws IOException {
    int status = response.code();
    if (status < 200 || status >= 300) {
      try (body) {
        byte[] kept = bounded(body.source(), request.errorBodyLimit());
        if (kept.length == request.errorBodyLimit()) {
          // There may be more, perhaps far more: closing alone would read on to reuse the connection, so drop it.
          call.cancel();
        }
        return new OkHttpResponse(response, kept, null);
      }
    }
    switch (request.bodyMode()) {
      case STREAM:
        // The caller closes it.
        return new OkHttpResponse(response, NO_BYTES, new StreamedBodyReads(body.byteStream(), request));
      case BYTES:
        try (body) {
          return new OkHttpResponse(response, body.bytes(), null);
        }
      default:
        body.close(); // reads what little is left, so that the connection can be reused
        return new OkHttpResponse(response, NO_BYTES, null);
    }
  }

  /** At most {@code limit} bytes of the body. */
  private static byte[] bounded(BufferedSource source, int limit) throws IOException {
    Buffer kept = new Buffer();
    while (kept.size() < limit) {
      long read = source.read(kept, limit - kept.size());
      if (read < 0) {
        break;
      }
    }
    return kept.readByteArray();
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public String header(String name) {
    // Headers.get gives the last value; Courier's contract is the first, as HttpHeaders.firstValue gives.
    for (int i = 0, size = headers.size(); i < size; i++) {
      if (headers.name(i).equalsIgnoreCase(name)) {
        return headers.value(i);
      }
    }
    return null;
  }

  @Override
  public synchronized HttpHeaders headers() {
    if (converted == null) {
      // Lower-cased names, as the JDK client gives them, so that headers().map() reads the same on both transports.
      Map<String, List<String>> all = headers.toMultimap();
      converted = HttpHeaders.of(all, (name, value) -> true);
    }
    return converted;
  }

  @Override
  public byte[] bytes() {
    return bytes;
  }

  @Override
  public InputStream stream() {
    return stream;
  }

  @Override
  public HttpClient.Version version() {
    return protocol == Protocol.HTTP_2 || protocol == Protocol.H2_PRIOR_KNOWLEDGE
        ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1;
  }

  private static ReadTimeoutException readTimeout(TransportRequest request, SocketTimeoutException cause) {
    ReadTimeoutException timeout = new ReadTimeoutException(request);
    timeout.initCause(cause);
    return timeout;
  }

  /**
   * A streamed body's reads: a read of no bytes answers 0 at once, as {@code InputStream} promises (Okio's stream
   * waits for the network first, which stalls {@code readNBytes(n)} on a body whose next bytes have not arrived),
   * and a silent body fails with {@link ReadTimeoutException}, as on every transport.
   */
  private static final class StreamedBodyReads extends FilterInputStream {
    private final TransportRequest request;

    StreamedBodyReads(InputStream in, TransportRequest request) {
      super(in);
      this.request = request;
    }

    @Override
    public int read() throws IOException {
      try {
        return in.read();
      } catch (SocketTimeoutException e) {
        throw readTimeout(request, e);
      }
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      try {
        return length == 0 ? 0 : in.read(into, offset, length);
      } catch (SocketTimeoutException e) {
        throw readTimeout(request, e);
      }
    }
  }
}
