package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends the {@code String} or {@code UUID} parameter as the {@code Idempotency-Key} header, the same on every attempt.
 *
 * <pre>{@code
 * @Post("/payments") @Idempotent Payment pay(@IdempotencyKey UUID key, @Body Payment payment);
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface IdempotencyKey {}
