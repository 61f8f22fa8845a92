package io.courier.internal;

import io.courier.CourierException;
import io.courier.RetryPolicy;
import io.courier.Transport;
import io.courier.TransportException;
import io.courier.transport.Deadlines;
import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * One call's attempts and the single decision after each of them: return, retry after a pause, follow a redirect,
 * or fail. Blocking and async calls ask the same {@link #next} and differ only in how they wait. The retry policy,
 * the Courier's retry budget, the call's deadline and a close all have their say here, and nowhere else.
 */
final class Attempts<R> extends Deadlines.Watched {
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** What to do after an attempt. */
  enum Next {
    RETURN,
    RETRY,
    /** Send {@link #request()} at once: where a redirect led, or again because an interceptor asked. */
    FOLLOW,
    FAIL
  }

  final Endpoint<R> endpoint;
  /** The async call's future, completed by {@link #abort}; null for a blocking call. */
  final CompletableFuture<R> result;
  private final RetryPolicy policy;
  private final RetryBudget budget;
  private final boolean followRedirects;
  private TransportRequest request; // the call's, then each redirect's
  private List<String> hops; // made on the first redirect
  /** The call timeout, or null for none; {@link #deadline} is when it runs out, as {@code System.nanoTime()}. */
  private final Duration callTimeout;
  private final long deadline;
  private volatile boolean expired;
  private final int maxAttempts;
  private final boolean replayable;
  private final Interceptors interceptors;
  /** With interceptors: when the call and the current attempt started, the attempt as they saw it, the last response. */
  private final long callStart;
  private long attemptStart;
  private AttemptView view;
  private Map<Object, Object> attributes;
  private TransportResponse lastResponse;
  /** Whether an interceptor's resend was made: one per call. */
  private boolean resent;
  /** Whether a redirect took the call to another origin, where credentials are not sent. */
  private boolean crossedOrigin;
  private boolean ambiguous;
  /** Whether the request carries an idempotency key, so that the server applies it once however often it arrives. */
  private final boolean keyed;
  /** The blocking call's thread, woken from a pause by {@link #abort}; null for an async call. */
  private final Thread waiter;
  private int attempt;
  /** Every attempt sent, redirects' included, and the status of the last response; for the log. */
  private int sent;
  private int lastStatus;
  /** When the call started, for its DEBUG line; 0 when that line is not written. */
  final long logStart;
  private Duration pause;
  private Throwable failure;
  private volatile Transport.Exchange exchange;
  private volatile boolean aborted;
  private boolean finished; // guarded by this
  // This call's place among its Courier's calls in flight, guarded by their list's lock.
  Attempts<?> previousInFlight;
  Attempts<?> nextInFlight;

  Attempts(Endpoint<R> endpoint, TransportRequest request, RetryPolicy policy, RetryBudget budget,
      boolean followRedirects, Duration callTimeout, CompletableFuture<R> result, long logStart,
      Interceptors interceptors) {
    this.endpoint = endpoint;
    this.request = request;
    this.policy = policy;
    this.budget = budget;
    this.followRedirects = followRedirects;
    this.callTimeout = callTimeout;
    this.deadline = callTimeout == null ? 0 : System.nanoTime() + callTimeout.toNanos();
    this.result = result;
    this.logStart = logStart;
    this.waiter = result == null ? Thread.currentThread() : null;
    this.interceptors = interceptors;
    this.callStart = interceptors.isEmpty() ? 0 : System.nanoTime();
    this.replayable = request.body() == null || request.body().replayable();
    this.keyed = endpoint.keyed && request.header(IDEMPOTENCY_KEY) != null;
    // Only a request that may be applied twice (or that the server applies once, by its key), with a body that can
    // be sent twice, is ever sent again.
    this.maxAttempts = (endpoint.idempotent || keyed) && replayable ? policy.maxAttempts() : 1;
  }

  /** The exchange for the next attempt; fails at once when the call was aborted. */
  Transport.Exchange start(Transport transport) {
    if (aborted) {
      throw closed(null);
    }
    if (expired) {
      throw Failures.translate(request, deadlineExceeded());
    }
    attempt++;
    sent++;
    if (!interceptors.isEmpty()) {
      if (attributes == null) {
        attributes = new ConcurrentHashMap<>(); // an async call's hooks may run on different threads in turn
      }
      view = new AttemptView(endpoint, request, sent, crossedOrigin, attributes);
      interceptors.beforeAttempt(view);
      request = view.request(); // what they set holds for the attempts after this one too
      attemptStart = System.nanoTime();
    }
    Transport.Exchange next = transport.exchange(request);
    exchange = next;
    if (aborted) {
      next.cancel(); // abort() ran while the exchange was made and saw the previous one
    }
    return next;
  }

  /** The decision after an attempt that ended with {@code response}, or with {@code failure} when it is null. */
  Next next(TransportResponse response, Throwable failure) {
    if (expired) {
      closeQuietly(response);
      this.failure = deadlineExceeded();
      return Next.FAIL;
    }
    if (aborted) {
      // Closing ends the call even when a response arrived meanwhile: the caller is told one thing, that it closed.
      closeQuietly(response);
      this.failure = closed(failure);
      return Next.FAIL;
    }
    if (!interceptors.isEmpty() && resendAsked(response, failure)) {
      return Next.FOLLOW;
    }
    if (response != null) {
      lastStatus = response.status();
      TransportRequest redirected = followRedirects ? Redirects.follow(request, response) : null;
      if (redirected != null) {
        return follow(redirected);
      }
      if (attempt >= maxAttempts) {
        return Next.RETURN;
      }
      Optional<Duration> retryIn = retryDelay(response);
      if (retryIn.isEmpty() || !fitsDeadline(retryIn.get()) || !budget.tryRetry(System.nanoTime())) {
        return Next.RETURN; // a retry the budget refuses is not made: the caller gets this response
      }
      pause = retryIn.get();
      return Next.RETRY;
    }
    if (attempt < maxAttempts && Failures.isRetryable(failure)) {
      Duration backoff = policy.backoff(attempt);
      if (fitsDeadline(backoff) && budget.tryRetry(System.nanoTime())) {
        ambiguous |= !Failures.neverReachedTheServer(failure);
        pause = backoff;
        return Next.RETRY;
      }
    }
    this.failure = failure;
    return Next.FAIL;
  }

  /** The request the next attempt sends: the call's own, or where redirects led. */
  TransportRequest request() {
    return request;
  }

  /**
   * Runs the interceptors' after-attempt hooks; true when one asked for a resend and it is allowed: after a
   * response, once per call, with a body that can be sent again. The resend is not one of the retry policy's.
   */
  private boolean resendAsked(TransportResponse response, Throwable failure) {
    lastResponse = response;
    int status = response == null ? 0 : response.status();
    // Only after a response, which says the server did not act on the request as asked; after a failure it may
    // have, and sending again is the retry policy's decision alone.
    if (!interceptors.afterAttempt(view, new AttemptOutcome(response, status, failure, attemptStart))
        || response == null || resent || !replayable) {
      return false;
    }
    resent = true;
    attempt--;
    closeQuietly(response);
    return true;
  }

  /** Runs the interceptors' after-call hooks, with what the caller gets; {@code failure} null when it returned. */
  void ended(Throwable failure) {
    if (!interceptors.isEmpty() && view != null) {
      interceptors.afterCall(view, new AttemptOutcome(lastResponse, lastStatus, failure, callStart));
    }
  }

  /**
   * Whether an attempt that is being retried failed once it may have reached the server, so that a later answer
   * may be to a request already applied: a 412 to a conditional PUT, say.
   */
  boolean ambiguous() {
    return ambiguous;
  }

  /** True the first time only: the call ends once, however many paths reach its end. */
  synchronized boolean finish() {
    boolean first = !finished;
    finished = true;
    return first;
  }

  /** How many attempts were sent, the redirects' included. */
  int sent() {
    return sent;
  }

  /** The status of the last response, or 0 when none arrived. */
  int lastStatus() {
    return lastStatus;
  }

  /** Why the call failed, after {@link Next#FAIL}. */
  Throwable failure() {
    return failure;
  }

  /** The pause before the next attempt, after {@link Next#RETRY}. */
  Duration pause() {
    return pause;
  }

  /** Waits out the pause on the calling thread; {@link #abort} cuts it short. */
  void sleep() throws InterruptedIOException {
    long wakeAt = System.nanoTime() + pause.toNanos();
    for (long left = pause.toNanos(); left > 0 && !aborted && !expired; left = wakeAt - System.nanoTime()) {
      LockSupport.parkNanos(this, left);
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException(request + " was interrupted while waiting to retry");
      }
    }
  }

  /** Whether the call has a call timeout, which the Courier's {@link Deadlines} watch. */
  boolean hasDeadline() {
    return callTimeout != null;
  }

  /** When the call timeout runs out, as {@code System.nanoTime()}; only for a call that {@link #hasDeadline}. */
  long deadline() {
    return deadline;
  }

  /**
   * Ends the call if its call timeout has run out by {@code now}, as {@link #abort} does for a close; true if it
   * did, or had already.
   */
  @Override
  public boolean expireIfDue(long now) {
    if (callTimeout == null || now - deadline < 0) {
      return false;
    }
    expired = true;
    end(Failures.translate(request, deadlineExceeded()));
    return true;
  }

  @Override
  public long checkAt(long now) {
    return deadline;
  }

  /** Ends the call because its {@code Courier} closed: the exchange is cancelled and a waiting caller woken. */
  void abort() {
    aborted = true;
    end(closed(null));
  }

  /** Cancels the exchange, wakes a blocking caller (who then sees the flag set), and fails an async one. */
  private void end(RuntimeException asyncFailure) {
    Transport.Exchange current = exchange;
    if (current != null) {
      current.cancel();
    }
    if (waiter != null) {
      LockSupport.unpark(waiter);
    }
    if (result != null) {
      result.completeExceptionally(asyncFailure);
    }
  }

  CourierException closed(Throwable cause) {
    return new CourierException("The Courier was closed before " + request + " completed", cause);
  }

  private static void closeQuietly(TransportResponse response) {
    InputStream stream = response == null ? null : response.stream();
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException e) {
        // The call fails as closed either way; a stream that fails to close has nothing more to give.
      }
    }
  }

  /** Whether a pause leaves time for another attempt: no retry is started that the call timeout cannot hold. */
  private boolean fitsDeadline(Duration wait) {
    return callTimeout == null || deadline - (System.nanoTime() + wait.toNanos()) > 0;
  }

  private DeadlineExceeded deadlineExceeded() {
    return new DeadlineExceeded(request + " exceeded its call timeout of " + callTimeout);
  }

  /** Follows a redirect, as a new request with retries of its own, or fails past {@link Redirects#MAX_HOPS}. */
  private Next follow(TransportRequest redirected) {
    if (hops == null) {
      hops = new ArrayList<>(Redirects.MAX_HOPS + 1);
      hops.add(Redirects.describe(request));
    }
    hops.add(Redirects.describe(redirected));
    crossedOrigin |= !Redirects.sameOrigin(request.uri(), redirected.uri());
    if (hops.size() > Redirects.MAX_HOPS + 1) {
      // The call, the redirects followed, and the one refused: queries left out, as they may hold secrets.
      failure = new TransportException("Redirected more than " + Redirects.MAX_HOPS + " times: "
          + String.join(" -> ", hops), null);
      return Next.FAIL;
    }
    request = redirected;
    attempt = 0;
    return Next.FOLLOW;
  }

  /** The pause before sending again after {@code response}, or empty when the response is final. */
  private Optional<Duration> retryDelay(TransportResponse response) {
    // A 409 to a keyed request: the server is still processing the first request with this key, and comes back
    // once Retry-After says so. A 422 (the key reused with another payload) is never retried.
    boolean keyedConflict = keyed && response.status() == Statuses.CONFLICT;
    if (!keyedConflict && !Statuses.isRetryable(response.status())) {
      return Optional.empty();
    }
    Optional<Duration> asked = RetryAfter.parse(response.header("Retry-After"));
    if (asked.isEmpty()) {
      return keyedConflict ? Optional.empty() : Optional.of(policy.backoff(attempt));
    }
    // A server that asks for longer than the policy waits gets its answer passed on to the caller.
    return asked.get().compareTo(policy.maxRetryAfter()) <= 0 ? asked : Optional.empty();
  }
}
