package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Appends a query parameter; {@code null} is left out, and iterables, arrays and {@code Optional} repeat or omit it.
 *
 * <pre>{@code
 * @Get("/users") List<User> search(@Query("name") String name, @Query("tag") List<String> tags);
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface Query {
  /** The query parameter's name. */
  String value();

  /** Sends the value as it is, already percent-encoded. */
  boolean encoded() default false;
}
