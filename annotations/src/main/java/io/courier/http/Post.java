package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the method send an HTTP {@code POST} request to a path relative to the base URI; it is not idempotent and is never retried unless marked {@link Idempotent}.
 *
 * <pre>{@code
 * @Post("/users") Response<User> create(@Body User user);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Post {
  /** The path template, relative to the base URI, such as {@code "/users/{id}"}; empty with {@link Url}. */
  String value() default "";
}
