package io.courier.processor;

import io.courier.http.Body;
import io.courier.http.Field;
import io.courier.http.FieldMap;
import io.courier.http.Header;
import io.courier.http.HeaderMap;
import io.courier.http.IdempotencyKey;
import io.courier.http.IfMatch;
import io.courier.http.Part;
import io.courier.http.PartMap;
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
  /** Each kind by its annotation's qualified name. */
  private static final Map<String, Kind> BY_NAME = new HashMap<>();

  static {
    for (Kind kind : Kind.values()) {
      BY_NAME.put(annotation(kind).getCanonicalName(), kind);
    }
  }

  private final TypeChecks checks;
  private final NonValueTypes nonValues;

  ParameterReader(TypeChecks checks) {
    this.checks = checks;
    this.nonValues = new NonValueTypes(checks);
  }

  /** The annotation that binds a parameter to {@code kind}. */
  static Class<? extends Annotation> annotation(Kind kind) {
    return switch (kind) {
      case PATH -> Path.class;
      case QUERY -> Query.class;
      case QUERY_MAP -> QueryMap.class;
      case HEADER -> Header.class;
      case HEADER_MAP -> HeaderMap.class;
      case FIELD -> Field.class;
      case FIELD_MAP -> FieldMap.class;
      case BODY -> Body.class;
      case URL -> Url.class;
      case IDEMPOTENCY_KEY -> IdempotencyKey.class;
      case IF_MATCH -> IfMatch.class;
      case PART -> Part.class;
      case PART_MAP -> PartMap.class;
    };
  }

  /**
   * Reads {@code parameter}; an un-annotated one fills the placeholder of its name, or else becomes a body field,
   * which {@link EndpointReader} checks against the method's verb.
   */
  Optional<ParameterModel> read(VariableElement parameter, TypeMirror type, Set<String> placeholders,
      Findings findings) {
    Map<Kind, AnnotationMirror> found = new LinkedHashMap<>();
    for (AnnotationMirror mirror : parameter.getAnnotationMirrors()) {
      Kind kind = BY_NAME.get(Annotations.qualifiedName(mirror).toString());
      if (kind != null) {
        found.put(kind, mirror);
      }
    }
    if (found.size() > 1) {
      List<Class<? extends Annotation>> present = new ArrayList<>();
      found.keySet().forEach(kind -> present.add(annotation(kind)));
      present.sort((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()));
      findings.error(parameter, present.get(1), "", String.format(Messages.TWO_PARAMETER_ANNOTATIONS,
          present.stream().map(a -> "@" + a.getSimpleName()).toList()));
      return Optional.empty();
    }
    String name = parameter.getSimpleName().toString();
    if (found.isEmpty()) {
      Kind kind = placeholders.contains(name) ? Kind.PATH : Kind.FIELD;
      return checked(new ParameterModel(parameter, type, kind, name, name, false, null), null, findings);
    }
    Kind kind = found.keySet().iterator().next();
    AnnotationMirror mirror = found.get(kind);
    ParameterModel model = switch (kind) {
      case PATH, QUERY -> new ParameterModel(parameter, type, kind, name, Annotations.string(mirror, "value"),
          Annotations.bool(mirror, "encoded"), null);
      case QUERY_MAP -> new ParameterModel(parameter, type, kind, name, "", Annotations.bool(mirror, "encoded"),
          null);
      case PART -> new ParameterModel(parameter, type, kind, name, Annotations.string(mirror, "value"), false,
          partType(type));
      case HEADER, FIELD -> new ParameterModel(parameter, type, kind, name, Annotations.string(mirror, "value"),
          false, null);
      case BODY -> new ParameterModel(parameter, type, kind, name, "", false, bodyType(type));
      case IDEMPOTENCY_KEY -> new ParameterModel(parameter, type, kind, name, "Idempotency-Key", false, null);
      case IF_MATCH -> new ParameterModel(parameter, type, kind, name, "If-Match", false, null);
      case HEADER_MAP, FIELD_MAP, PART_MAP, URL -> new ParameterModel(parameter, type, kind, name, "", false, null);
    };
    return checked(model, annotation(kind), findings);
  }

  private Optional<ParameterModel> checked(
      ParameterModel model, Class<? extends Annotation> annotation, Findings findings) {
    TypeMirror type = model.type();
    String problem = switch (model.kind()) {
      case PATH -> isMultiValued(type) || checks.isSubtype(type, "java.util.Map")
          ? String.format(Messages.PATH_TYPE, type) : null;
      case QUERY_MAP, HEADER_MAP, FIELD_MAP, PART_MAP -> isStringMap(type)
          ? null : String.format(Messages.NOT_A_STRING_MAP, annotation.getSimpleName(), type);
      case QUERY -> mapInsteadOfValue(model, annotation, QueryMap.class);
      case HEADER -> mapInsteadOfValue(model, annotation, HeaderMap.class);
      case FIELD -> mapInsteadOfValue(model, annotation, FieldMap.class);
      case PART -> mapInsteadOfValue(model, annotation, PartMap.class);
      case URL -> checks.is(type, "java.lang.String") || checks.is(type, "java.net.URI")
          ? null : String.format(Messages.URL_TYPE, type);
      case IDEMPOTENCY_KEY -> checks.is(type, "java.lang.String") || checks.is(type, "java.util.UUID")
          ? null : String.format(Messages.IDEMPOTENCY_KEY_TYPE, type);
      case IF_MATCH -> checks.is(type, "java.lang.String") ? null : String.format(Messages.IF_MATCH_TYPE, type);
      case BODY -> TypeChecks.hasTypeVariable(type) || type.getKind() == TypeKind.VOID
          ? String.format(Messages.UNSUPPORTED_PARAMETER_TYPE, "@Body", type)
              + "; the body's type must be known at compile time"
          : null;
    };
    if (problem == null && model.kind() == Kind.HEADER && !HeaderReader.TOKEN.matcher(model.key()).matches()) {
      problem = String.format(Messages.HEADER_NAME, model.key());
    }
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
        findings.error(model.element(), problem);
      } else {
        findings.error(model.element(), annotation, "", problem);
      }
      return Optional.empty();
    }
    return Optional.of(model);
  }

  /** The problem of a map where one value belongs, which names the map annotation to use; null for no map. */
  private String mapInsteadOfValue(
      ParameterModel model, Class<? extends Annotation> annotation, Class<? extends Annotation> mapAnnotation) {
    return checks.isSubtype(model.type(), "java.util.Map")
        ? String.format(Messages.UNSUPPORTED_PARAMETER_TYPE, describe(model, annotation), model.type())
            + "; use @" + mapAnnotation.getSimpleName() + " for a map"
        : null;
  }

  /**
   * For a value written into the body, the part of its type no codec could ever write, which would otherwise fail
   * every call; {@code null} when there is none.
   */
  private String unwritable(ParameterModel model, Class<? extends Annotation> annotation) {
    boolean bodyValue = switch (model.kind()) {
      case BODY, PART -> model.bodyType() == BodyType.CODEC;
      case FIELD, FIELD_MAP, PART_MAP -> true;
      case PATH, QUERY, QUERY_MAP, HEADER, HEADER_MAP, URL, IDEMPOTENCY_KEY, IF_MATCH -> false;
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

  /** How a {@code @Part} is written: as text, bytes, a file, a {@code Part}, or else by a codec. */
  private BodyType partType(TypeMirror type) {
    if (checks.is(type, "io.courier.Part")) {
      return BodyType.PART;
    }
    BodyType asBody = bodyType(type);
    return switch (asBody) {
      case STRING, BYTES, PATH -> asBody;
      // An InputStream goes in an io.courier.Part, which names its content type; as a value the codec refuses it.
      case CODEC, INPUT_STREAM, PUBLISHER, PART -> BodyType.CODEC;
    };
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
}
