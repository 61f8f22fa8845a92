package io.courier.processor;

import io.courier.http.Body;
import io.courier.http.FormUrlEncoded;
import io.courier.http.Multipart;
import io.courier.http.Part;
import io.courier.processor.EndpointReader.Verb;
import io.courier.processor.ParameterModel.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;

/** Checks how a method's parameters bind: placeholders bound once each, one body source, one URL. */
final class BindingValidator {
  private BindingValidator() {}

  /**
   * The findings about placeholders, body sources and URLs; {@code allParametersRead} is false when a parameter
   * was already reported, which may have been meant for a placeholder that is then not reported again.
   */
  static List<Finding> check(ExecutableElement method, HttpVerb verb, Verb read, PathTemplate path,
      List<ParameterModel> models, boolean allParametersRead) {
    String templateAttribute = verb == HttpVerb.HTTP ? "path" : "value";
    List<Finding> findings = new ArrayList<>();
    Set<String> bound = new HashSet<>();
    ParameterModel body = null;
    ParameterModel url = null;
    List<ParameterModel> fieldParameters = new ArrayList<>();
    List<ParameterModel> partParameters = new ArrayList<>();
    Set<String> partNames = new HashSet<>();
    for (ParameterModel model : models) {
      Optional<Finding> finding = switch (model.kind()) {
        case PATH -> placeholderFinding(model, read, path, bound);
        case BODY -> {
          Optional<Finding> second = body == null ? Optional.empty() : Optional.of(Finding.error(
              model.element(), Body.class, "", String.format(Messages.TWO_BODIES, model.name())));
          body = model;
          yield second;
        }
        case URL -> {
          Optional<Finding> second = url == null ? Optional.empty()
              : Optional.of(Finding.error(model.element(), String.format(Messages.TWO_URLS, model.name())));
          url = model;
          yield second;
        }
        case FIELD, FIELD_MAP -> {
          fieldParameters.add(model);
          yield Optional.empty();
        }
        case PART -> {
          partParameters.add(model);
          yield partNames.add(model.key()) ? Optional.empty() : Optional.of(Finding.error(
              model.element(), Part.class, "value", String.format(Messages.DUPLICATE_PART, model.key())));
        }
        case PART_MAP -> {
          partParameters.add(model);
          yield Optional.empty();
        }
        case QUERY, QUERY_MAP, HEADER, HEADER_MAP, IDEMPOTENCY_KEY, IF_MATCH -> Optional.empty();
      };
      finding.ifPresent(findings::add);
    }
    for (String placeholder : path.placeholders()) {
      if (allParametersRead && !bound.contains(placeholder)) {
        List<String> names = models.stream().map(ParameterModel::name).toList();
        findings.add(Finding.error(method, verb.annotation, templateAttribute, String.format(
            Messages.UNBOUND_PLACEHOLDER, read.template(), placeholder, suggest(placeholder, names))));
      }
    }
    if (url != null && !read.template().isEmpty()) {
      findings.add(Finding.error(method, verb.annotation, templateAttribute,
          String.format(Messages.URL_WITH_PATH, read.template())));
    }
    boolean form = Annotations.has(method, FormUrlEncoded.class);
    if (Annotations.has(method, Multipart.class)) {
      multipartFinding(method, read, body, form, fieldParameters, partParameters, allParametersRead).ifPresent(findings::add);
      if (!read.hasBody()) {
        return findings;
      }
    } else if (!partParameters.isEmpty()) {
      ParameterModel part = partParameters.get(0);
      Class<? extends java.lang.annotation.Annotation> annotation = ParameterReader.annotation(part.kind());
      findings.add(Finding.error(part.element(), annotation, "",
          String.format(Messages.PART_WITHOUT_MULTIPART, annotation.getSimpleName())));
    }
    if (!read.hasBody()) {
      findings.addAll(bodySourcesWithoutBody(method, read, body, form, fieldParameters));
      return findings;
    }
    if (body != null && !fieldParameters.isEmpty()) {
      findings.add(Finding.error(fieldParameters.get(0).element(), String.format(Messages.BODY_AND_FIELDS,
          "@Body " + body.name() + " and " + fieldParameters.get(0).name())));
    }
    if (form && body != null) {
      findings.add(Finding.error(method, FormUrlEncoded.class, "", Messages.FORM_WITH_BODY));
    }
    return findings;
  }

