package io.courier.internal;

import io.courier.BodyCodec;
import io.courier.HttpStatusException;
import io.courier.PreconditionFailedException;
import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.util.function.Function;

/**
 * What a method throws for a status its return type has no room for, made in this one place for blocking and async
 * calls alike: an {@link HttpStatusException} (a {@link PreconditionFailedException} for 412), wrapped in the
 * method's typed error when it declares one.
 */
final class StatusFailures {
  private final BodyCodec codec;
  /** Makes the method's typed error, such as {@code NotFound::new}; null when it declares none. */
  private final Function<? super HttpStatusException, ? extends Exception> typedError;

  StatusFailures(BodyCodec codec, Function<? super HttpStatusException, ? extends Exception> typedError) {
    this.codec = codec;
    this.typedError = typedError;
  }

  /**
   * The exception for {@code response}, whose body was received as the bounded error body; {@code afterAmbiguous}
   * when an earlier attempt of the call failed once it may have reached the server.
   */
  Exception of(TransportResponse response, TransportRequest request, boolean afterAmbiguous) {
    HttpStatusException status = response.status() == PreconditionFailedException.STATUS
        ? new PreconditionFailedException(request.method(), request.uri(), response.headers(), response.bytes(), codec,
            afterAmbiguous)
        : new HttpStatusException(request.method(), request.uri(), response.status(), response.headers(),
            response.bytes(), codec);
    return typedError == null ? status : typedError.apply(status);
  }

  /**
   * The exception for {@code response} in a form a blocking call can throw: unchecked ones as they are, a checked
   * typed error inside a {@link CheckedStatusFailure} that {@code Call.execute(Class)} takes it out of.
   */
  RuntimeException thrown(TransportResponse response, TransportRequest request, boolean afterAmbiguous) {
    Exception failure = of(response, request, afterAmbiguous);
    return failure instanceof RuntimeException unchecked ? unchecked : new CheckedStatusFailure(failure);
  }
}
