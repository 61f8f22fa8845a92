package io.courier.processor;

import io.courier.http.Body;
import io.courier.http.Http;
import io.courier.http.IdempotencyKey;
import io.courier.http.Idempotent;
import io.courier.http.Timeout;
import io.courier.processor.EndpointModel.FieldEncoding;
import io.courier.processor.EndpointModel.TimeoutModel;
import io.courier.processor.ParameterModel.BodyType;
import io.courier.processor.ParameterModel.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
  private final Diagnostics diagnostics;
  private final ParameterReader parameters;
  private final ReturnTypeReader returns;
  private final BindingValidator bindings;

  EndpointReader(TypeChecks checks, Diagnostics diagnostics) {
    this.checks = checks;
    this.diagnostics = diagnostics;
    this.parameters = new ParameterReader(checks, diagnostics);
    this.returns = new ReturnTypeReader(checks, diagnostics);
    this.bindings = new BindingValidator(diagnostics);
  }

  /** The endpoint, or empty when an error was reported on the method. */
  Optional<EndpointModel> read(ExecutableElement method, DeclaredType owner, List<String> interfaceHeaders) {
    List<HttpVerb> verbs = verbsOf(method);
    if (verbs.isEmpty()) {
      diagnostics.error(method, String.format(Messages.NO_VERB, method.getSimpleName() + "()"));
      return Optional.empty();
    }
    if (verbs.size() > 1) {
      diagnostics.error(method, verbs.get(1).annotation, "", String.format(Messages.TWO_VERBS,
          verbs.stream().map(v -> "@" + v.annotation.getSimpleName()).toList()));
      return Optional.empty();
    }
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.error(method, String.format(Messages.GENERIC_METHOD, method.getTypeParameters().stream()
          .map(parameter -> parameter.getSimpleName().toString())
          .collect(Collectors.joining(", ", "<", ">"))));
      return Optional.empty();
    }
    HttpVerb verb = verbs.get(0);
    Verb read = readVerb(method, verb);
    if (read == null) {
      return Optional.empty();
    }
    int errorsBefore = diagnostics.errorCount();
    PathTemplate path = PathTemplate.parse(read.template,
        message -> diagnostics.error(method, verb.annotation, verb == HttpVerb.HTTP ? "path" : "value", message));

    ExecutableType type = (ExecutableType) checks.types().asMemberOf(owner, method);
    List<ParameterModel> models = new ArrayList<>();
    List<? extends VariableElement> elements = method.getParameters();
    for (int i = 0; i < elements.size(); i++) {
      parameters.read(elements.get(i), type.getParameterTypes().get(i), path.placeholders()).ifPresent(models::add);
    }
    // A parameter already reported may have been meant for a placeholder: do not report the placeholder again.
    boolean allParametersRead = models.size() == elements.size();
    FieldEncoding fields = bindings.check(method, verb, read, path, models, allParametersRead);
    Optional<ReturnModel> returnModel = returns.read(method, type.getReturnType(), "HEAD".equals(read.httpMethod));
    List<String> headers = new HeaderReader(diagnostics).merge(method, interfaceHeaders);
    Optional<TimeoutModel> timeout = timeout(method);
    boolean markIdempotent = idempotent(method, read);
    boolean freshKey = freshIdempotencyKey(method, models);
    boolean keyed = freshKey || models.stream().anyMatch(model -> model.kind() == Kind.IDEMPOTENCY_KEY);
    ThrowsReader.Thrown thrown = new ThrowsReader(checks, diagnostics).read(method, type);
    if (diagnostics.errorCount() > errorsBefore || returnModel.isEmpty()) {
      return Optional.empty();
    }
    warnUnreplayableRetry(method, read, markIdempotent || keyed, models);
    return Optional.of(new EndpointModel(method, type, read.httpMethod, path,
        read.hasBody || BODY_BY_DEFAULT.contains(read.httpMethod),
        read.idempotent || markIdempotent, keyed, freshKey, fields, headers, timeout, List.copyOf(models),
        returnModel.get(), thrown.ioException(), thrown.typedError()));
  }

  /** What the verb annotation says: the HTTP method, the template and whether a body is sent. */
  record Verb(String httpMethod, String template, boolean hasBody, boolean idempotent) {}

  private Verb readVerb(ExecutableElement method, HttpVerb verb) {
    AnnotationMirror mirror = Annotations.find(method, verb.annotation).orElseThrow();
    if (verb == HttpVerb.HTTP) {
      String httpMethod = Annotations.string(mirror, "method");
      if (!METHOD_TOKEN.matcher(httpMethod).matches()) {
        diagnostics.error(method, Http.class, "method", String.format(Messages.HTTP_METHOD, httpMethod));
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

  private Optional<TimeoutModel> timeout(ExecutableElement method) {
    Optional<AnnotationMirror> mirror = Annotations.find(method, Timeout.class);
    if (mirror.isEmpty()) {
      return Optional.empty();
    }
    long amount = Annotations.number(mirror.get(), "value");
    if (amount < 1) {
      diagnostics.error(method, Timeout.class, "value", String.format(Messages.TIMEOUT_RANGE, amount));
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

  /** Whether the method itself carries {@code @IdempotencyKey}, for a fresh key per call; reported with a parameter. */
  private boolean freshIdempotencyKey(ExecutableElement method, List<ParameterModel> models) {
    if (!Annotations.has(method, IdempotencyKey.class)) {
      return false;
    }
    for (ParameterModel model : models) {
      if (model.kind() == Kind.IDEMPOTENCY_KEY) {
        diagnostics.error(method, IdempotencyKey.class, "",
            String.format(Messages.TWO_IDEMPOTENCY_KEYS, model.element().getSimpleName()));
        return false;
      }
    }
    return true;
  }

  private boolean idempotent(ExecutableElement method, Verb read) {
    if (!Annotations.has(method, Idempotent.class)) {
      return false;
    }
    if (read.idempotent) {
      diagnostics.warning(method, Idempotent.class, String.format(Messages.ALREADY_IDEMPOTENT, read.httpMethod));
      return false;
    }
    return true;
  }

  private void warnUnreplayableRetry(
      ExecutableElement method, Verb read, boolean markIdempotent, List<ParameterModel> models) {
    if (!read.idempotent && !markIdempotent) {
      return;
    }
    for (ParameterModel model : models) {
      if (model.kind() == Kind.BODY && model.bodyType() == BodyType.INPUT_STREAM) {
        diagnostics.warning(model.element(), Body.class, String.format(Messages.STREAM_NOT_RETRIED, read.httpMethod));
      }
    }
  }
}
