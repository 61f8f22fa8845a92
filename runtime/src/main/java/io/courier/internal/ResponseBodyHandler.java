package io.courier.internal;

import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;

/** Chooses, once the status is known, how to receive the body: as the method needs it, or bounded for an error. */
final class ResponseBodyHandler implements BodyHandler<Object> {
  private final BodyMode mode;
  private final int errorBodyLimit;

  ResponseBodyHandler(BodyMode mode, int errorBodyLimit) {
    this.mode = mode;
    this.errorBodyLimit = errorBodyLimit;
  }

  @Override
  public BodySubscriber<Object> apply(ResponseInfo info) {
    if (!Statuses.isSuccessful(info.statusCode())) {
      return new BoundedBodySubscriber(errorBodyLimit);
    }
    return switch (mode) {
      case DISCARD -> BodySubscribers.replacing(null);
      case BYTES -> BodySubscribers.mapping(BodySubscribers.ofByteArray(), bytes -> bytes);
      case STREAM -> BodySubscribers.mapping(BodySubscribers.ofInputStream(), stream -> stream);
    };
  }
}
