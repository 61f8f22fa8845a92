package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends the parameter as a request header; {@code null} is left out, iterables repeat it, and it replaces a {@link Headers} entry of the same name.
 *
 * <pre>{@code
 * @Put("/users/{id}") void save(@Path("id") long id, @Header("If-Match") String etag, @Body User user);
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface Header {
  /** The header's name. */
  String value();
}
