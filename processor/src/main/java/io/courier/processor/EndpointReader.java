package io.courier.processor;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.courier.http.Body;
import io.courier.http.ContentDigest;
import io.courier.http.CreateOnly;
import io.courier.http.Http;
import io.courier.http.IdempotencyKey;
import io.courier.http.Idempotent;
import io.courier.http.ReadTimeout;
import io.courier.http.Timeout;
import io.courier.processor.EndpointModel.TimeoutModel;
import io.courier.processor.ParameterModel.BodyType;
import io.courier.processor.ParameterModel.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;

/** Reads one abstract method into an {@link EndpointModel}, applying the binding rules of the contract. */
final class EndpointReader {
  private static final Pattern METHOD_TOKEN = Pattern.compile("[A-Z][A-Z0-9_-]*");
  /**
   * The methods that carry a body even under {@code @Http} without {@code hasBody}, and those that are idempotent
   * (RFC 9110): decided here, at compile time, and emitted, so the runtime keeps no table of verbs.
   */
  private static final Set<String> BODY_BY_DEFAULT = Set.of("PUT", "POST", "PATCH");
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE");

  private final TypeChecks checks;
  private final ParameterReader parameters;
  private final ThrowsReader throwsReader;

  EndpointReader(TypeChecks checks) {
    this.checks = checks;
    this.parameters = new ParameterReader(checks);
    this.throwsReader = new ThrowsReader(checks);
  }

  /** The endpoint, or empty when an error about the method was found. */
  Optional<EndpointModel> read(ExecutableElement method, DeclaredType owner, Findings findings) {
    List<HttpVerb> verbs = verbsOf(method);
    if (verbs.isEmpty()) {
      findings.error(method, String.format(Messages.NO_VERB, method.getSimpleName() + "()"));
      return Optional.empty();
    }
    if (verbs.size() > 1) {
      findings.error(method, verbs.get(1).annotation, "", String.format(Messages.TWO_VERBS,
          verbs.stream().map(v -> "@" + v.annotation.getSimpleName()).toList()));
      return Optional.empty();
    }
    if (!method.getTypeParameters().isEmpty()) {
      findings.error(method, String.format(Messages.GENERIC_METHOD, method.getTypeParameters().stream()
          .map(parameter -> parameter.getSimpleName().toString())
          .collect(Collectors.joining(", ", "<", ">"))));
      return Optional.empty();
    }
    HttpVerb verb = verbs.get(0);
    Verb read = readVerb(method, verb, findings);
    if (read == null) {
      return Optional.empty();
    }
    int errorsBefore = findings.errorCount();
    PathTemplate path = PathTemplate.parse(read.template,
        message -> findings.error(method, verb.annotation, verb == HttpVerb.HTTP ? "path" : "value", message));

    ExecutableType type = (ExecutableType) checks.types().asMemberOf(owner, method);
    List<ParameterModel> models = new ArrayList<>();
    List<? extends VariableElement> elements = method.getParameters();
    for (int i = 0; i < elements.size(); i++) {
      parameters.read(elements.get(i), type.getParameterTypes().get(i), path.placeholders(), findings)
          .ifPresent(models::add);
    }
    // A parameter already reported may have been meant for a placeholder: do not report the placeholder again.
    boolean allParametersRead = models.size() == elements.size();
    findings.addAll(BindingValidator.check(method, verb, read, path, models, allParametersRead));
    Optional<ReturnModel> returnModel = ReturnTypeReader.read(
        checks, method, type.getReturnType(), "HEAD".equals(read.httpMethod), findings);
    List<String> headers = conditions(method, read, models, HeaderReader.read(method, findings), findings);
    Optional<TimeoutModel> timeout = timeout(method, Timeout.class, findings);
    Optional<TimeoutModel> readTimeout = timeout(method, ReadTimeout.class, findings);
    boolean markIdempotent = idempotent(method, read, findings);
    boolean freshKey = freshIdempotencyKey(method, models, findings);
    boolean keyed = freshKey || models.stream().anyMatch(model -> model.kind() == Kind.IDEMPOTENCY_KEY);
    boolean hasBody = read.hasBody || BODY_BY_DEFAULT.contains(read.httpMethod);
    boolean digest = contentDigest(method, read.httpMethod, hasBody, models, findings);
    ThrowsReader.Thrown thrown = throwsReader.read(method, type, findings);
    if (findings.errorCount() > errorsBefore || returnModel.isEmpty()) {
      return Optional.empty();
    }
    warnUnreplayableRetry(method, read, markIdempotent || keyed, models, findings);
    Optional<String> url = models.stream().filter(model -> model.kind() == Kind.URL).map(ParameterModel::name)
        .findFirst();
    return Optional.of(new EndpointModel(method, MethodSpec.overriding(method, owner, checks.types()).build(),
        read.httpMethod, read.template, url.isPresent() ? List.of() : pathParts(path, models), url,
        hasBody, read.idempotent || markIdempotent, keyed, freshKey, digest,
        BindingValidator.fieldEncoding(method, read.hasBody, models), headers, timeout, readTimeout, List.copyOf(models),
        body(models), returnModel.get(), thrown.ioException(), thrown.typedError().map(TypeName::get)));
  }

