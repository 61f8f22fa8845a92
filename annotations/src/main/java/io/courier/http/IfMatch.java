package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends {@code If-Match} with this {@code String} parameter's entity tag, so that the request applies only to the
 * version that has it, and fails with {@code PreconditionFailedException} (412) otherwise. A bare tag ({@code v7})
 * is quoted; a quoted ({@code "v7"}) or weak ({@code W/"v7"}) one, or {@code *}, is sent as it is; {@code null} sends
 * none.
 *
 * <pre>{@code
 * @Put("/docs/{id}") Versioned<Doc> replace(String id, @IfMatch String etag, @Body Doc doc);
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface IfMatch {}
