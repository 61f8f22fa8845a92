package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the method send an HTTP {@code GET} request to a path relative to the base URI.
 *
 * <pre>{@code
 * @Get("/users/{id}") Optional<User> find(@Path("id") long id);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Get {
  /** The path template, relative to the base URI, such as {@code "/users/{id}"}; empty with {@link Url}. */
  String value() default "";
}
