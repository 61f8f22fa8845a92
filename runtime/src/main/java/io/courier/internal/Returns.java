package io.courier.internal;

import io.courier.DecodingException;
import io.courier.Response;
import io.courier.ServerSentEvent;
import io.courier.Versioned;
import io.courier.transport.BodyMode;
import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The {@link ResponseConverter}s for each shape of return type. They say which statuses they take; the call throws
 * for the others, in one place ({@code StatusFailures}), so that typed errors apply to every shape alike.
 */
public final class Returns {
  private static final ResponseConverter<Void> DISCARD = new Converter<>(BodyMode.DISCARD, Takes.SUCCESS) {
    @Override
    public Void convert(TransportResponse response, TransportRequest request) {
      return null;
    }
  };

  private static final ResponseConverter<Boolean> EXISTS =
      new Converter<>(BodyMode.DISCARD, Takes.SUCCESS_OR_NOT_FOUND) {
        @Override
        public Boolean convert(TransportResponse response, TransportRequest request) {
          return response.status() != Statuses.NOT_FOUND;
        }
      };

  private static final ResponseConverter<InputStream> STREAM = new Converter<>(BodyMode.STREAM, Takes.SUCCESS) {
    @Override
    public InputStream convert(TransportResponse response, TransportRequest request) {
      return response.stream();
    }
  };

  private static final ResponseConverter<Stream<ServerSentEvent>> EVENTS = new EventConverter<>() {
    @Override
    public Stream<ServerSentEvent> convert(TransportResponse response, TransportRequest request, Reopen reopen) {
      return EventStreams.events(response, request, reopen);
    }
  };

  private Returns() {}

  /** For {@code Stream<ServerSentEvent>}: events as they arrive; closing the stream closes the connection. */
  public static ResponseConverter<Stream<ServerSentEvent>> events() {
    return EVENTS;
  }

  /**
   * For {@code Stream<T>}: each server-sent event's data, or each NDJSON line, decoded as it arrives; which one
   * the response's {@code Content-Type} says.
   */
  public static <T> ResponseConverter<Stream<T>> eventValues(Decoder<T> decoder) {
    return new EventConverter<>() {
      @Override
      public Stream<T> convert(TransportResponse response, TransportRequest request, Reopen reopen) {
        return EventStreams.values(decoder, response, request, reopen);
      }
    };
  }

  /**
   * For {@code Flow.Publisher<X>}: a cold publisher that makes the call on each subscription and delivers what the
   * stream {@code call} returns as the subscriber asks for it; cancelling closes the connection.
   */
  public static <T> Flow.Publisher<T> publisher(Supplier<CompletableFuture<Stream<T>>> call) {
    return new StreamPublisher<>(call);
  }

  /** For {@code void} and {@code Void}: the body is dropped, a non-2xx status throws. */
  public static ResponseConverter<Void> discard() {
    return DISCARD;
  }

  /** For HEAD's {@code boolean}: 2xx is true, 404 false, any other status throws. */
  public static ResponseConverter<Boolean> exists() {
    return EXISTS;
  }

  /** For {@code InputStream}: the body as it arrives; the caller closes it. */
  public static ResponseConverter<InputStream> stream() {
    return STREAM;
  }

  /** For {@code T}, {@code String}, {@code byte[]}: the decoded body, {@code null} when empty; non-2xx throws. */
  public static <T> ResponseConverter<T> body(Decoder<T> decoder) {
    return new Converter<>(modeFor(decoder), Takes.SUCCESS) {
      @Override
      public T convert(TransportResponse response, TransportRequest request) throws IOException {
        return decode(decoder, response, request);
      }
    };
  }

  /** For {@code Optional<T>}: empty for a 404 or an empty body; any other non-2xx status throws. */
  public static <T> ResponseConverter<Optional<T>> optional(Decoder<T> decoder) {
    return new Converter<>(modeFor(decoder), Takes.SUCCESS_OR_NOT_FOUND) {
      @Override
      public Optional<T> convert(TransportResponse response, TransportRequest request) throws IOException {
        if (response.status() == Statuses.NOT_FOUND) {
          return Optional.empty();
        }
        return Optional.ofNullable(decode(decoder, response, request));
      }
    };
  }

  /** For {@code Versioned<T>}: the decoded body, {@code null} when empty, with the response's {@code ETag}. */
  public static <T> ResponseConverter<Versioned<T>> versioned(Decoder<T> decoder) {
    return new Converter<>(modeFor(decoder), Takes.SUCCESS) {
      @Override
      public Versioned<T> convert(TransportResponse response, TransportRequest request) throws IOException {
        return Versioned.of(decode(decoder, response, request), response.header("ETag"));
      }
    };
  }

