package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the method send an HTTP {@code PUT} request to a path relative to the base URI; it is idempotent, so Courier may retry it.
 *
 * <pre>{@code
 * @Put("/users/{id}") Response<User> replace(@Path("id") long id, @Body User user);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Put {
  /** The path template, relative to the base URI, such as {@code "/users/{id}"}; empty with {@link Url}. */
  String value() default "";
}