  /** The template's pieces, each placeholder bound to the parameter that fills it, and the literal query last. */
  private static List<PathPart> pathParts(PathTemplate path, List<ParameterModel> models) {
    Map<String, ParameterModel> byPlaceholder = new HashMap<>();
    for (ParameterModel model : models) {
      if (model.kind() == Kind.PATH) {
        byPlaceholder.put(model.key(), model);
      }
    }
    List<PathPart> parts = new ArrayList<>();
    for (PathTemplate.Piece piece : path.pieces()) {
      if (!piece.placeholder()) {
        parts.add(PathPart.literal(piece.text()));
        continue;
      }
      // Validation found every placeholder bound.
      ParameterModel parameter = byPlaceholder.get(piece.text());
      parts.add(new PathPart(parameter.encoded() ? PathPart.Kind.SEGMENTS : PathPart.Kind.SEGMENT, piece.text(),
          parameter.name()));
    }
    if (!path.query().isEmpty()) {
      String query = "?" + path.query();
      int last = parts.size() - 1;
      if (last >= 0 && parts.get(last).kind() == PathPart.Kind.LITERAL) {
        parts.set(last, PathPart.literal(parts.get(last).text() + query));
      } else {
        parts.add(PathPart.literal(query));
      }
    }
    return List.copyOf(parts);
  }

  private static Optional<EndpointModel.BodyModel> body(List<ParameterModel> models) {
    return models.stream()
        .filter(model -> model.kind() == Kind.BODY)
        .findFirst()
        .map(model -> new EndpointModel.BodyModel(model.name(), model.bodyType(), CodecType.of(model.type())));
  }

  /** What the verb annotation says: the HTTP method, the template and whether a body is sent. */
  record Verb(String httpMethod, String template, boolean hasBody, boolean idempotent) {}

  private static Verb readVerb(ExecutableElement method, HttpVerb verb, Findings findings) {
    AnnotationMirror mirror = Annotations.find(method, verb.annotation).orElseThrow();
    if (verb == HttpVerb.HTTP) {
      String httpMethod = Annotations.string(mirror, "method");
      if (!METHOD_TOKEN.matcher(httpMethod).matches()) {
        findings.error(method, Http.class, "method", String.format(Messages.HTTP_METHOD, httpMethod));
        return null;
      }
      return new Verb(httpMethod, Annotations.string(mirror, "path"), Annotations.bool(mirror, "hasBody"),
          IDEMPOTENT.contains(httpMethod));
    }
    return new Verb(verb.name(), Annotations.string(mirror, "value"), verb.hasBody, verb.idempotent);
  }

