package io.courier.processor;

import io.courier.http.Body;
import io.courier.http.Http;
import io.courier.http.Idempotent;
import io.courier.http.Timeout;
import io.courier.processor.EndpointModel.FieldEncoding;
import io.courier.processor.EndpointModel.TimeoutModel;
import io.courier.processor.ParameterModel.BodyType;
import io.courier.processor.ParameterModel.Kind;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;

/** Reads one abstract method into an {@link EndpointModel}, applying the binding rules of the contract. */
final class EndpointReader {
  private static final Pattern METHOD_TOKEN = Pattern.compile("[A-Z][A-Z0-9_-]*");
  /** The methods the runtime sends a body with unless told otherwise, and those that are idempotent (RFC 9110). */
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
    if (diagnostics.errorCount() > errorsBefore || returnModel.isEmpty()) {
      return Optional.empty();
    }
    warnUnreplayableRetry(method, read, markIdempotent, models);
    return Optional.of(new EndpointModel(method, type, read.httpMethod, path,
        read.hasBody && !BODY_BY_DEFAULT.contains(read.httpMethod),
        markIdempotent, fields, headers, timeout, List.copyOf(models), returnModel.get(),
        throwsIoException(type)));
  }

  /** What the verb annotation says: the HTTP method, the template and whether a body is sent. */
  record Verb(String httpMethod, String template, boolean hasBody, boolean idempotent) {}

  private Verb readVerb(ExecutableElement method, HttpVerb verb) {
    if (verb == HttpVerb.HTTP) {
      Http http = method.getAnnotation(Http.class);
      if (!METHOD_TOKEN.matcher(http.method()).matches()) {
        diagnostics.error(method, Http.class, "method", String.format(Messages.HTTP_METHOD, http.method()));
        return null;
      }
      return new Verb(http.method(), http.path(), http.hasBody(), IDEMPOTENT.contains(http.method()));
    }
    return new Verb(verb.name(), verbValue(method, verb.annotation), verb.hasBody, verb.idempotent);
  }

  /** The verb's path template: its {@code value}, or the default {@code ""} when none is written. */
  private static String verbValue(ExecutableElement method, Class<? extends Annotation> annotation) {
    return Diagnostics.mirror(method, annotation).stream()
        .flatMap(mirror -> mirror.getElementValues().entrySet().stream())
        .filter(entry -> entry.getKey().getSimpleName().contentEquals("value"))
        .map(entry -> (String) entry.getValue().getValue())
        .findFirst()
        .orElse("");
  }

  static List<HttpVerb> verbsOf(ExecutableElement method) {
    List<HttpVerb> verbs = new ArrayList<>();
    for (HttpVerb verb : HttpVerb.values()) {
      if (method.getAnnotation(verb.annotation) != null) {
        verbs.add(verb);
      }
    }
    return verbs;
  }

  private Optional<TimeoutModel> timeout(ExecutableElement method) {
    Timeout timeout = method.getAnnotation(Timeout.class);
    if (timeout == null) {
      return Optional.empty();
    }
    if (timeout.value() < 1) {
      diagnostics.error(method, Timeout.class, "value", String.format(Messages.TIMEOUT_RANGE, timeout.value()));
      return Optional.empty();
    }
    String factory = switch (timeout.unit()) {
      case NANOSECONDS -> "ofNanos";
      case MICROSECONDS -> "ofNanos";
      case MILLISECONDS -> "ofMillis";
      case SECONDS -> "ofSeconds";
      case MINUTES -> "ofMinutes";
      case HOURS -> "ofHours";
      case DAYS -> "ofDays";
    };
    long value = timeout.unit() == TimeUnit.MICROSECONDS
        ? Math.multiplyExact(timeout.value(), 1000L) : timeout.value();
    return Optional.of(new TimeoutModel(value, factory));
  }

  private boolean idempotent(ExecutableElement method, Verb read) {
    if (method.getAnnotation(Idempotent.class) == null) {
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

  private boolean throwsIoException(ExecutableType type) {
    return type.getThrownTypes().stream().anyMatch(checks::catchesIoException);
  }
}
