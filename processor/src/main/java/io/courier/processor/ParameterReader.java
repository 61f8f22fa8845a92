package io.courier.processor;

import io.courier.http.Body;
import io.courier.http.Field;
import io.courier.http.FieldMap;
import io.courier.http.Header;
import io.courier.http.HeaderMap;
import io.courier.http.IdempotencyKey;
import io.courier.http.Path;
import io.courier.http.Query;
import io.courier.http.QueryMap;
import io.courier.http.Url;
import io.courier.processor.ParameterModel.BodyType;
import io.courier.processor.ParameterModel.Kind;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Reads one parameter into a {@link ParameterModel}, checking its annotation and its type. */
final class ParameterReader {
  /** Each parameter annotation and what it binds to; the order is the order messages list them in. */
  private static final Map<Class<? extends Annotation>, Kind> KINDS = Map.of(
      Path.class, Kind.PATH,
      Query.class, Kind.QUERY,
      QueryMap.class, Kind.QUERY_MAP,
      Header.class, Kind.HEADER,
      HeaderMap.class, Kind.HEADER_MAP,
      Field.class, Kind.FIELD,
      FieldMap.class, Kind.FIELD_MAP,
      Body.class, Kind.BODY,
      Url.class, Kind.URL,
      IdempotencyKey.class, Kind.IDEMPOTENCY_KEY);
  private static final Map<String, Class<? extends Annotation>> BY_NAME = new HashMap<>();

  static {
    for (Class<? extends Annotation> annotation : KINDS.keySet()) {
      BY_NAME.put(annotation.getCanonicalName(), annotation);
    }
  }

  private final TypeChecks checks;
  private final NonValueTypes nonValues;
  private final Diagnostics diagnostics;

  ParameterReader(TypeChecks checks, Diagnostics diagnostics) {
    this.checks = checks;
    this.nonValues = new NonValueTypes(checks);
    this.diagnostics = diagnostics;
  }

  /**
   * Reads {@code parameter}; an un-annotated one fills the placeholder of its name, or else becomes a body field,
   * which {@link EndpointReader} checks against the method's verb.
   */
  Optional<ParameterModel> read(VariableElement parameter, TypeMirror type, Set<String> placeholders) {
    Map<Class<? extends Annotation>, AnnotationMirror> found = new LinkedHashMap<>();
    for (AnnotationMirror mirror : parameter.getAnnotationMirrors()) {
      Class<? extends Annotation> annotation = BY_NAME.get(Annotations.qualifiedName(mirror).toString());
      if (annotation != null) {
        found.put(annotation, mirror);
      }
    }
    if (found.size() > 1) {
      List<Class<? extends Annotation>> present = new ArrayList<>(found.keySet());
      present.sort((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()));
      diagnostics.error(parameter, present.get(1), "", String.format(Messages.TWO_PARAMETER_ANNOTATIONS,
          present.stream().map(a -> "@" + a.getSimpleName()).toList()));
      return Optional.empty();
    }
    String name = parameter.getSimpleName().toString();
    if (found.isEmpty()) {
      Kind kind = placeholders.contains(name) ? Kind.PATH : Kind.FIELD;
      return checked(new ParameterModel(parameter, type, kind, name, false, null), null);
    }
    Class<? extends Annotation> annotation = found.keySet().iterator().next();
    AnnotationMirror mirror = found.get(annotation);
    Kind kind = KINDS.get(annotation);
    ParameterModel model = switch (kind) {
      case PATH, QUERY -> new ParameterModel(parameter, type, kind, Annotations.string(mirror, "value"),
          Annotations.bool(mirror, "encoded"), null);
      case QUERY_MAP -> new ParameterModel(parameter, type, kind, "", Annotations.bool(mirror, "encoded"), null);
      case HEADER, FIELD -> new ParameterModel(parameter, type, kind, Annotations.string(mirror, "value"),
          false, null);
      case BODY -> new ParameterModel(parameter, type, kind, "", false, bodyType(type));
      case IDEMPOTENCY_KEY -> new ParameterModel(parameter, type, kind, "Idempotency-Key", false, null);
      default -> new ParameterModel(parameter, type, kind, "", false, null);
    };
    return checked(model, annotation);
  }

