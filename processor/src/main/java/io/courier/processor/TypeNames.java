package io.courier.processor;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code names, in one place, so the processor never needs the runtime jar. */
final class TypeNames {
  static final String RUNTIME = "io.courier";
  static final String INTERNAL = "io.courier.internal";

  static final ClassName COURIER = ClassName.get(RUNTIME, "Courier");
  static final ClassName RESPONSE = ClassName.get(RUNTIME, "Response");
  static final ClassName ENGINE = ClassName.get(INTERNAL, "Engine");
  static final ClassName ENDPOINT = ClassName.get(INTERNAL, "Endpoint");
  static final ClassName ENDPOINTS = ClassName.get(INTERNAL, "Endpoints");
  static final ClassName DECODER = ClassName.get(INTERNAL, "Decoder");
  static final ClassName BODY_WRITER = ClassName.get(INTERNAL, "BodyWriter");
  static final ClassName BODY_WRITERS = ClassName.get(INTERNAL, "BodyWriters");
  static final ClassName DECODERS = ClassName.get(INTERNAL, "Decoders");
  static final ClassName RETURNS = ClassName.get(INTERNAL, "Returns");
  static final ClassName TYPES = ClassName.get(INTERNAL, "Types");
  static final ClassName CLIENT_FACTORY = ClassName.get(INTERNAL, "ClientFactory");

  /** Looked up by name in the code being compiled, to read {@code throws} clauses. */
  static final String HTTP_STATUS_EXCEPTION = RUNTIME + ".HttpStatusException";
  static final String COURIER_EXCEPTION = RUNTIME + ".CourierException";

  /** The service file {@code Courier.create} reads through {@link java.util.ServiceLoader}. */
  static final String SERVICE_FILE = "META-INF/services/" + INTERNAL + ".ClientFactory";

  private TypeNames() {}
}
