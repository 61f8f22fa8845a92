package io.courier.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the parameter the request body: an object written by the codec (JSON by default), a {@code String}, {@code byte[]}, a streamed {@code java.nio.file.Path} or {@code InputStream}, or a {@code HttpRequest.BodyPublisher}.
 *
 * <pre>{@code
 * @Put("/files/{name}") Response<Void> upload(@Path("name") String name, @Body java.nio.file.Path file);
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface Body {}
