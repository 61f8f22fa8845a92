package io.courier.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.courier.processor.ReturnModel.DecoderKind;
import io.courier.processor.ReturnModel.Shape;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Reads a method's return type into a {@link ReturnModel}, reporting what Courier cannot return. */
final class ReturnTypeReader {
  private static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
  private static final String RESPONSE = TypeNames.RESPONSE.canonicalName();
  private static final String OPTIONAL = "java.util.Optional";
  private static final String INPUT_STREAM = "java.io.InputStream";
  private static final String STRING = "java.lang.String";
  private static final String VOID = "java.lang.Void";
  private static final String BOOLEAN = "java.lang.Boolean";
  private static final String HTTP_RESPONSE = "java.net.http.HttpResponse";
  private static final String VERSIONED = "io.courier.Versioned";
  private static final String STREAM = "java.util.stream.Stream";
  private static final String PUBLISHER = "java.util.concurrent.Flow.Publisher";
  private static final String SERVER_SENT_EVENT = "io.courier.ServerSentEvent";

  private final TypeChecks checks;
  private final NonValueTypes nonValues;
  private final Findings findings;

  private ReturnTypeReader(TypeChecks checks, Findings findings) {
    this.checks = checks;
    this.nonValues = new NonValueTypes(checks);
    this.findings = findings;
  }

  /** The model of {@code type}, the method's return type, or empty when a finding says why it cannot be returned. */
  static Optional<ReturnModel> read(
      TypeChecks checks, ExecutableElement method, TypeMirror type, boolean head, Findings findings) {
    ReturnTypeReader reader = new ReturnTypeReader(checks, findings);
    return reader.shape(method, type, head)
        .filter(read -> reader.decodable(method, type, read))
        .map(read -> new ReturnModel(read.shape, read.async, valueType(type, read),
            read.body == null ? CodecType.of(ClassName.get(Void.class)) : CodecType.of(read.body), read.decoder,
            read.publisher));
  }

  /** A return type taken apart, before it is checked to be decodable. */
  private record Read(Shape shape, boolean async, TypeMirror body, DecoderKind decoder, boolean publisher) {
    Read(Shape shape, boolean async, TypeMirror body, DecoderKind decoder) {
      this(shape, async, body, decoder, false);
    }
  }

  /** What a call produces: {@code type} unwrapped from its future and boxed; a publisher's items as a stream. */
  private static TypeName valueType(TypeMirror type, Read read) {
    if (read.publisher) {
      return ParameterizedTypeName.get(ClassName.get(java.util.stream.Stream.class),
          TypeName.get(TypeChecks.arguments(type).get(0)));
    }
    return valueType(type, read.async);
  }

  /** What a call produces: {@code type} unwrapped from its future and boxed, {@code Void} for void. */
  private static TypeName valueType(TypeMirror type, boolean async) {
    TypeMirror value = async ? TypeChecks.arguments(type).get(0) : type;
    if (value.getKind() == TypeKind.VOID) {
      return ClassName.get(Void.class);
    }
    return TypeName.get(value).box();
  }

  /**
   * Whether the codec could ever produce the decoded body; else reports the part it could not on the method, since
   * such a method would compile and fail at its first call, or never return on an endless stream.
   */
  private boolean decodable(ExecutableElement method, TypeMirror type, Read read) {
    if (read.decoder != DecoderKind.CODEC) {
      return true;
    }
    Optional<NonValueTypes.Finding> finding = nonValues.find(read.body, true);
    finding.ifPresent(found ->
        findings.error(method, NonValueTypes.message(found, "read", "the return type " + type)));
    return finding.isEmpty();
  }

  private Optional<Read> shape(ExecutableElement method, TypeMirror type, boolean head) {
    if (type.getKind() == TypeKind.VOID) {
      return Optional.of(new Read(Shape.DISCARD, false, null, DecoderKind.NONE));
    }
    if (head && type.getKind() == TypeKind.BOOLEAN) {
      return Optional.of(new Read(Shape.EXISTS, false, null, DecoderKind.NONE));
    }
    if (type.getKind().isPrimitive()) {
      return unsupported(method, type, head, "a primitive cannot be null for an empty body; return its box instead");
    }
    if (checks.is(type, COMPLETABLE_FUTURE)) {
      List<? extends TypeMirror> arguments = TypeChecks.arguments(type);
      if (arguments.isEmpty()) {
        return raw(method, "CompletableFuture");
      }
      return readValue(method, arguments.get(0), head, true);
    }
    return readValue(method, type, head, false);
  }

