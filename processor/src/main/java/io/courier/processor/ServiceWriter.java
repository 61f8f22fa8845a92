package io.courier.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.courier.processor.EndpointModel.BodyModel;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/** Writes the implementation of a {@link ServiceModel} with JavaPoet, from the model alone. */
final class ServiceWriter {
  static final String FACTORY = "Factory";
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  JavaFile write(ServiceModel service) {
    ClassName api = service.api();
    TypeSpec.Builder type = TypeSpec.classBuilder(service.implementation())
        .addOriginatingElement(service.element())
        .addJavadoc("Generated implementation of {@link $T}.\n", api)
        .addAnnotation(AnnotationSpec.builder(GENERATED)
            .addMember("value", "$S", CourierProcessor.class.getName())
            .addMember("comments", "$S", "Generated from " + api.canonicalName())
            .build())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(api);

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates a client that sends its calls through {@code courier}.\n")
        .addParameter(TypeNames.COURIER, "courier")
        .addStatement("$T engine = courier.engine()", TypeNames.ENGINE);
    String builders = "engine";
    if (!service.headers().isEmpty()) {
      // Checked once here for every method; a method's own entry of the same name replaces an interface's.
      CodeBlock.Builder shared = CodeBlock.builder().add("$T endpoints = engine.endpoints()$>$>", TypeNames.ENDPOINTS);
      addHeaders(shared, service.headers());
      constructor.addCode(shared.add(";\n$<$<").build());
      builders = "endpoints";
    }
    SharedTypes sharedTypes = new SharedTypes(service, new FreeNames(Set.of("courier", "engine", "endpoints")));
    constructor.addCode(sharedTypes.declarations());

    FreeNames fields = new FreeNames(Set.of());
    Map<String, String> writers = new HashMap<>();
    for (EndpointModel endpoint : service.endpoints()) {
      String field = fields.take(endpoint.signature().name());
      type.addField(FieldSpec.builder(
          ParameterizedTypeName.get(TypeNames.ENDPOINT, endpoint.returns().value()), field,
          Modifier.PRIVATE, Modifier.FINAL).build());
      constructor.addCode(endpointInitializer(endpoint, field, builders, sharedTypes));
      // A codec type's writer is a field, made after the first method that writes the type and shared by the rest.
      Function<CodecType, String> codecWriter = codec -> writers.computeIfAbsent(SharedTypes.key(codec), key -> {
        String name = fields.take(codec.name() + "Writer");
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(TypeNames.BODY_WRITER, codec.type()), name,
            Modifier.PRIVATE, Modifier.FINAL).build());
        constructor.addStatement("this.$N = engine.writer($L)", name, sharedTypes.expression(codec));
        return name;
      });
      Optional<CodeBlock> body = endpoint.body().map(model -> CodeBlock.of(".body($S, $L, $N)", model.parameter(),
          bodyWriter(model, codecWriter), model.parameter()));
      type.addMethod(method(endpoint, field, body, codecWriter));
    }
    type.addMethod(constructor.build());
    type.addType(factory(api, service.implementation()));
    return JavaFile.builder(service.implementation().packageName(), type.build())
        .skipJavaLangImports(true)
        .build();
  }

  private static void addHeaders(CodeBlock.Builder code, List<String> pairs) {
    for (int i = 0; i < pairs.size(); i += 2) {
      code.add("\n.header($S, $S)", pairs.get(i), pairs.get(i + 1));
    }
  }

  private static CodeBlock endpointInitializer(
      EndpointModel endpoint, String field, String builders, SharedTypes sharedTypes) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("this.$N = $N.endpoint($S, $S)$>$>", field, builders, endpoint.httpMethod(), describedPath(endpoint));
    addHeaders(code, endpoint.headers());
    if (endpoint.hasBody()) {
      code.add("\n.withBody()");
    }
    if (endpoint.idempotent()) {
      code.add("\n.idempotent()");
    }
    if (endpoint.keyed()) {
      code.add("\n.keyed()");
    }
    if (endpoint.contentDigest()) {
      code.add("\n.contentDigest()");
    }
    switch (endpoint.fields()) {
      case NONE -> { }
      case JSON_OBJECT -> code.add("\n.jsonFields()");
      case FORM -> code.add("\n.formFields()");
      case MULTIPART -> code.add("\n.multipart()");
    }
    endpoint.typedError().ifPresent(error -> code.add("\n.statusErrors($T::new)", error));
    endpoint.timeout().ifPresent(timeout ->
        code.add("\n.callTimeout($T.$N($LL))", Duration.class, timeout.factory(), timeout.value()));
    endpoint.readTimeout().ifPresent(timeout ->
        code.add("\n.readTimeout($T.$N($LL))", Duration.class, timeout.factory(), timeout.value()));
    return code.add("\n.returning($L);\n$<$<", converter(endpoint.returns(), sharedTypes)).build();
  }

  private static CodeBlock converter(ReturnModel returns, SharedTypes sharedTypes) {
    return switch (returns.shape()) {
      case DISCARD -> CodeBlock.of("$T.discard()", TypeNames.RETURNS);
      case EXISTS -> CodeBlock.of("$T.exists()", TypeNames.RETURNS);
      case STREAM -> CodeBlock.of("$T.stream()", TypeNames.RETURNS);
      case BODY -> CodeBlock.of("$T.body($L)", TypeNames.RETURNS, decoder(returns, sharedTypes));
      case OPTIONAL -> CodeBlock.of("$T.optional($L)", TypeNames.RETURNS, decoder(returns, sharedTypes));
      case RESPONSE -> CodeBlock.of("$T.response($L)", TypeNames.RETURNS, decoder(returns, sharedTypes));
      case HTTP_RESPONSE -> CodeBlock.of("$T.httpResponse($L)", TypeNames.RETURNS, decoder(returns, sharedTypes));
      case VERSIONED -> CodeBlock.of("$T.versioned($L)", TypeNames.RETURNS, decoder(returns, sharedTypes));
      case OPTIONAL_VERSIONED ->
          CodeBlock.of("$T.optionalVersioned($L)", TypeNames.RETURNS, decoder(returns, sharedTypes));
      case EVENTS -> CodeBlock.of("$T.events()", TypeNames.RETURNS);
      case EVENT_VALUES -> CodeBlock.of("$T.eventValues($L)", TypeNames.RETURNS, decoder(returns, sharedTypes));
    };
  }

  private static CodeBlock decoder(ReturnModel returns, SharedTypes sharedTypes) {
    return switch (returns.decoder()) {
      case NONE -> CodeBlock.of("$T.none()", TypeNames.DECODERS);
      case STRING -> CodeBlock.of("$T.string()", TypeNames.DECODERS);
      case BYTES -> CodeBlock.of("$T.bytes()", TypeNames.DECODERS);
      case CODEC -> sharedTypes.decoder(returns.body());
    };
  }

  /**
   * The method: one call chain, from the path through the arguments to the execution. A bad argument fails the call
   * where it executes, so an async method returns a failed future rather than throwing, with no code of its own.
   */
  private static MethodSpec method(EndpointModel endpoint, String field, Optional<CodeBlock> body,
      Function<CodecType, String> codecWriter) {
    MethodSpec signature = endpoint.signature();
    CodeBlock.Builder call = CodeBlock.builder();
    call.add(signature.returnType().equals(TypeName.VOID) ? "" : "return ");
    boolean publisher = endpoint.returns().publisher();
    if (publisher) {
      // A cold publisher: the call is made, asynchronously, by each subscription.
      call.add("$T.publisher(() -> ", TypeNames.RETURNS);
    }
    if (endpoint.url().isPresent()) {
      call.add("this.$N.callUrl($S, $N)$>$>", field, endpoint.url().get(), endpoint.url().get());
    } else {
      call.add("this.$N.call()$>$>", field);
      for (PathPart part : endpoint.path()) {
        call.add("\n$L", pathStep(part));
      }
    }
    if (endpoint.freshKey()) {
      call.add("\n.header($S, $T.randomUUID())", IDEMPOTENCY_KEY, UUID.class);
    }
    for (ParameterModel parameter : endpoint.parameters()) {
      step(parameter, codecWriter).ifPresent(step -> call.add("\n$L", step));
    }
    body.ifPresent(step -> call.add("\n$L", step));
    boolean async = endpoint.returns().async() || publisher;
    String execute = async ? "executeAsync" : endpoint.throwsIoException() ? "executeChecked" : "execute";
    if (publisher) {
      call.add("\n.$N());\n$<$<", execute);
    } else if (async || endpoint.typedError().isEmpty()) {
      call.add("\n.$N();\n$<$<", execute);
    } else {
      // The class names the typed error in the signature, so a checked one reaches the caller as itself.
      call.add("\n.$N($T.class);\n$<$<", execute, endpoint.typedError().get());
    }
    return signature.toBuilder()
        .addComment("$L $L", endpoint.httpMethod(), describedPath(endpoint))
        .addCode(call.build())
        .build();
  }

  private static CodeBlock pathStep(PathPart part) {
    return switch (part.kind()) {
      case LITERAL -> CodeBlock.of(".path($S)", part.text());
      case SEGMENT -> CodeBlock.of(".pathSegment($S, $N)", part.text(), part.parameter());
      case SEGMENTS -> CodeBlock.of(".pathSegments($S, $N)", part.text(), part.parameter());
    };
  }

  /** The call's step for {@code parameter}; none for those the path, the URL or the body take. */
  private static Optional<CodeBlock> step(ParameterModel parameter, Function<CodecType, String> codecWriter) {
    String name = parameter.name();
    return switch (parameter.kind()) {
      case PATH, URL, BODY -> Optional.empty();
      case QUERY -> Optional.of(CodeBlock.of(parameter.encoded() ? ".encodedQuery($S, $N)" : ".query($S, $N)",
          parameter.key(), name));
      case QUERY_MAP -> Optional.of(CodeBlock.of(".queryMap($S, $N, $L)", name, name, parameter.encoded()));
      case HEADER, IDEMPOTENCY_KEY -> Optional.of(CodeBlock.of(".header($S, $N)", parameter.key(), name));
      case HEADER_MAP -> Optional.of(CodeBlock.of(".headerMap($S, $N)", name, name));
      case IF_MATCH -> Optional.of(CodeBlock.of(".ifMatch($S, $N)", name, name));
      case FIELD -> Optional.of(CodeBlock.of(".field($S, $N)", parameter.key(), name));
      case FIELD_MAP -> Optional.of(CodeBlock.of(".fieldMap($S, $N)", name, name));
      // The kind of part is decided here: the call's overload for it, or the codec's writer for any other type.
      case PART -> Optional.of(parameter.bodyType() == ParameterModel.BodyType.CODEC
          ? CodeBlock.of(".part($S, this.$N, $N)", parameter.key(),
              codecWriter.apply(CodecType.of(parameter.type())), name)
          : CodeBlock.of(".part($S, $N)", parameter.key(), name));
      case PART_MAP -> Optional.of(CodeBlock.of(".partMap($S, $N)", name, name));
    };
  }

  /** The body's writer: a fixed one, or for a codec type the field {@code codecWriter} names. */
  private static CodeBlock bodyWriter(BodyModel body, Function<CodecType, String> codecWriter) {
    return switch (body.type()) {
      case CODEC -> CodeBlock.of("this.$N", codecWriter.apply(body.codec()));
      case STRING -> CodeBlock.of("$T.string()", TypeNames.BODY_WRITERS);
      case BYTES -> CodeBlock.of("$T.bytes()", TypeNames.BODY_WRITERS);
      case PATH -> CodeBlock.of("$T.path()", TypeNames.BODY_WRITERS);
      case INPUT_STREAM -> CodeBlock.of("$T.inputStream()", TypeNames.BODY_WRITERS);
      case PUBLISHER -> CodeBlock.of("$T.publisher()", TypeNames.BODY_WRITERS);
      case PART -> throw new IllegalStateException("a @Body is never read as a Part"); // ParameterReader's promise
    };
  }

  /** The template as written, or {@code @Url} where a parameter gives the whole URL. */
  private static String describedPath(EndpointModel endpoint) {
    return endpoint.url().isPresent() ? "@Url" : endpoint.template();
  }

  private static TypeSpec factory(ClassName api, ClassName implementation) {
    return TypeSpec.classBuilder(FACTORY)
        .addJavadoc("Lets {@code Courier.create} find this implementation through {@link java.util.ServiceLoader}.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(TypeNames.CLIENT_FACTORY)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Called by {@code ServiceLoader}.\n")
            .addModifiers(Modifier.PUBLIC)
            .build())
        .addMethod(MethodSpec.methodBuilder("api")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)))
            .addStatement("return $T.class", api)
            .build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Object.class)
            .addParameter(TypeNames.COURIER, "courier")
            .addStatement("return new $T(courier)", implementation)
            .build())
        .build();
  }
}
