package io.courier.processor;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/**
 * One interface method, validated: everything the writer needs and nothing it must look up again.
 *
 * @param method the method as declared, where findings about it are shown
 * @param signature its override in the generated class, without a body: inherited type arguments resolved
 * @param httpMethod such as {@code PUT}
 * @param template the path template as written, such as {@code /users/{id}}
 * @param path the template taken apart, each placeholder bound to its parameter; empty for an {@code @Url} method
 * @param url the {@code @Url} parameter that replaces the path, if any
 * @param hasBody whether the request carries a body: by its verb, or {@code @Http(hasBody = true)}
 * @param idempotent whether the request may be sent again: by its verb (RFC 9110), or {@code @Idempotent}
 * @param keyed whether the request sends an {@code Idempotency-Key}, which lets it be sent again like an idempotent one
 * @param freshKey whether that key is a fresh random UUID per call ({@code @IdempotencyKey} on the method)
 * @param contentDigest whether the request carries a {@code Content-Digest} of its body ({@code @ContentDigest})
 * @param fields how {@code @Field} and un-annotated parameters become the body
 * @param headers the method's own {@code @Headers}, as name and value pairs; they replace the interface's
 * @param timeout the {@code @Timeout}, if any
 * @param readTimeout the {@code @ReadTimeout}, if any
 * @param parameters one per parameter, in order
 * @param body the {@code @Body} parameter, if any
 * @param returns what the method returns
 * @param throwsIoException whether transport failures are thrown as {@code IOException}
 * @param typedError what the method throws for an error status instead of {@code HttpStatusException}, if anything
 */
record EndpointModel(
    ExecutableElement method,
    MethodSpec signature,
    String httpMethod,
    String template,
    List<PathPart> path,
    Optional<String> url,
    boolean hasBody,
    boolean idempotent,
    boolean keyed,
    boolean freshKey,
    boolean contentDigest,
    FieldEncoding fields,
    List<String> headers,
    Optional<TimeoutModel> timeout,
    Optional<TimeoutModel> readTimeout,
    List<ParameterModel> parameters,
    Optional<BodyModel> body,
    ReturnModel returns,
    boolean throwsIoException,
    Optional<TypeName> typedError) {

  /** How body fields are written. */
  enum FieldEncoding {
    NONE,
    JSON_OBJECT,
    FORM,
    MULTIPART
  }

  /**
   * A {@code @Timeout} or {@code @ReadTimeout}.
   *
   * @param value how many units
   * @param factory the {@code java.time.Duration} factory for the unit, such as {@code ofSeconds}
   */
  record TimeoutModel(long value, String factory) {}

  /**
   * The {@code @Body} parameter and how it is written.
   *
   * @param parameter its name
   * @param type how it is written
   * @param codec its type, which a {@link ParameterModel.BodyType#CODEC} body's writer is made for
   */
  record BodyModel(String parameter, ParameterModel.BodyType type, CodecType codec) {}
}
