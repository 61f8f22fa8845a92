package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends a request with any HTTP method, such as WebDAV's {@code PROPFIND} or a {@code DELETE} with a body.
 *
 * <pre>{@code
 * @Http(method = "PROPFIND", path = "/files/{name}", hasBody = true) String properties(@Path("name") String name, @Body String query);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Http {
  /** The HTTP method, in upper case, such as {@code "PROPFIND"}. */
  String method();

  /** The path template, relative to the base URI; empty with {@link Url}. */
  String path() default "";

  /** Whether the request carries a body. */
  boolean hasBody() default false;
}