  /** How the fields of a method that passed {@link #check} are written. */
  static EndpointModel.FieldEncoding fieldEncoding(ExecutableElement method, boolean hasBody,
      List<ParameterModel> models) {
    if (!hasBody) {
      return EndpointModel.FieldEncoding.NONE;
    }
    if (Annotations.has(method, Multipart.class)) {
      return EndpointModel.FieldEncoding.MULTIPART;
    }
    if (Annotations.has(method, FormUrlEncoded.class)) {
      return EndpointModel.FieldEncoding.FORM;
    }
    boolean fields = models.stream().anyMatch(model -> model.kind() == Kind.FIELD || model.kind() == Kind.FIELD_MAP);
    return fields ? EndpointModel.FieldEncoding.JSON_OBJECT : EndpointModel.FieldEncoding.NONE;
  }

  /**
   * The one mistake of a {@code @Multipart} method, if any: no body to hold the parts, another body source beside
   * them, or no part at all. One is reported, since each makes the others moot.
   */
  private static Optional<Finding> multipartFinding(ExecutableElement method, Verb read, ParameterModel body,
      boolean form, List<ParameterModel> fields, List<ParameterModel> parts, boolean allParametersRead) {
    if (!read.hasBody()) {
      return Optional.of(Finding.error(method, Multipart.class, "",
          String.format(Messages.BODY_NOT_ALLOWED, read.httpMethod(), "@Multipart", read.httpMethod())));
    }
    if (body != null) {
      return Optional.of(Finding.error(body.element(), Body.class, "",
          String.format(Messages.MULTIPART_WITH_OTHER_BODY, "@Body")));
    }
    if (!fields.isEmpty()) {
      ParameterModel field = fields.get(0);
      boolean annotated = field.kind() == Kind.FIELD_MAP || Annotations.has(field.element(), io.courier.http.Field.class);
      String what = annotated ? "@" + ParameterReader.annotation(field.kind()).getSimpleName()
          : "un-annotated parameter '" + field.name() + "' (annotate it with @Part)";
      return Optional.of(Finding.error(field.element(), String.format(Messages.MULTIPART_WITH_OTHER_BODY, what)));
    }
    if (form) {
      return Optional.of(Finding.error(method, FormUrlEncoded.class, "",
          String.format(Messages.MULTIPART_WITH_OTHER_BODY, "@FormUrlEncoded")));
    }
    if (parts.isEmpty() && allParametersRead) { // a part reported already is not reported missing too
      return Optional.of(Finding.error(method, Multipart.class, "", Messages.MULTIPART_WITHOUT_PARTS));
    }
    return Optional.empty();
  }

  private static Optional<Finding> placeholderFinding(
      ParameterModel model, Verb read, PathTemplate path, Set<String> bound) {
    if (!path.placeholders().contains(model.key())) {
      return Optional.of(Finding.error(model.element(), io.courier.http.Path.class, "value", String.format(
          Messages.UNKNOWN_PLACEHOLDER, read.template(), model.key(), suggest(model.key(), path.placeholders()))));
    }
    if (!bound.add(model.key())) {
      return Optional.of(
          Finding.error(model.element(), String.format(Messages.DUPLICATE_PLACEHOLDER, model.key())));
    }
    return Optional.empty();
  }

  private static List<Finding> bodySourcesWithoutBody(ExecutableElement method, Verb read, ParameterModel body,
      boolean form, List<ParameterModel> fields) {
    List<Finding> findings = new ArrayList<>();
    if (form) {
      findings.add(Finding.error(method, FormUrlEncoded.class, "",
          String.format(Messages.BODY_NOT_ALLOWED, read.httpMethod(), "@FormUrlEncoded", read.httpMethod())));
    }
    if (body != null) {
      findings.add(Finding.error(body.element(), Body.class, "",
          String.format(Messages.BODY_NOT_ALLOWED, read.httpMethod(), "@Body", read.httpMethod())));
    }
    for (ParameterModel field : fields) {
      if (field.kind() == Kind.FIELD && !Annotations.has(field.element(), io.courier.http.Field.class)) {
        findings.add(Finding.error(field.element(), String.format(
            Messages.NO_BODY_FOR_PARAMETER, field.name(), read.template(), read.httpMethod())));
      } else {
        String annotation = "@" + ParameterReader.annotation(field.kind()).getSimpleName();
        findings.add(Finding.error(field.element(), String.format(
            Messages.BODY_NOT_ALLOWED, read.httpMethod(), annotation, read.httpMethod())));
      }
    }
    return findings;
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
