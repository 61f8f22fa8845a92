package io.courier.internal;

import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A cold publisher of a streamed response: each subscription makes the call, then a thread of its own reads an item
 * only when the subscriber has asked for one, so nothing is buffered and a slow subscriber slows the server down.
 */
final class StreamPublisher<T> implements Flow.Publisher<T> {
  private final Supplier<CompletableFuture<Stream<T>>> call;

  StreamPublisher(Supplier<CompletableFuture<Stream<T>>> call) {
    this.call = call;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    Subscription<T> subscription = new Subscription<>(subscriber);
    subscriber.onSubscribe(subscription);
    call.get().whenComplete((stream, failure) -> {
      if (failure != null) {
        subscription.fail(failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure);
      } else {
        subscription.start(stream);
      }
    });
  }

  /** One subscriber's demand, and the thread that meets it. */
  private static final class Subscription<T> implements Flow.Subscription {
    private final Flow.Subscriber<? super T> subscriber;
    private long demand;
    private boolean cancelled;
    private Stream<T> stream;

    Subscription(Flow.Subscriber<? super T> subscriber) {
      this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        cancel();
        subscriber.onError(new IllegalArgumentException("request(" + n + "): demand must be positive (rule 3.9)"));
        return;
      }
      synchronized (this) {
        demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
        notifyAll();
      }
    }

    @Override
    public void cancel() {
      Stream<T> open;
      synchronized (this) {
        cancelled = true;
        open = stream;
        notifyAll();
      }
      if (open != null) {
        open.close(); // closes the connection, which also ends a read the pumping thread is blocked in
      }
    }

    void fail(Throwable failure) {
      synchronized (this) {
        if (cancelled) {
          return;
        }
        cancelled = true;
      }
      subscriber.onError(failure);
    }

    void start(Stream<T> opened) {
      synchronized (this) {
        if (!cancelled) {
          stream = opened;
          Thread pump = new Thread(() -> pump(opened), "courier-stream-publisher");
          pump.setDaemon(true);
          pump.start();
          return;
        }
      }
      opened.close();
    }

    private void pump(Stream<T> opened) {
      try (opened) {
        Iterator<T> items = opened.iterator();
        while (awaitDemand()) {
          boolean more = items.hasNext();
          synchronized (this) {
            if (cancelled) {
              return;
            }
            if (more) {
              demand--;
            } else {
              cancelled = true;
            }
          }
          if (!more) {
            subscriber.onComplete();
            return;
          }
          subscriber.onNext(items.next());
        }
      } catch (RuntimeException | Error e) {
        fail(e);
      }
    }

    /** Waits until the subscriber wants an item; false once it has cancelled. */
    private synchronized boolean awaitDemand() {
      while (demand == 0 && !cancelled) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          cancelled = true;
        }
      }
      return !cancelled;
    }
  }
}
