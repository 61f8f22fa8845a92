package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Appends one query parameter for each entry of a {@code Map<String, ?>}; entries with {@code null} values are left out.
 *
 * <pre>{@code
 * @Get("/users") List<User> search(@QueryMap Map<String, String> filters);
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface QueryMap {
  /** Sends names and values as they are, already percent-encoded. */
  boolean encoded() default false;
}
