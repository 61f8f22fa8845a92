package io.courier.internal;

import io.courier.CourierException;
import io.courier.RetryPolicy;
import io.courier.Transport;
import io.courier.transport.Deadlines;
import io.courier.transport.TransportRequest;
import io.courier.transport.TransportResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The one place where calls are executed: each attempt goes through the transport and {@link Attempts#next}
 * decides what follows, for blocking and async calls alike. It also knows the calls in flight, so that closing
 * the {@code Courier} can end them.
 */
final class CallExecutor {
  private final Transport transport;
  private final RetryPolicy retryPolicy;
  private final boolean reconnectEvents;
  private final Executor callbackExecutor;
  private final boolean followRedirects;
  private final RetryBudget budget = new RetryBudget();
  private final CallLog log;
  private final Interceptors interceptors;
  private final CallsInFlight inFlight = new CallsInFlight();
  // The calls that have a call timeout, ended at it wherever they are; calls without one never come here.
  private final Deadlines deadlines = new Deadlines("courier-deadlines", 10);
  private volatile boolean closed;

  CallExecutor(Settings settings) {
    this.transport = settings.transport();
    this.retryPolicy = settings.retryPolicy();
    this.reconnectEvents = settings.reconnectEvents();
    this.callbackExecutor = settings.callbackExecutor();
    this.followRedirects = settings.followRedirects();
    this.log = new CallLog(settings.redaction());
    this.interceptors = new Interceptors(settings.interceptors());
  }

  /** Runs the call on the calling thread; a transport failure is thrown as the transport's {@code IOException}. */
  <R> R execute(Endpoint<R> endpoint, TransportRequest request) throws IOException {
    return run(endpoint, request, endpoint.converter);
  }

  /** Runs the call on the calling thread, its 2xx response converted by {@code converter}. */
  private <R, V> V run(Endpoint<R> endpoint, TransportRequest request, ResponseConverter<V> converter)
      throws IOException {
    Attempts<R> call = begin(endpoint, request, null);
    Throwable thrown = null;
    try {
      while (true) {
        Transport.Exchange exchange = call.start(transport);
        TransportResponse response = null;
        IOException failure = null;
        try {
          response = exchange.send();
        } catch (IOException e) {
          failure = e;
        }
        if (log.traces()) {
          traceAttempt(call, response, failure);
        }
        switch (call.next(response, failure)) {
          case RETURN -> {
            if (!converter.takes(response.status())) {
              throw endpoint.failures.thrown(response, call.request(), call.ambiguous());
            }
            return converter.convert(response, call.request(), reopen(converter, endpoint, call.request()));
          }
          case RETRY -> call.sleep();
          case FOLLOW -> { } // the loop sends the redirected request next
          case FAIL -> throw rethrowable(call.failure());
        }
      }
    } catch (IOException | RuntimeException | Error e) {
      // The hooks and the log see what the caller will: a checked typed error as itself, not its carrier.
      thrown = e instanceof CheckedStatusFailure carrier ? carrier.getCause() : e;
      throw e;
    } finally {
      finish(call, thrown);
    }
  }

  /** Runs the call without blocking; the future fails with the exceptions {@code Call.execute} throws. */
  <R> CompletableFuture<R> executeAsync(Endpoint<R> endpoint, TransportRequest request) {
    CompletableFuture<R> result = new CompletableFuture<>();
    Attempts<R> call;
    try {
      call = begin(endpoint, request, result);
    } catch (CourierException closedAlready) {
      return CompletableFuture.failedFuture(closedAlready);
    }
    // Completions from elsewhere (a close, a call timeout) end the call here; the loop's own end it first.
    result.whenComplete((value, failure) -> finish(call, failure));
    attemptAsync(call);
    return result;
  }

  /** Ends every call in flight and refuses new ones. */
  void close() {
    closed = true;
    deadlines.close();
    for (Attempts<?> call : inFlight.copy()) {
      call.abort();
    }
  }

  /** A new call, known to {@link #close()}, counted by the budget and watched when it has a call timeout. */
  private <R> Attempts<R> begin(Endpoint<R> endpoint, TransportRequest request, CompletableFuture<R> result) {
    if (closed) {
      throw closed(request);
    }
    Attempts<R> call = new Attempts<>(
        endpoint, request, retryPolicy, budget, followRedirects, endpoint.callTimeout, result, log.start(),
        interceptors);
    inFlight.add(call);
    if (closed) {
      // close() may have run between the check and the add, and not seen this call.
      inFlight.remove(call);
      throw closed(request);
    }
    budget.recordCall(System.nanoTime());
    if (call.hasDeadline()) {
      deadlines.watch(call, call.deadline());
    }
    return call;
  }

  /** Ends the call once: the after-call hooks and the log line, before its caller sees the result. */
  private void finish(Attempts<?> call, Throwable failure) {
    if (!call.finish()) {
      return;
    }
    inFlight.remove(call);
    deadlines.done(call);
    call.ended(failure);
    log.ended(call.logStart, call.request(), call.lastStatus(), call.sent(), failure);
  }

  /** Logs an attempt's request and what came back, at TRACE: after the attempt, when its headers are final. */
  private void traceAttempt(Attempts<?> call, TransportResponse response, Throwable failure) {
    log.sending(call.request(), call.sent());
    log.received(call.request(), response, failure);
  }

  private static CourierException closed(TransportRequest request) {
    return new CourierException("This Courier is closed: " + request + " was not sent");
  }

  private <R> void attemptAsync(Attempts<R> call) {
    CompletableFuture<TransportResponse> sent;
    try {
      sent = call.start(transport).sendAsync();
    } catch (RuntimeException e) {
      call.result.completeExceptionally(e);
      return;
    }
    // Completing on the callback executor keeps the caller's stages off the transport's threads. handleAsync, not
    // whenCompleteAsync: the stage after it must fail only if this one could not run, never with the attempt's own
    // failure, which the decision below may answer with a retry.
    sent.handleAsync((response, failure) -> {
      try {
        if (log.traces()) {
          traceAttempt(call, response, failure == null ? null : Failures.unwrap(failure));
        }
        switch (call.next(response, failure == null ? null : Failures.unwrap(failure))) {
          case RETURN -> complete(call, response);
          case RETRY -> CompletableFuture.delayedExecutor(call.pause().toNanos(), TimeUnit.NANOSECONDS,
              task -> onCallbackExecutor(call, task)).execute(() -> attemptAsync(call));
          case FOLLOW -> attemptAsync(call);
          case FAIL -> fail(call, Failures.translate(call.request(), call.failure()));
        }
      } catch (Throwable t) {
        // An Error (from a decoder, say) completes the future as the blocking call throws it: translate rethrows
        // Errors, which would escape this stage and leave the caller's future pending forever.
        fail(call, t instanceof Error ? t : Failures.translate(call.request(), t));
      }
      return null;
    }, callbackExecutor).whenComplete((ignored, rejected) -> {
      if (rejected != null) {
        // The callback executor refused the stage (shut down, saturated): fail the call rather than hang it.
        call.result.completeExceptionally(Failures.unwrap(rejected));
      }
    });
  }

  /** Completes an async call with what the method returns, or with what it throws for the status, as itself. */
  private <R> void complete(Attempts<R> call, TransportResponse response) throws IOException {
    Endpoint<R> endpoint = call.endpoint;
    if (endpoint.converter.takes(response.status())) {
      R value = endpoint.converter.convert(response, call.request(),
          reopen(endpoint.converter, endpoint, call.request()));
      finish(call, null);
      call.result.complete(value);
    } else {
      fail(call, endpoint.failures.of(response, call.request(), call.ambiguous()));
    }
  }

  /**
   * How an event stream that drops is opened again: the same request with {@code Last-Event-ID}, made like a new
   * call; null where {@code converter} makes no event stream (the reopening call's own does not) or reconnecting
   * is off.
   */
  private ResponseConverter.Reopen reopen(
      ResponseConverter<?> converter, Endpoint<?> endpoint, TransportRequest request) {
    if (!converter.endless() || !reconnectEvents) {
      return null;
    }
    return new ResponseConverter.Reopen(lastEventId -> run(endpoint, withLastEventId(request, lastEventId),
        Returns.stream()), retryPolicy);
  }

  private static TransportRequest withLastEventId(TransportRequest request, String lastEventId) {
    List<String> headers = new ArrayList<>();
    for (int i = 0; i < request.headerCount(); i++) {
      if (!request.headerName(i).equalsIgnoreCase("Last-Event-ID")) {
        headers.add(request.headerName(i));
        headers.add(request.headerValue(i));
      }
    }
    if (!lastEventId.isEmpty()) {
      headers.add("Last-Event-ID");
      headers.add(lastEventId);
    }
    return new TransportRequest(request.method(), request.uriText(), headers.toArray(new String[0]),
        null, request.body(), request.timeout(), request.readTimeout(), request.bodyMode(),
        request.errorBodyLimit());
  }

  private void fail(Attempts<?> call, Throwable failure) {
    finish(call, failure);
    call.result.completeExceptionally(failure);
  }

  /** Runs a delayed retry on the callback executor; a refusal (closed, saturated) fails the call, never hangs it. */
  private void onCallbackExecutor(Attempts<?> call, Runnable task) {
    try {
      callbackExecutor.execute(task);
    } catch (RejectedExecutionException e) {
      call.result.completeExceptionally(e);
    }
  }

  /** The failure as the blocking call throws it: I/O failures as they are, for methods that declare them. */
  private static IOException rethrowable(Throwable failure) {
    if (failure instanceof IOException io) {
      return io;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    throw new CourierException("Unexpected failure: " + failure, failure);
  }
}
