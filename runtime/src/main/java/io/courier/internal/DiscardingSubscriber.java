package io.courier.internal;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body nobody reads: the call completes as soon as the headers arrive, and the body is drained meanwhile so that
 * the connection can be reused. A body that stalls then costs the caller nothing: the status already answered the
 * call, and a read timeout only drops the connection. (The JDK's {@code replacing} waits for the last byte.)
 */
final class DiscardingSubscriber implements BodySubscriber<Object> {
  /** It keeps no state, so one serves every response. */
  static final DiscardingSubscriber INSTANCE = new DiscardingSubscriber();
  private static final CompletableFuture<Object> DONE = CompletableFuture.completedFuture(null);

  private DiscardingSubscriber() {}

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    // dropped
  }

  @Override
  public void onError(Throwable throwable) {
    // the call has its answer already; the client closes the connection
  }

  @Override
  public void onComplete() {
    // the connection goes back to the pool
  }

  @Override
  public CompletionStage<Object> getBody() {
    return DONE;
  }
}
