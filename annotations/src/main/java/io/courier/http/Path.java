package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fills the placeholder {@code {name}} of the path template with the parameter's value, percent-encoded as one segment; {@code null}, {@code "."} and {@code ".."} are rejected.
 *
 * <pre>{@code
 * @Put("/users/{id}") void save(@Path("id") long id, @Body User user);
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface Path {
  /** The placeholder's name. */
  String value();

  /** Keeps {@code /} and existing {@code %XX} escapes in the value, so that one value fills several segments. */
  boolean encoded() default false;
}
