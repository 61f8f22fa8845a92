package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the method send an HTTP {@code DELETE} request to a path relative to the base URI without a body (use {@link Http} for a DELETE with one).
 *
 * <pre>{@code
 * @Delete("/users/{id}") void remove(@Path("id") long id);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Delete {
  /** The path template, relative to the base URI, such as {@code "/users/{id}"}; empty with {@link Url}. */
  String value() default "";
}