  /** The verbs on {@code method}, in {@link HttpVerb} order. */
  static List<HttpVerb> verbsOf(ExecutableElement method) {
    Set<HttpVerb> verbs = EnumSet.noneOf(HttpVerb.class);
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      HttpVerb verb = HttpVerb.of(mirror);
      if (verb != null) {
        verbs.add(verb);
      }
    }
    return List.copyOf(verbs);
  }

  private static Optional<TimeoutModel> timeout(ExecutableElement method,
      Class<? extends java.lang.annotation.Annotation> annotation, Findings findings) {
    Optional<AnnotationMirror> mirror = Annotations.find(method, annotation);
    if (mirror.isEmpty()) {
      return Optional.empty();
    }
    long amount = Annotations.number(mirror.get(), "value");
    if (amount < 1) {
      findings.error(method, annotation, "value",
          String.format(Messages.TIMEOUT_RANGE, annotation.getSimpleName(), amount));
      return Optional.empty();
    }
    String unitName = Annotations.enumConstant(mirror.get(), "unit");
    if (unitName.isEmpty()) {
      return Optional.empty(); // javac reports the unit that did not resolve
    }
    TimeUnit unit = TimeUnit.valueOf(unitName);
    String factory = switch (unit) {
      case NANOSECONDS -> "ofNanos";
      case MICROSECONDS -> "ofNanos";
      case MILLISECONDS -> "ofMillis";
      case SECONDS -> "ofSeconds";
      case MINUTES -> "ofMinutes";
      case HOURS -> "ofHours";
      case DAYS -> "ofDays";
    };
    long value = unit == TimeUnit.MICROSECONDS ? Math.multiplyExact(amount, 1000L) : amount;
    return Optional.of(new TimeoutModel(value, factory));
  }

  /**
   * The method's headers with {@code If-None-Match: *} for {@code @CreateOnly}, after checking the conditions: one
   * {@code @IfMatch} parameter at most, {@code @CreateOnly} on PUT only and never with {@code @IfMatch}.
   */
  private static List<String> conditions(ExecutableElement method, Verb read, List<ParameterModel> models,
      List<String> headers, Findings findings) {
    List<ParameterModel> ifMatch = models.stream().filter(model -> model.kind() == Kind.IF_MATCH).toList();
    if (ifMatch.size() > 1) {
      findings.error(ifMatch.get(1).element(), String.format(Messages.TWO_IF_MATCH, ifMatch.get(1).name()));
    }
    if (!Annotations.has(method, CreateOnly.class)) {
      return headers;
    }
    if (!read.httpMethod.equals("PUT")) {
      findings.error(method, CreateOnly.class, "", String.format(Messages.CREATE_ONLY_NOT_PUT, read.httpMethod));
    } else if (!ifMatch.isEmpty()) {
      findings.error(method, CreateOnly.class, "",
          String.format(Messages.CREATE_ONLY_WITH_IF_MATCH, ifMatch.get(0).name()));
    }
    List<String> withCondition = new ArrayList<>(headers);
    withCondition.add("If-None-Match");
    withCondition.add("*");
    return withCondition;
  }

  /**
   * Whether the method carries {@code @ContentDigest}, after checking that it sends a body that can be read twice:
   * once for the digest, which goes in a header before the body, and once to send it.
   */
  private static boolean contentDigest(ExecutableElement method, String httpMethod, boolean hasBody,
      List<ParameterModel> models, Findings findings) {
    if (!Annotations.has(method, ContentDigest.class)) {
      return false;
    }
    Optional<ParameterModel> body = models.stream().filter(model -> model.kind() == Kind.BODY).findFirst();
    boolean fields = models.stream().anyMatch(model -> model.kind() == Kind.FIELD || model.kind() == Kind.FIELD_MAP
        || model.kind() == Kind.PART || model.kind() == Kind.PART_MAP);
    if (body.isEmpty() && !fields) {
      findings.error(method, ContentDigest.class, "", String.format(Messages.CONTENT_DIGEST_WITHOUT_BODY,
          httpMethod, hasBody ? "no @Body, @Field or un-annotated parameter gives one" : "its verb takes none"));
      return false;
    }
    if (!hasBody) {
      return false; // a GET given a body source is reported by the binding rules already
    }
    String once = switch (body.map(ParameterModel::bodyType).orElse(BodyType.CODEC)) {
      case INPUT_STREAM -> "an InputStream";
      case PUBLISHER -> "an HttpRequest.BodyPublisher";
      case CODEC, STRING, BYTES, PATH, PART -> null;
    };
    if (once != null) {
      findings.error(method, ContentDigest.class, "", String.format(Messages.CONTENT_DIGEST_UNREPLAYABLE, once));
      return false;
    }
    return true;
  }

  /** Whether the method itself carries {@code @IdempotencyKey}, for a fresh key per call; reported with a parameter. */
  private static boolean freshIdempotencyKey(
      ExecutableElement method, List<ParameterModel> models, Findings findings) {
    if (!Annotations.has(method, IdempotencyKey.class)) {
      return false;
    }
    for (ParameterModel model : models) {
      if (model.kind() == Kind.IDEMPOTENCY_KEY) {
        findings.error(method, IdempotencyKey.class, "",
            String.format(Messages.TWO_IDEMPOTENCY_KEYS, model.element().getSimpleName()));
        return false;
      }
    }
    return true;
  }

  private static boolean idempotent(ExecutableElement method, Verb read, Findings findings) {
    if (!Annotations.has(method, Idempotent.class)) {
      return false;
    }
    if (read.idempotent) {
      findings.warning(method, Idempotent.class, String.format(Messages.ALREADY_IDEMPOTENT, read.httpMethod));
      return false;
    }
    return true;
  }

  private static void warnUnreplayableRetry(ExecutableElement method, Verb read, boolean markIdempotent,
      List<ParameterModel> models, Findings findings) {
    if (!read.idempotent && !markIdempotent) {
      return;
    }
    for (ParameterModel model : models) {
      if (model.kind() == Kind.BODY && model.bodyType() == BodyType.INPUT_STREAM) {
        findings.warning(model.element(), Body.class, String.format(Messages.STREAM_NOT_RETRIED, read.httpMethod));
      }
    }
  }
}
