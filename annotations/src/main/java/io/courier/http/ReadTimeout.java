package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

/**
 * The method's read timeout: the longest silence allowed while its response's body is read, in place of the
 * builder's {@code readTimeout}. A streamed response ({@code Stream} or {@code Flow.Publisher}) obeys no other, since
 * a healthy event stream may be silent for minutes.
 *
 * <pre>{@code
 * @Get("/events") @ReadTimeout(value = 2, unit = TimeUnit.MINUTES) Stream<ServerSentEvent> events();
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface ReadTimeout {
  /** How long, in {@link #unit()}; at least 1. */
  long value();

  /** The unit of {@link #value()}. */
  TimeUnit unit() default TimeUnit.SECONDS;
}
