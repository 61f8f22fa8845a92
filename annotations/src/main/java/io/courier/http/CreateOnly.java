package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@code PUT} create and never overwrite: it sends {@code If-None-Match: *}, so the server answers 412
 * ({@code PreconditionFailedException}) when the resource exists already. PUT methods only.
 *
 * <pre>{@code
 * @Put("/docs/{id}") @CreateOnly Response<Void> create(String id, @Body Doc doc);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface CreateOnly {}
