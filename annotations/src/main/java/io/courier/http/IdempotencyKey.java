package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends an {@code Idempotency-Key} header, the same on every attempt of a call, and so lets Courier retry the call
 * like an idempotent one: on a {@code String} or {@code UUID} parameter it sends that value (none when it is null),
 * on a method a fresh random UUID per call.
 *
 * <pre>{@code
 * @Post("/payments") Payment pay(@IdempotencyKey UUID key, @Body Payment payment);
 * @Post("/payments") @IdempotencyKey Payment pay(@Body Payment payment);
 * }</pre>
 */
@Documented
@Target({ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.CLASS)
public @interface IdempotencyKey {}
