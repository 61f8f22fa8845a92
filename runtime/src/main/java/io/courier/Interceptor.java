package io.courier;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Hooks around every call and every attempt of it, for authentication, tracing and metrics; added with
 * {@link Courier.Builder#interceptor(Interceptor)}.
 *
 * <p>{@link #beforeAttempt} runs before each attempt, retries and redirects included, in the order the interceptors
 * were added; {@link #afterAttempt} and {@link #afterCall} run in the reverse order, so that the first interceptor
 * sees the request first and the outcome last, as in a chain. Blocking and async calls run the same hooks, on the
 * calling thread or on Courier's callback executor, and never block a thread to do so: a hook that needs I/O (a token
 * refresh, say) does it on the thread it is called on.
 *
 * <pre>{@code
 * Courier.builder()
 *     .interceptor(new Interceptor() {
 *       public void beforeAttempt(Attempt attempt) {
 *         attempt.setHeader("Authorization", "Bearer " + tokens.current());
 *       }
 *
 *       public boolean afterAttempt(Attempt attempt, Outcome outcome) {
 *         return outcome.status() == 401 && tokens.refresh(); // send once more, with the new token
 *       }
 *     })
 * }</pre>
 */
public interface Interceptor {
  /**
   * Before an attempt is sent: may set or remove its headers, for this attempt and the ones after it. A
   * credential header ({@code Authorization}, {@code Proxy-Authorization}, {@code Cookie}) set for an attempt that a
   * redirect led to another origin is not sent, as Courier's redirect rules require.
   */
  default void beforeAttempt(Attempt attempt) {}

  /**
   * After an attempt, with its status or its failure. Returning true asks Courier to send the request once more at
   * once, for example after a 401 and a refreshed token; Courier does so at most once per call, only after a
   * response (after a failure the server may have acted on the request, and whether to send it again is the retry
   * policy's decision), and only when the body can be sent again, so that no hook can make a loop. The resend is
   * not counted against the retry policy.
   */
  default boolean afterAttempt(Attempt attempt, Outcome outcome) {
    return false;
  }

  /**
   * When the call ends, with what its caller gets: the last status, or the failure; {@code last} is the last
   * attempt, whose {@link Attempt#number()} is how many were sent. An exception thrown here is logged and ignored:
   * the call's result is decided already.
   */
  default void afterCall(Attempt last, Outcome outcome) {}

  /** One attempt of a call, as the interceptors see it. */
  interface Attempt {
    /** The method, such as {@code PUT}. */
    String method();

    /**
     * The path template of the interface method, such as {@code /users/{id}}: the same for every call of the
     * method, so that it keeps a metric's tags few.
     */
    String uriTemplate();

    /** Where this attempt goes: the call's URI, or where redirects led. */
    URI uri();

    /** 1 for the first attempt of the call, counting every attempt sent: retries, redirects and resends. */
    int number();

    /** The first value of the named header, case-insensitively, or empty. */
    Optional<String> header(String name);

    /** Sets the header, replacing any value it has; {@code null} removes it. Only in {@link #beforeAttempt}. */
    void setHeader(String name, String value);

    /**
     * What an interceptor keeps for the whole call under {@code key}, such as the span it started on the first
     * attempt; null when nothing is kept. Every attempt of the call shares them, and no other call sees them.
     */
    Object attribute(Object key);

    /** Keeps {@code value} for the rest of the call under {@code key}, a key the interceptor owns; null removes it. */
    void setAttribute(Object key, Object value);
  }

  /** How an attempt or a call ended. */
  interface Outcome {
    /** The response's status, or 0 when none arrived. */
    int status();

    /** The first value of the named response header, case-insensitively, or empty. */
    Optional<String> header(String name);

    /** Why no response arrived, or, after a call, why it failed; empty when it returned. */
    Optional<Throwable> failure();

    /** How long the attempt took until its response or failure, or the whole call until it ended. */
    Duration elapsed();
  }
}
