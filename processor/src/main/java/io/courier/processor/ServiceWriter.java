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
import io.courier.processor.EndpointModel.FieldEncoding;
import io.courier.processor.ParameterModel.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Writes the implementation of a {@link ServiceModel} with JavaPoet. */
final class ServiceWriter {
  static final String FACTORY = "Factory";
  /** The field holding the base URI's text, which each method's path follows. */
  private static final String BASE = "base";
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private final Types types;

  ServiceWriter(Types types) {
    this.types = types;
  }

  JavaFile write(ServiceModel service) {
    ClassName api = ClassName.get(service.element());
    FieldNames names = new FieldNames();
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
    if (service.endpoints().stream().anyMatch(endpoint -> find(endpoint, Kind.URL) == null)) {
      type.addField(String.class, BASE, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = engine.base()", BASE);
    }
    for (EndpointModel endpoint : service.endpoints()) {
      String field = names.unique(endpoint.method().getSimpleName().toString());
      String bodyField = writesCodecBody(endpoint) ? names.unique(field + "Body") : null;
      type.addField(FieldSpec.builder(
          ParameterizedTypeName.get(TypeNames.ENDPOINT, valueType(endpoint)), field,
          Modifier.PRIVATE, Modifier.FINAL).build());
      constructor.addCode(endpointInitializer(endpoint, field));
      if (bodyField != null) {
        ParameterModel body = body(endpoint);
        type.addField(FieldSpec.builder(
            ParameterizedTypeName.get(TypeNames.BODY_WRITER, TypeName.get(body.type()).box()), bodyField,
            Modifier.PRIVATE, Modifier.FINAL).build());
        constructor.addStatement("this.$N = engine.writer($L)", bodyField, TypeExpressions.of(body.type()));
      }
      type.addMethod(method(service, endpoint, field, bodyField));
    }
    type.addMethod(constructor.build());
    type.addType(factory(api, service.implementation()));
    return JavaFile.builder(service.implementation().packageName(), type.build())
        .skipJavaLangImports(true)
        .build();
  }

  private CodeBlock endpointInitializer(EndpointModel endpoint, String field) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("this.$N = engine.endpoint($S, $S)$>$>", field, endpoint.httpMethod(), describedPath(endpoint));
    List<String> headers = endpoint.headers();
    for (int i = 0; i < headers.size(); i += 2) {
      code.add("\n.header($S, $S)", headers.get(i), headers.get(i + 1));
    }
    if (endpoint.hasBody()) {
      code.add("\n.withBody()");
    }
    if (endpoint.idempotent()) {
      code.add("\n.idempotent()");
    }
    if (endpoint.keyed()) {
      code.add("\n.keyed()");
    }
    if (endpoint.fields() == FieldEncoding.JSON_OBJECT) {
      code.add("\n.jsonFields()");
    } else if (endpoint.fields() == FieldEncoding.FORM) {
      code.add("\n.formFields()");
    }
    endpoint.typedError().ifPresent(error -> code.add("\n.statusErrors($T::new)", TypeName.get(error)));
    endpoint.timeout().ifPresent(timeout ->
        code.add("\n.callTimeout($T.$N($LL))", Duration.class, timeout.factory(), timeout.value()));
    return code.add("\n.returning($L);\n$<$<", converter(endpoint.returns())).build();
  }

  private CodeBlock converter(ReturnModel returns) {
    return switch (returns.shape()) {
      case DISCARD -> CodeBlock.of("$T.discard()", TypeNames.RETURNS);
      case EXISTS -> CodeBlock.of("$T.exists()", TypeNames.RETURNS);
      case STREAM -> CodeBlock.of("$T.stream()", TypeNames.RETURNS);
      case BODY -> CodeBlock.of("$T.body($L)", TypeNames.RETURNS, decoder(returns));
      case OPTIONAL -> CodeBlock.of("$T.optional($L)", TypeNames.RETURNS, decoder(returns));
      case RESPONSE -> CodeBlock.of("$T.response($L)", TypeNames.RETURNS, decoder(returns));
      case HTTP_RESPONSE -> CodeBlock.of("$T.httpResponse($L)", TypeNames.RETURNS, decoder(returns));
    };
  }

