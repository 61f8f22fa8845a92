package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code POST}, {@code PATCH} or {@link Http} method as idempotent, so that Courier may retry it.
 *
 * <pre>{@code
 * @Post("/payments") @Idempotent Payment pay(@IdempotencyKey UUID key, @Body Payment payment);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Idempotent {}
