package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends one request header for each entry of a {@code Map<String, ?>}.
 *
 * <pre>{@code
 * @Get("/users") List<User> list(@HeaderMap Map<String, String> headers);
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface HeaderMap {}
