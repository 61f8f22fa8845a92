package io.courier.processor;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One method parameter and what it binds to.
 *
 * @param element the parameter
 * @param type its type, with inherited type arguments resolved
 * @param kind what it binds to
 * @param name its name, which generated code passes with its value for messages
 * @param key the placeholder, query, header or field name; empty for maps, bodies and URLs
 * @param encoded whether the value is sent as already encoded
 * @param bodyType for a {@code @Body} or {@code @Part}, how it is written; else {@code null}
 */
record ParameterModel(
    VariableElement element, TypeMirror type, Kind kind, String name, String key, boolean encoded,
    BodyType bodyType) {

  /** What a parameter binds to. */
  enum Kind {
    PATH,
    QUERY,
    QUERY_MAP,
    HEADER,
    HEADER_MAP,
    FIELD,
    FIELD_MAP,
    BODY,
    URL,
    IDEMPOTENCY_KEY,
    IF_MATCH,
    PART,
    PART_MAP
  }

  /** How a {@code @Body} is written. */
  enum BodyType {
    CODEC,
    STRING,
    BYTES,
    PATH,
    INPUT_STREAM,
    PUBLISHER,
    /** An {@code io.courier.Part}, which only a {@code @Part} can be. */
    PART
  }
}
