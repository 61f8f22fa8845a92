package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends fixed headers, each written {@code "Name: value"}; on the interface they apply to every method, and a method's entry replaces the interface's of the same name.
 *
 * <pre>{@code
 * @Headers({"Accept: application/json", "User-Agent: courier-sample"}) interface UsersApi { ... }
 * }</pre>
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
public @interface Headers {
  /** The headers, each {@code "Name: value"}. */
  String[] value();
}