  private CodeBlock decoder(ReturnModel returns) {
    return switch (returns.decoder()) {
      case NONE -> CodeBlock.of("$T.none()", TypeNames.DECODERS);
      case STRING -> CodeBlock.of("$T.string()", TypeNames.DECODERS);
      case BYTES -> CodeBlock.of("$T.bytes()", TypeNames.DECODERS);
      case CODEC -> CodeBlock.of("engine.decoder($L)", TypeExpressions.of(returns.body()));
    };
  }

  private MethodSpec method(ServiceModel service, EndpointModel endpoint, String field, String bodyField) {
    MethodSpec.Builder method = MethodSpec.overriding(
        endpoint.method(), (DeclaredType) service.element().asType(), types);
    method.addComment("$L $L", endpoint.httpMethod(), describedPath(endpoint));
    CodeBlock.Builder call = CodeBlock.builder();
    boolean returnsValue = endpoint.type().getReturnType().getKind() != TypeKind.VOID;
    call.add(returnsValue ? "return " : "");
    ParameterModel url = find(endpoint, Kind.URL);
    if (url != null) {
      call.add("this.$N.callUrl($S, $N)$>$>", field, url.name(), url.name());
    } else {
      call.add("this.$N.call($L)$>$>", field, pathExpression(endpoint));
    }
    if (endpoint.freshKey()) {
      call.add("\n.header($S, $T.randomUUID())", IDEMPOTENCY_KEY, UUID.class);
    }
    for (ParameterModel parameter : endpoint.parameters()) {
      CodeBlock step = step(parameter, bodyField);
      if (step != null) {
        call.add("\n$L", step);
      }
    }
    String execute = endpoint.returns().async() ? "executeAsync"
        : endpoint.throwsIoException() ? "executeChecked" : "execute";
    if (endpoint.returns().async() || endpoint.typedError().isEmpty()) {
      call.add("\n.$N();\n$<$<", execute);
    } else {
      // The class names the typed error in the signature, so a checked one reaches the caller as itself.
      call.add("\n.$N($T.class);\n$<$<", execute, TypeName.get(endpoint.typedError().get()));
    }
    if (!endpoint.returns().async()) {
      return method.addCode(call.build()).build();
    }
    // A bad argument (a null @Path, a ".." segment) fails the future like any other failure, not the caller.
    String failure = firstFree("failure", name -> isParameterName(endpoint, name));
    return method
        .beginControlFlow("try")
        .addCode(call.build())
        .nextControlFlow("catch ($T $N)", RuntimeException.class, failure)
        .addStatement("return $T.failedFuture($N)", ClassName.get(CompletableFuture.class), failure)
        .endControlFlow()
        .build();
  }

  private CodeBlock step(ParameterModel parameter, String bodyField) {
    String name = parameter.name();
    return switch (parameter.kind()) {
      case PATH, URL -> null;
      case QUERY -> CodeBlock.of(parameter.encoded() ? ".encodedQuery($S, $N)" : ".query($S, $N)",
          parameter.key(), name);
      case QUERY_MAP -> CodeBlock.of(".queryMap($S, $N, $L)", name, name, parameter.encoded());
      case HEADER, IDEMPOTENCY_KEY -> CodeBlock.of(".header($S, $N)", parameter.key(), name);
      case HEADER_MAP -> CodeBlock.of(".headerMap($S, $N)", name, name);
      case FIELD -> CodeBlock.of(".field($S, $N)", parameter.key(), name);
      case FIELD_MAP -> CodeBlock.of(".fieldMap($S, $N)", name, name);
      case BODY -> CodeBlock.of(".body($S, $L, $N)", name, bodyWriter(parameter, bodyField), name);
    };
  }

  private static CodeBlock bodyWriter(ParameterModel body, String bodyField) {
    return switch (body.bodyType()) {
      case CODEC -> CodeBlock.of("this.$N", bodyField);
      case STRING -> CodeBlock.of("$T.string()", TypeNames.BODY_WRITERS);
      case BYTES -> CodeBlock.of("$T.bytes()", TypeNames.BODY_WRITERS);
      case PATH -> CodeBlock.of("$T.path()", TypeNames.BODY_WRITERS);
      case INPUT_STREAM -> CodeBlock.of("$T.inputStream()", TypeNames.BODY_WRITERS);
      case PUBLISHER -> CodeBlock.of("$T.publisher()", TypeNames.BODY_WRITERS);
    };
  }