  private Optional<Read> readValue(ExecutableElement method, TypeMirror type, boolean head, boolean async) {
    if (type.getKind() == TypeKind.WILDCARD || TypeChecks.hasTypeVariable(type)) {
      return unsupported(method, type, head, "the type must be known at compile time");
    }
    if (checks.is(type, VOID)) {
      return Optional.of(new Read(Shape.DISCARD, async, null, DecoderKind.NONE));
    }
    if (head) {
      if (checks.is(type, BOOLEAN)) {
        return Optional.of(new Read(Shape.EXISTS, async, null, DecoderKind.NONE));
      }
      if (checks.is(type, RESPONSE) && TypeChecks.arguments(type).size() == 1
          && checks.is(TypeChecks.arguments(type).get(0), VOID)) {
        return Optional.of(new Read(Shape.RESPONSE, async, TypeChecks.arguments(type).get(0),
            DecoderKind.NONE));
      }
      findings.error(method, String.format(Messages.HEAD_RETURN_TYPE, type));
      return Optional.empty();
    }
    if (checks.is(type, INPUT_STREAM)) {
      return Optional.of(new Read(Shape.STREAM, async, null, DecoderKind.NONE));
    }
    if (checks.is(type, STREAM) || checks.is(type, PUBLISHER)) {
      return events(method, type, async);
    }
    if (isVersioned(type)) {
      return versioned(method, type, async);
    }
    Optional<Shape> wrapper = checks.is(type, RESPONSE) ? Optional.of(Shape.RESPONSE)
        : checks.is(type, OPTIONAL) ? Optional.of(Shape.OPTIONAL)
        : checks.is(type, HTTP_RESPONSE) ? Optional.of(Shape.HTTP_RESPONSE)
        : Optional.empty();
    if (wrapper.isPresent()) {
      List<? extends TypeMirror> arguments = TypeChecks.arguments(type);
      if (arguments.isEmpty()) {
        String simpleName = ((DeclaredType) type).asElement().getSimpleName().toString();
        return raw(method, simpleName);
      }
      TypeMirror body = arguments.get(0);
      return decoder(method, type, body).map(kind -> new Read(wrapper.get(), async, body, kind));
    }
    return decoder(method, type, type).map(kind -> new Read(Shape.BODY, async, type, kind));
  }

  private Optional<DecoderKind> decoder(ExecutableElement method, TypeMirror whole, TypeMirror body) {
    if (checks.is(body, STRING)) {
      return Optional.of(DecoderKind.STRING);
    }
    if (checks.isByteArray(body)) {
      return Optional.of(DecoderKind.BYTES);
    }
    if (checks.is(body, VOID)) {
      return Optional.of(DecoderKind.NONE);
    }
    if (body.getKind() == TypeKind.WILDCARD || TypeChecks.hasTypeVariable(body)) {
      unsupported(method, whole, false, "the body's type must be known at compile time");
      return Optional.empty();
    }
    for (String wrapper : List.of(INPUT_STREAM, RESPONSE, OPTIONAL, COMPLETABLE_FUTURE, HTTP_RESPONSE, VERSIONED)) {
      if (checks.is(body, wrapper)) {
        unsupported(method, whole, false, wrapper.substring(wrapper.lastIndexOf('.') + 1)
            + " cannot be nested here");
        return Optional.empty();
      }
    }
    return Optional.of(DecoderKind.CODEC);
  }

  /**
   * {@code Stream<X>} or {@code Flow.Publisher<X>} of server-sent events or of decoded values. Inside a future a
   * stream would still block its reader, so async code gets the publisher instead.
   */
  private Optional<Read> events(ExecutableElement method, TypeMirror type, boolean async) {
    boolean publisher = checks.is(type, PUBLISHER);
    if (async) {
      findings.error(method, String.format(Messages.STREAM_IN_FUTURE, type));
      return Optional.empty();
    }
    List<? extends TypeMirror> arguments = TypeChecks.arguments(type);
    if (arguments.isEmpty()) {
      return raw(method, publisher ? "Flow.Publisher" : "Stream");
    }
    TypeMirror item = arguments.get(0);
    if (checks.is(item, SERVER_SENT_EVENT)) {
      return Optional.of(new Read(Shape.EVENTS, false, null, DecoderKind.NONE, publisher));
    }
    if (checks.is(item, VOID) || checks.is(item, STREAM) || checks.is(item, PUBLISHER)) {
      return unsupported(method, type, false, "a stream holds server-sent events or values a codec decodes");
    }
    return decoder(method, type, item)
        .map(kind -> new Read(Shape.EVENT_VALUES, false, item, kind, publisher));
  }

  /** Whether {@code type} is {@code Versioned<T>} or {@code Optional<Versioned<T>>}. */
  private boolean isVersioned(TypeMirror type) {
    return checks.is(type, VERSIONED) || isOptionalVersioned(type);
  }

  private boolean isOptionalVersioned(TypeMirror type) {
    return checks.is(type, OPTIONAL) && TypeChecks.arguments(type).size() == 1
        && checks.is(TypeChecks.arguments(type).get(0), VERSIONED);
  }

  /**
   * {@code Versioned<T>} or {@code Optional<Versioned<T>>} taken apart. Inside {@code Response} or
   * {@code HttpResponse} it is refused as a nested wrapper, since those carry the ETag already.
   */
  private Optional<Read> versioned(ExecutableElement method, TypeMirror type, boolean async) {
    boolean optional = isOptionalVersioned(type);
    TypeMirror versioned = optional ? TypeChecks.arguments(type).get(0) : type;
    List<? extends TypeMirror> arguments = TypeChecks.arguments(versioned);
    if (arguments.isEmpty()) {
      return raw(method, "Versioned");
    }
    TypeMirror body = arguments.get(0);
    Shape shape = optional ? Shape.OPTIONAL_VERSIONED : Shape.VERSIONED;
    return decoder(method, type, body).map(kind -> new Read(shape, async, body, kind));
  }

  private Optional<Read> raw(ExecutableElement method, String type) {
    findings.error(method, String.format(Messages.RAW_TYPE, type, type));
    return Optional.empty();
  }

  private Optional<Read> unsupported(ExecutableElement method, TypeMirror type, boolean head, String why) {
    findings.error(method, head
        ? String.format(Messages.HEAD_RETURN_TYPE, type)
        : String.format(Messages.UNSUPPORTED_RETURN_TYPE, type, why));
    return Optional.empty();
  }
}
