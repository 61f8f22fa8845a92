package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds one body field for each entry of a {@code Map<String, ?>}; entries with {@code null} values are left out.
 *
 * <pre>{@code
 * @Put("/settings/{section}") @FormUrlEncoded void save(@Path("section") String section, @FieldMap Map<String, String> values);
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface FieldMap {}
