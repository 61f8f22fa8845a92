package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One part of a {@link Multipart} body, named {@code value}: a {@code String}, a {@code byte[]}, a
 * {@code java.nio.file.Path} (streamed, with its file name), an {@code io.courier.Part}, or a codec type (JSON);
 * {@code null} is left out.
 *
 * <pre>{@code
 * @Post("/photos") @Multipart void upload(@Part("title") String title, @Part("photo") java.nio.file.Path photo);
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface Part {
  /** The part's name, sent as {@code Content-Disposition: form-data; name="..."}. */
  String value();
}
