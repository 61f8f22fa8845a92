package io.courier.internal;

import io.courier.BodyCodec;
import io.courier.Interceptor;
import io.courier.RetryPolicy;
import io.courier.Transport;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;

/**
 * What a {@code Courier.Builder} decided, handed to the {@link Engine} in one piece.
 *
 * @param baseUri the base every relative path is appended to
 * @param transport sends each attempt; closed with the {@code Courier}
 * @param codec writes and reads bodies of codec types
 * @param defaultHeaders name and value pairs sent on every request unless a method gives the same name
 * @param requestTimeout how long each attempt waits for the response's headers; {@code null} for none
 * @param readTimeout the longest silence allowed while a response's body is read; {@code null} for none
 * @param callTimeout how long a whole call of a method without {@code @Timeout} may take; {@code null} for none
 * @param retryPolicy when idempotent requests are sent again
 * @param callbackExecutor completes async calls, so that callers' stages never run on the transport's threads
 * @param ownCallbackPool the pool Courier made for {@code callbackExecutor}, shut down on close; null when the
 *     caller gave the executor
 * @param errorBodyLimit how many bytes of a non-2xx body are kept
 * @param followRedirects whether Courier follows redirects itself; the transports never do
 * @param redaction the header and query values that logs show masked
 * @param interceptors hooks around each call and attempt, in the order they run before an attempt
 * @param reconnectEvents whether a dropped server-sent event stream is reopened with {@code Last-Event-ID}
 */
public record Settings(
    URI baseUri,
    Transport transport,
    BodyCodec codec,
    List<String> defaultHeaders,
    Duration requestTimeout,
    Duration readTimeout,
    Duration callTimeout,
    RetryPolicy retryPolicy,
    Executor callbackExecutor,
    ExecutorService ownCallbackPool,
    int errorBodyLimit,
    boolean followRedirects,
    Redaction redaction,
    List<Interceptor> interceptors,
    boolean reconnectEvents) {}
