package io.courier.processor;

import io.courier.http.Body;
import io.courier.http.FormUrlEncoded;
import io.courier.processor.EndpointModel.FieldEncoding;
import io.courier.processor.EndpointReader.Verb;
import io.courier.processor.ParameterModel.Kind;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;

/** Checks how a method's parameters bind: placeholders bound once each, one body source, one URL. */
final class BindingValidator {
  private final Diagnostics diagnostics;

  BindingValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Checks placeholders, body sources and URLs; returns how the fields are written. */
  FieldEncoding check(ExecutableElement method, HttpVerb verb, Verb read, PathTemplate path,
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
                Messages.UNKNOWN_PLACEHOLDER, read.template(), model.key(), suggest(model.key(), path.placeholders())));
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
            Messages.UNBOUND_PLACEHOLDER, read.template(), placeholder, suggest(placeholder, names)));
      }
    }
    if (url != null && !read.template().isEmpty()) {
      diagnostics.error(method, verbAnnotation, templateAttribute,
          String.format(Messages.URL_WITH_PATH, read.template()));
    }
    boolean form = Annotations.has(method, FormUrlEncoded.class);
    if (!read.hasBody()) {
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
          String.format(Messages.BODY_NOT_ALLOWED, read.httpMethod(), "@FormUrlEncoded", read.httpMethod()));
    }
    if (body != null) {
      diagnostics.error(body.element(), Body.class, "",
          String.format(Messages.BODY_NOT_ALLOWED, read.httpMethod(), "@Body", read.httpMethod()));
    }
    for (ParameterModel field : fields) {
      if (field.kind() == Kind.FIELD && !Annotations.has(field.element(), io.courier.http.Field.class)) {
        diagnostics.error(field.element(), String.format(
            Messages.NO_BODY_FOR_PARAMETER, field.name(), read.template(), read.httpMethod()));
      } else {
        String annotation = field.kind() == Kind.FIELD ? "@Field" : "@FieldMap";
        diagnostics.error(field.element(), String.format(
            Messages.BODY_NOT_ALLOWED, read.httpMethod(), annotation, read.httpMethod()));
      }
    }
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
