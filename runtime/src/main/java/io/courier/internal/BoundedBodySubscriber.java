package io.courier.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps at most the first {@code limit} bytes of an error body, then cancels the rest, so that a huge error body
 * never exhausts memory.
 */
final class BoundedBodySubscriber implements BodySubscriber<Object> {
  private final int limit;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final CompletableFuture<Object> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  BoundedBodySubscriber(int limit) {
    this.limit = limit;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      int room = limit - kept.size();
      int take = Math.min(room, buffer.remaining());
      byte[] chunk = new byte[take];
      buffer.get(chunk);
      kept.write(chunk, 0, take);
      if (buffer.hasRemaining()) {
        // More than we keep: stop receiving rather than read an unbounded body only to drop it.
        result.complete(kept.toByteArray());
        subscription.cancel();
        return;
      }
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(kept.toByteArray());
  }

  @Override
  public CompletionStage<Object> getBody() {
    return result;
  }
}
