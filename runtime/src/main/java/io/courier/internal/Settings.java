package io.courier.internal;

import io.courier.BodyCodec;
import io.courier.RetryPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * What a {@code Courier.Builder} decided, handed to the {@link Engine} in one piece.
 *
 * @param baseUri the base every relative path is appended to
 * @param client the transport
 * @param http11ForPlainHttp whether to send {@code http://} requests as HTTP/1.1, avoiding the h2c upgrade headers
 *     that some servers reject; true when Courier built the client itself
 * @param codec writes and reads bodies of codec types
 * @param defaultHeaders name and value pairs sent on every request unless a method gives the same name
 * @param requestTimeout the timeout of a method without {@code @Timeout}; {@code null} for none
 * @param retryPolicy when idempotent requests are sent again
 * @param callbackExecutor completes async calls, so that callers' stages never run on the client's selector thread
 * @param errorBodyLimit how many bytes of a non-2xx body are kept
 */
public record Settings(
    URI baseUri,
    HttpClient client,
    boolean http11ForPlainHttp,
    BodyCodec codec,
    List<String> defaultHeaders,
    Duration requestTimeout,
    RetryPolicy retryPolicy,
    Executor callbackExecutor,
    int errorBodyLimit) {}
