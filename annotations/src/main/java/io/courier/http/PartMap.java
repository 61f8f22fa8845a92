package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds one part of a {@link Multipart} body for each entry of a {@code Map<String, ?>}, named by its key and
 * written like a {@link Part} of the value's class; entries with {@code null} values are left out.
 *
 * <pre>{@code
 * @Post("/forms") @Multipart void submit(@PartMap Map<String, ?> parts);
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface PartMap {}
