package io.courier.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;

/**
 * One interface method, validated: everything the writer needs and nothing it must look up again.
 *
 * @param method the method as declared
 * @param type the method as a member of the implemented interface, with inherited type arguments resolved
 * @param httpMethod such as {@code PUT}
 * @param path the parsed template
 * @param hasBody whether the request carries a body: by its verb, or {@code @Http(hasBody = true)}
 * @param idempotent whether the request may be sent again: by its verb (RFC 9110), or {@code @Idempotent}
 * @param keyed whether the request sends an {@code Idempotency-Key}, which lets it be sent again like an idempotent one
 * @param freshKey whether that key is a fresh random UUID per call ({@code @IdempotencyKey} on the method)
 * @param fields how {@code @Field} and un-annotated parameters become the body
 * @param headers static headers, interface's and method's merged, as name and value pairs
 * @param timeout the {@code @Timeout}, if any
 * @param parameters one per parameter, in order
 * @param returns what the method returns
 * @param throwsIoException whether transport failures are thrown as {@code IOException}
 * @param typedError what the method throws for an error status instead of {@code HttpStatusException}, if anything
 */
record EndpointModel(
    ExecutableElement method,
    ExecutableType type,
    String httpMethod,
    PathTemplate path,
    boolean hasBody,
    boolean idempotent,
    boolean keyed,
    boolean freshKey,
    FieldEncoding fields,
    List<String> headers,
    Optional<TimeoutModel> timeout,
    List<ParameterModel> parameters,
    ReturnModel returns,
    boolean throwsIoException,
    Optional<DeclaredType> typedError) {

  /** How body fields are written. */
  enum FieldEncoding {
    NONE,
    JSON_OBJECT,
    FORM
  }

  /**
   * A {@code @Timeout}.
   *
   * @param value how many units
   * @param factory the {@code java.time.Duration} factory for the unit, such as {@code ofSeconds}
   */
  record TimeoutModel(long value, String factory) {}
}