  /** For {@code Optional<Versioned<T>>}: empty for a 404; any other non-2xx status throws. */
  public static <T> ResponseConverter<Optional<Versioned<T>>> optionalVersioned(Decoder<T> decoder) {
    return new Converter<>(modeFor(decoder), Takes.SUCCESS_OR_NOT_FOUND) {
      @Override
      public Optional<Versioned<T>> convert(TransportResponse response, TransportRequest request)
          throws IOException {
        if (response.status() == Statuses.NOT_FOUND) {
          return Optional.empty();
        }
        return Optional.of(Versioned.of(decode(decoder, response, request), response.header("ETag")));
      }
    };
  }

  /** For {@code Response<T>}: never throws for a status; the body is decoded for 2xx only. */
  public static <T> ResponseConverter<Response<T>> response(Decoder<T> decoder) {
    return new Converter<>(modeFor(decoder), Takes.ANY) {
      @Override
      public Response<T> convert(TransportResponse response, TransportRequest request) throws IOException {
        if (Statuses.isSuccessful(response.status())) {
          return new ReceivedResponse<>(response, request, decode(decoder, response, request), ReceivedResponse.NO_BYTES);
        }
        return new ReceivedResponse<>(response, request, null, response.bytes());
      }
    };
  }

  /**
   * For the JDK's {@code HttpResponse<T>}: never throws for a status. The body is decoded for 2xx; for another
   * status a {@code String} or {@code byte[]} body holds the bounded error body, any other type {@code null}.
   */
  public static <T> ResponseConverter<HttpResponse<T>> httpResponse(Decoder<T> decoder) {
    boolean errorBodyToo = decoder == Decoders.string() || decoder == Decoders.bytes();
    return new Converter<>(modeFor(decoder), Takes.ANY) {
      @Override
      public HttpResponse<T> convert(TransportResponse response, TransportRequest request) throws IOException {
        boolean decodable = errorBodyToo || Statuses.isSuccessful(response.status());
        return new DecodedHttpResponse<>(response, request, decodable ? decode(decoder, response, request) : null);
      }
    };
  }

  private static BodyMode modeFor(Decoder<?> decoder) {
    return decoder.readsBody() ? BodyMode.BYTES : BodyMode.DISCARD;
  }

  private static <T> T decode(Decoder<T> decoder, TransportResponse response, TransportRequest request)
      throws DecodingException {
    byte[] body = response.bytes();
    if (body.length == 0) {
      return null; // 204, 205, HEAD or an empty 200: nothing to decode, and the decoder is never asked to
    }
    try {
      return decoder.decode(body, response.header("Content-Type"));
    } catch (IOException | RuntimeException e) {
      throw new DecodingException(request.method() + " " + request.uri().getRawPath()
          + ": could not decode the HTTP " + response.status() + " body: " + e.getMessage(), e);
    }
  }

  /** Which statuses a return type has room for. */
  private enum Takes {
    SUCCESS,
    /** 2xx, and 404 as "not there": {@code Optional.empty()}, HEAD's {@code false}. */
    SUCCESS_OR_NOT_FOUND,
    /** Every status: {@code Response<T>} and {@code HttpResponse<T>} never throw for one. */
    ANY
  }

  /** A converter of an endless body: events or lines, whose silences are no fault unless the method says so. */
  private abstract static class EventConverter<R> extends Converter<R> {
    EventConverter() {
      super(BodyMode.STREAM, Takes.SUCCESS);
    }

    @Override
    public boolean endless() {
      return true;
    }

    @Override
    public final R convert(TransportResponse response, TransportRequest request) {
      return convert(response, request, null);
    }

    @Override
    public abstract R convert(TransportResponse response, TransportRequest request, Reopen reopen);
  }

  /** A converter that knows its body mode and the statuses it takes. */
  private abstract static class Converter<R> implements ResponseConverter<R> {
    private final BodyMode mode;
    private final Takes takes;

    Converter(BodyMode mode, Takes takes) {
      this.mode = mode;
      this.takes = takes;
    }

    @Override
    public final BodyMode bodyMode() {
      return mode;
    }

    @Override
    public final boolean takes(int status) {
      return switch (takes) {
        case SUCCESS -> Statuses.isSuccessful(status);
        case SUCCESS_OR_NOT_FOUND -> Statuses.isSuccessful(status) || status == Statuses.NOT_FOUND;
        case ANY -> true;
      };
    }
  }
}
