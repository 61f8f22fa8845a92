package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the method send an HTTP {@code HEAD} request to a path relative to the base URI; it returns {@code void}, {@code boolean} (2xx true, 404 false) or {@code Response<Void>}.
 *
 * <pre>{@code
 * @Head("/users/{id}") boolean exists(@Path("id") long id);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Head {
  /** The path template, relative to the base URI, such as {@code "/users/{id}"}; empty with {@link Url}. */
  String value() default "";
}
