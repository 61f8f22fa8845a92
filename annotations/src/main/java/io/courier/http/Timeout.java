package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

/**
 * The method's call timeout: how long a whole call may take, every attempt and pause included, in place of the
 * builder's {@code callTimeout}.
 *
 * <pre>{@code
 * @Put("/files/{name}") @Timeout(value = 5, unit = TimeUnit.MINUTES) void upload(@Path("name") String name, @Body Path file);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Timeout {
  /** How long, in {@link #unit()}; at least 1. */
  long value();

  /** The unit of {@link #value()}. */
  TimeUnit unit() default TimeUnit.SECONDS;
}