  private static boolean isParameterName(EndpointModel endpoint, String name) {
    return endpoint.parameters().stream().anyMatch(parameter -> parameter.name().equals(name));
  }

  /** The template as written, or {@code @Url} where a parameter gives the whole URL. */
  private static String describedPath(EndpointModel endpoint) {
    return find(endpoint, Kind.URL) != null ? "@Url" : endpoint.path().template();
  }

  /** The absolute URI: the base, then the path's literals and encoded placeholder values, in one concatenation. */
  private static CodeBlock pathExpression(EndpointModel endpoint) {
    List<CodeBlock> parts = new ArrayList<>();
    parts.add(CodeBlock.of("this.$N", BASE));
    StringBuilder literal = new StringBuilder();
    for (PathTemplate.Piece piece : endpoint.path().pieces()) {
      if (!piece.placeholder()) {
        literal.append(piece.text());
        continue;
      }
      if (literal.length() > 0) {
        parts.add(CodeBlock.of("$S", literal));
        literal.setLength(0);
      }
      ParameterModel parameter = placeholderParameter(endpoint, piece.text());
      parts.add(CodeBlock.of(parameter.encoded() ? "$T.pathSegments($S, $N)" : "$T.pathSegment($S, $N)",
          TypeNames.URL_ENCODING, piece.text(), parameter.name()));
    }
    if (!endpoint.path().query().isEmpty()) {
      literal.append('?').append(endpoint.path().query());
    }
    if (literal.length() > 0) {
      parts.add(CodeBlock.of("$S", literal));
    }
    return CodeBlock.join(parts, " +$W");
  }

  private static ParameterModel placeholderParameter(EndpointModel endpoint, String placeholder) {
    for (ParameterModel parameter : endpoint.parameters()) {
      if (parameter.kind() == Kind.PATH && parameter.key().equals(placeholder)) {
        return parameter;
      }
    }
    throw new IllegalStateException("unbound placeholder {" + placeholder + "} passed validation");
  }

  /** {@code R} of the field's {@code Endpoint<R>}: the return type, unwrapped from its future and boxed. */
  private static TypeName valueType(EndpointModel endpoint) {
    ReturnModel returns = endpoint.returns();
    TypeMirror type = endpoint.type().getReturnType();
    if (returns.async()) {
      type = ((DeclaredType) type).getTypeArguments().get(0);
    }
    if (type.getKind() == TypeKind.VOID) {
      return ClassName.get(Void.class);
    }
    TypeName name = TypeName.get(type).box();
    return name instanceof WildcardTypeName wildcard ? wildcard.upperBounds().get(0) : name;
  }

  private static boolean writesCodecBody(EndpointModel endpoint) {
    ParameterModel body = body(endpoint);
    return body != null && body.bodyType() == ParameterModel.BodyType.CODEC;
  }

  private static ParameterModel body(EndpointModel endpoint) {
    return find(endpoint, Kind.BODY);
  }

  private static ParameterModel find(EndpointModel endpoint, Kind kind) {
    for (ParameterModel parameter : endpoint.parameters()) {
      if (parameter.kind() == kind) {
        return parameter;
      }
    }
    return null;
  }

  /** Field names, one per endpoint and body writer: an overloaded method's second field is {@code name2}. */
  private static final class FieldNames {
    private final Set<String> taken = new HashSet<>(Set.of("engine", "courier", BASE));

    String unique(String name) {
      String free = firstFree(name, taken::contains);
      taken.add(free);
      return free;
    }
  }

  /** {@code name}, or {@code name2}, {@code name3}... the first that is not {@code taken}. */
  private static String firstFree(String name, Predicate<String> taken) {
    String candidate = name;
    for (int n = 2; taken.test(candidate); n++) {
      candidate = name + n;
    }
    return candidate;
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
