package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Writes the body's fields as {@code application/x-www-form-urlencoded}, like Python's {@code requests.put(url, data={"key1": "value1"})}.
 *
 * <pre>{@code
 * @Put("/settings") @FormUrlEncoded void save(@Field("key1") String key1, @Field("key2") String key2);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface FormUrlEncoded {}
