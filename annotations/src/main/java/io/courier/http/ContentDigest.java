package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends an RFC 9530 {@code Content-Digest: sha-256=:...:} header with the request body, the same on every attempt,
 * so that the server can tell a body that arrived whole from one that did not. The digest is sent before the body,
 * so the body is read twice: only methods with a replayable body (a codec type, {@code String}, {@code byte[]},
 * form or JSON fields, a {@code Path} to a regular file) may carry it.
 *
 * <pre>{@code
 * @Put("/files/{name}") @ContentDigest Response<Void> upload(String name, @Body java.nio.file.Path file);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface ContentDigest {}