  private Optional<ParameterModel> checked(ParameterModel model, Class<? extends Annotation> annotation) {
    TypeMirror type = model.type();
    String problem = switch (model.kind()) {
      case PATH -> isMultiValued(type) || checks.isSubtype(type, "java.util.Map")
          ? String.format(Messages.PATH_TYPE, type) : null;
      case QUERY_MAP, HEADER_MAP, FIELD_MAP -> isStringMap(type)
          ? null : String.format(Messages.NOT_A_STRING_MAP, annotation.getSimpleName(), type);
      case QUERY, HEADER, FIELD -> checks.isSubtype(type, "java.util.Map")
          ? String.format(Messages.UNSUPPORTED_PARAMETER_TYPE, describe(model, annotation), type)
              + "; use @" + mapAnnotation(model.kind()) + " for a map"
          : null;
      case URL -> checks.is(type, "java.lang.String") || checks.is(type, "java.net.URI")
          ? null : String.format(Messages.URL_TYPE, type);
      case IDEMPOTENCY_KEY -> checks.is(type, "java.lang.String") || checks.is(type, "java.util.UUID")
          ? null : String.format(Messages.IDEMPOTENCY_KEY_TYPE, type);
      case BODY -> TypeChecks.hasTypeVariable(type) || type.getKind() == TypeKind.VOID
          ? String.format(Messages.UNSUPPORTED_PARAMETER_TYPE, "@Body", type)
              + "; the body's type must be known at compile time"
          : null;
    };
    if (problem == null && model.kind() == Kind.HEADER
        && HeaderReader.RESTRICTED.contains(model.key().toLowerCase(Locale.ROOT))) {
      problem = String.format(Messages.RESTRICTED_HEADER, model.key());
    }
    if (problem == null && model.kind() != Kind.BODY && TypeChecks.hasTypeVariable(type)) {
      problem = String.format(Messages.UNSUPPORTED_PARAMETER_TYPE, describe(model, annotation), type)
          + "; its type must be known at compile time";
    }
    if (problem == null) {
      problem = unwritable(model, annotation);
    }
    if (problem != null) {
      if (annotation == null) {
        diagnostics.error(model.element(), problem);
      } else {
        diagnostics.error(model.element(), annotation, "", problem);
      }
      return Optional.empty();
    }
    return Optional.of(model);
  }

  /**
   * For a value written into the body, the part of its type no codec could ever write, which would otherwise fail
   * every call; {@code null} when there is none.
   */
  private String unwritable(ParameterModel model, Class<? extends Annotation> annotation) {
    boolean bodyValue = switch (model.kind()) {
      case BODY -> model.bodyType() == BodyType.CODEC;
      case FIELD, FIELD_MAP -> true;
      default -> false;
    };
    if (!bodyValue) {
      return null;
    }
    String where = annotation == null
        ? "the type " + model.type() + " of parameter '" + model.name() + "'"
        : "the @" + annotation.getSimpleName() + " type " + model.type();
    return nonValues.find(model.type(), false)
        .map(finding -> NonValueTypes.message(finding, "write", where))
        .orElse(null);
  }

  private BodyType bodyType(TypeMirror type) {
    if (checks.is(type, "java.lang.String")) {
      return BodyType.STRING;
    }
    if (checks.isByteArray(type)) {
      return BodyType.BYTES;
    }
    if (checks.isSubtype(type, "java.nio.file.Path")) {
      return BodyType.PATH;
    }
    if (checks.isSubtype(type, "java.io.InputStream")) {
      return BodyType.INPUT_STREAM;
    }
    if (checks.isSubtype(type, "java.net.http.HttpRequest.BodyPublisher")) {
      return BodyType.PUBLISHER;
    }
    return BodyType.CODEC;
  }

  private boolean isMultiValued(TypeMirror type) {
    return type.getKind() == TypeKind.ARRAY
        || checks.isSubtype(type, "java.lang.Iterable")
        || checks.is(type, "java.util.Optional");
  }

  private boolean isStringMap(TypeMirror type) {
    return checks.isSubtype(type, "java.util.Map") && mapKeyIsString(type);
  }

  private boolean mapKeyIsString(TypeMirror type) {
    // Judged on the Map<K, V> the type implements, so that HashMap<String, Object> and Properties-like types work.
    TypeMirror asMap = asMap(type);
    List<? extends TypeMirror> arguments = TypeChecks.arguments(asMap);
    return arguments.size() == 2 && checks.is(arguments.get(0), "java.lang.String");
  }

  private TypeMirror asMap(TypeMirror type) {
    if (checks.is(type, "java.util.Map")) {
      return type;
    }
    for (TypeMirror supertype : checks.types().directSupertypes(type)) {
      if (checks.isSubtype(supertype, "java.util.Map")) {
        return asMap(supertype);
      }
    }
    return type;
  }

  private static String describe(ParameterModel model, Class<? extends Annotation> annotation) {
    return annotation == null ? "Parameter '" + model.name() + "'" : "@" + annotation.getSimpleName();
  }

  private static String mapAnnotation(Kind kind) {
    return switch (kind) {
      case QUERY -> "QueryMap";
      case HEADER -> "HeaderMap";
      default -> "FieldMap";
    };
  }
}
