package io.courier.internal;

import io.courier.transport.BodyMode;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;

/** Chooses, once the status is known, how the JDK client receives the body: as asked, or bounded for an error. */
final class ResponseBodyHandler implements BodyHandler<Object> {
  private static final int DEFAULT_LIMIT = 64 * 1024;
  private static final ResponseBodyHandler[] DEFAULTS = new ResponseBodyHandler[BodyMode.values().length];

  static {
    for (BodyMode mode : BodyMode.values()) {
      DEFAULTS[mode.ordinal()] = new ResponseBodyHandler(mode, DEFAULT_LIMIT);
    }
  }

  private final BodyMode mode;
  private final int errorBodyLimit;

  private ResponseBodyHandler(BodyMode mode, int errorBodyLimit) {
    this.mode = mode;
    this.errorBodyLimit = errorBodyLimit;
  }

  /** The handler for {@code mode}; shared for the default error body limit, since handlers hold no state. */
  static ResponseBodyHandler of(BodyMode mode, int errorBodyLimit) {
    return errorBodyLimit == DEFAULT_LIMIT ? DEFAULTS[mode.ordinal()] : new ResponseBodyHandler(mode, errorBodyLimit);
  }

  @Override
  public BodySubscriber<Object> apply(ResponseInfo info) {
    if (!Statuses.isSuccessful(info.statusCode())) {
      return new BoundedBodySubscriber(errorBodyLimit);
    }
    return switch (mode) {
      case DISCARD -> DiscardingSubscriber.INSTANCE;
      case BYTES -> asObject(BodySubscribers.ofByteArray());
      case STREAM -> asObject(BodySubscribers.ofInputStream());
    };
  }

  /** A subscriber whose body is only ever read as an {@code Object}: a cast, where mapping would add a stage. */
  @SuppressWarnings("unchecked")
  private static BodySubscriber<Object> asObject(BodySubscriber<?> subscriber) {
    return (BodySubscriber<Object>) subscriber;
  }
}
