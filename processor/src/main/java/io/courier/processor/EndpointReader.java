package io.courier.processor;

import io.courier.http.Body;
import io.courier.http.FormUrlEncoded;
import io.courier.http.Headers;
import io.courier.http.Http;
import io.courier.http.Idempotent;
import io.courier.http.Timeout;
import io.courier.processor.EndpointModel.FieldEncoding;
import io.courier.processor.EndpointModel.TimeoutModel;
import io.courier.processor.ParameterModel.BodyType;
import io.courier.processor.ParameterModel.Kind;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;

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

  EndpointReader(TypeChecks checks, Diagnostics diagnostics) {
    this.checks = checks;
    this.diagnostics = diagnostics;
    this.parameters = new ParameterReader(checks, diagnostics);
    this.returns = new ReturnTypeReader(checks, diagnostics);
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
          .collect(java.util.stream.Collectors.joining(", ", "<", ">"))));
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
    FieldEncoding fields = checkBinding(method, verb, read, path, models, allParametersRead);
    Optional<ReturnModel> returnModel = returns.read(method, type.getReturnType(), "HEAD".equals(read.httpMethod));
    List<String> headers = new HeaderReader(diagnostics).merge(method, interfaceHeaders);
    Optional<TimeoutModel> timeout = timeout(method);
    boolean markIdempotent = idempotent(method, verb, read);
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
  private record Verb(String httpMethod, String template, boolean hasBody, boolean idempotent) {}

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

  private static String verbValue(ExecutableElement method, Class<? extends Annotation> annotation) {
    Annotation instance = method.getAnnotation(annotation);
    try {
      return (String) annotation.getMethod("value").invoke(instance);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("verb annotation without value(): " + annotation, e);
    }
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

  /** Checks placeholders, body sources and URLs; returns how the fields are written. */
  private FieldEncoding checkBinding(ExecutableElement method, HttpVerb verb, Verb read, PathTemplate path,
      List<ParameterModel> models, boolean allParametersRead) {
    Class<? extends Annotation> verbAnnotation = verb.annotation;
    String templateAttribute = verb == HttpVerb.HTTP ? "path" : "value";
    Set<String> bound = new HashSet<>();
    ParameterModel body = null;
    ParameterModel url = null;
    List<ParameterModel> fieldParameters = new ArrayList<>();
    for (ParameterModel model : models) {
      switch (model.kind()) {
        case PATH -> {
          if (!path.placeholders().contains(model.key())) {
            diagnostics.error(model.element(), io.courier.http.Path.class, "value", String.format(
                Messages.UNKNOWN_PLACEHOLDER, read.template, model.key(), suggest(model.key(), path.placeholders())));
          } else if (!bound.add(model.key())) {
            diagnostics.error(model.element(), String.format(Messages.DUPLICATE_PLACEHOLDER, model.key()));
          }
        }
        case BODY -> {
          if (body != null) {
            diagnostics.error(model.element(), Body.class, "", String.format(Messages.TWO_BODIES, model.name()));
          }
          body = model;
        }
        case URL -> {
          if (url != null) {
            diagnostics.error(model.element(), String.format(Messages.TWO_URLS, model.name()));
          }
          url = model;
        }
        case FIELD, FIELD_MAP -> fieldParameters.add(model);
        default -> { }
      }
    }
    for (String placeholder : path.placeholders()) {
      if (allParametersRead && !bound.contains(placeholder)) {
        List<String> names = models.stream().map(ParameterModel::name).toList();
        diagnostics.error(method, verbAnnotation, templateAttribute, String.format(
            Messages.UNBOUND_PLACEHOLDER, read.template, placeholder, suggest(placeholder, names)));
      }
    }
    if (url != null && !read.template.isEmpty()) {
      diagnostics.error(method, verbAnnotation, templateAttribute,
          String.format(Messages.URL_WITH_PATH, read.template));
    }
    boolean form = method.getAnnotation(FormUrlEncoded.class) != null;
    if (!read.hasBody) {
      rejectBodySources(method, read, body, form, fieldParameters, path);
      return FieldEncoding.NONE;
    }
    if (body != null && !fieldParameters.isEmpty()) {
      diagnostics.error(fieldParameters.get(0).element(), String.format(Messages.BODY_AND_FIELDS,
          "@Body " + body.name() + " and " + fieldParameters.get(0).name()));
    }
    if (form && body != null) {
      diagnostics.error(method, FormUrlEncoded.class, "", Messages.FORM_WITH_BODY);
    }
    if (form) {
      return FieldEncoding.FORM;
    }
    return fieldParameters.isEmpty() ? FieldEncoding.NONE : FieldEncoding.JSON_OBJECT;
  }

  private void rejectBodySources(ExecutableElement method, Verb read, ParameterModel body, boolean form,
      List<ParameterModel> fields, PathTemplate path) {
    if (form) {
      diagnostics.error(method, FormUrlEncoded.class, "",
          String.format(Messages.BODY_NOT_ALLOWED, read.httpMethod, "@FormUrlEncoded", read.httpMethod));
    }
    if (body != null) {
      diagnostics.error(body.element(), Body.class, "",
          String.format(Messages.BODY_NOT_ALLOWED, read.httpMethod, "@Body", read.httpMethod));
    }
    for (ParameterModel field : fields) {
      if (field.kind() == Kind.FIELD && !hasAnnotation(field, io.courier.http.Field.class)) {
        diagnostics.error(field.element(), String.format(
            Messages.NO_BODY_FOR_PARAMETER, field.name(), read.template, read.httpMethod));
      } else {
        String annotation = field.kind() == Kind.FIELD ? "@Field" : "@FieldMap";
        diagnostics.error(field.element(), String.format(
            Messages.BODY_NOT_ALLOWED, read.httpMethod, annotation, read.httpMethod));
      }
    }
  }

  private static boolean hasAnnotation(ParameterModel model, Class<? extends Annotation> annotation) {
    return model.element().getAnnotation(annotation) != null;
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
    long value = timeout.unit() == java.util.concurrent.TimeUnit.MICROSECONDS
        ? Math.multiplyExact(timeout.value(), 1000L) : timeout.value();
    return Optional.of(new TimeoutModel(value, factory));
  }

  private boolean idempotent(ExecutableElement method, HttpVerb verb, Verb read) {
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

  /** ", did you mean {x}?" for the closest name within two edits, or nothing. */
  static String suggest(String name, Iterable<String> candidates) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : candidates) {
      int distance = Levenshtein.distance(name.toLowerCase(), candidate.toLowerCase());
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best == null ? "" : "; did you mean {" + best + "}?";
  }
}
