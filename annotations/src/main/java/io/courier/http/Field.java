package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a field of the body: a form field under {@link FormUrlEncoded}, else a key of the JSON object; {@code null} is left out.
 *
 * <pre>{@code
 * @Put("/settings/{section}") @FormUrlEncoded void save(@Path("section") String section, @Field("key1") String key1);
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface Field {
  /** The field's name. */
  String value();
}
