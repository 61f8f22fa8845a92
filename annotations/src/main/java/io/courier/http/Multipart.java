package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends the body as {@code multipart/form-data} (RFC 7578), one part per {@link Part} parameter and
 * {@link PartMap} entry; a method with a body only.
 *
 * <pre>{@code
 * @Post("/photos") @Multipart void upload(@Part("title") String title, @Part("photo") java.nio.file.Path photo);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Multipart {}
