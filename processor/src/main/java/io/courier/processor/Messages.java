package io.courier.processor;

/**
 * Every diagnostic the processor reports: the rule, then what was found. The tests use the same constants, and
 * {@code processor/DIAGNOSTICS.md} lists them with examples.
 */
final class Messages {
  static final String VERB_OUTSIDE_INTERFACE =
      "Verb annotations belong on methods of an interface; %s is a %s";
  static final String TWO_VERBS = "A method takes exactly one verb annotation; found %s";
  static final String NO_VERB =
      "Abstract methods of a Courier interface need a verb annotation such as @Put or @Get; found none on %s";
  static final String VERB_ON_CONCRETE_METHOD =
      "A verb annotation on a default or static method is never used; make the method abstract or remove it";
  static final String GENERIC_METHOD =
      "Courier methods cannot be generic, because the body's type must be known at compile time; found %s";
  static final String MALFORMED_PLACEHOLDER =
      "Path placeholders must match \\{([a-zA-Z][a-zA-Z0-9_-]*)\\}. Found: %s";
  static final String INVALID_PATH_CHARACTER =
      "Path templates hold only URI characters; found '%s' at index %d of \"%s\". Percent-encode it";
  static final String UNBOUND_PLACEHOLDER = "URL \"%s\" contains \"{%s}\", but no parameter binds it%s";
  static final String UNKNOWN_PLACEHOLDER = "URL \"%s\" does not contain \"{%s}\"%s";
  static final String DUPLICATE_PLACEHOLDER = "Placeholder {%s} is bound by more than one parameter";
  static final String TWO_PARAMETER_ANNOTATIONS =
      "A parameter takes at most one Courier annotation; found %s";
  static final String TWO_BODIES = "A method takes at most one @Body parameter; found a second: %s";
  static final String BODY_AND_FIELDS =
      "A body comes from one source: a @Body parameter, or @Field and un-annotated parameters; found both (%s)";
  static final String BODY_NOT_ALLOWED =
      "%s requests have no body, so %s cannot be used here (use @Http(method = \"%s\", hasBody = true) to send one)";
  static final String NO_BODY_FOR_PARAMETER =
      "Parameter '%s' names no placeholder of \"%s\", and %s requests have no body to hold it;"
          + " annotate it with @Query, @Header or @Path";
  static final String FORM_WITH_BODY =
      "@FormUrlEncoded writes @Field parameters as a form; it cannot be used with @Body";
  static final String MULTIPART_WITHOUT_PARTS = "@Multipart sends @Part and @PartMap parameters as the body, and"
      + " this method has none; add one, or remove @Multipart";
  static final String PART_WITHOUT_MULTIPART =
      "@%s adds a part to a multipart body, so the method needs @Multipart";
  static final String DUPLICATE_PART = "Part \"%s\" is named by more than one @Part parameter, which sends two parts"
      + " of one name that a server keeps one of; give each its own name";
  static final String MULTIPART_WITH_OTHER_BODY =
      "@Multipart writes the body from @Part and @PartMap parameters, so it cannot be used with %s";
  static final String NOT_A_STRING_MAP = "@%s must be a Map with String keys; found %s";
  static final String MALFORMED_HEADER = "@Headers entries must be \"Name: value\"; found \"%s\"";
  static final String HEADER_NAME =
      "@Header names must be HTTP tokens: letters, digits and !#$%%&'*+-.^_`|~; found \"%s\"";
  static final String RESTRICTED_HEADER =
      "The JDK's HttpClient sets the %s header itself and refuses it from callers; remove it";
  static final String URL_WITH_PATH =
      "@Url replaces the path, so the verb's path must be empty; found \"%s\"";
  static final String TWO_URLS = "A method takes at most one @Url parameter; found a second: %s";
  static final String URL_TYPE = "@Url must be a String or java.net.URI; found %s";
  static final String IDEMPOTENCY_KEY_TYPE = "@IdempotencyKey must be a String or java.util.UUID; found %s";
  static final String IF_MATCH_TYPE = "@IfMatch takes an entity tag, a String; found %s";
  static final String TWO_IF_MATCH = "A request sends one If-Match: found a second @IfMatch parameter, %s";
  static final String CREATE_ONLY_NOT_PUT = "@CreateOnly makes a PUT create and never overwrite (If-None-Match: *);"
      + " it applies to PUT methods only, and this is a %s";
  static final String CREATE_ONLY_WITH_IF_MATCH = "@CreateOnly sends If-None-Match: *, which no If-Match can"
      + " accompany; remove @IfMatch parameter %s or @CreateOnly";
  static final String CONTENT_DIGEST_WITHOUT_BODY = "@ContentDigest sends a digest of the request body, and this %s"
      + " sends no body (%s); remove @ContentDigest";
  static final String CONTENT_DIGEST_UNREPLAYABLE = "@ContentDigest sends the digest before the body, so the body is"
      + " read twice, and %s can be read only once; send a Path, byte[] or String to digest it";
  static final String PATH_TYPE =
      "@Path fills one placeholder, so it cannot be an array, Iterable, Map or Optional; found %s";
  static final String UNSUPPORTED_PARAMETER_TYPE = "%s cannot be of type %s";
  static final String RAW_TYPE = "%s needs a type argument, such as %s<User>";
  static final String UNSUPPORTED_RETURN_TYPE = "Unsupported return type %s: %s";
  static final String NOT_A_VALUE = "%s is never a JSON value, so no codec can %s it; found %s in %s";
  static final String FUNCTIONAL_INTERFACE_RULE =
      "A functional interface (one annotated @FunctionalInterface, as all of java.util.function are)";
  static final String FUTURE_RULE =
      "A Future or CompletionStage, other than the CompletableFuture around an asynchronous result,";
  static final String NESTED_INPUT_STREAM_RULE = "An InputStream, other than a whole body or return type,";
  static final String PUBLISHER_RULE = "A Flow.Publisher, such as an HttpRequest.BodyPublisher, other than a whole"
      + " @Body (a part can carry its bytes as Part.of(fileName, contentType, stream)),";
  static final String STREAM_RETURN = "Only Stream<T> and Flow.Publisher<T> as the whole return type stream a"
      + " response (T a ServerSentEvent or a codec type, one per event or NDJSON line); return InputStream to read"
      + " any other body as it arrives; found %s in %s";
  static final String STREAM_IN_FUTURE = "A Stream inside a CompletableFuture would still block whoever reads it;"
      + " return Flow.Publisher<T> for async code, or Stream<T>; found %s";
  static final String HEAD_RETURN_TYPE =
      "HEAD responses have no body: return void, boolean, Response<Void> or a CompletableFuture of those; found %s";
  static final String TIMEOUT_RANGE = "@%s must be at least 1; found %d";
  static final String HTTP_METHOD = "@Http method must be an HTTP token in upper case, such as PROPFIND; found \"%s\"";
  static final String TWO_IDEMPOTENCY_KEYS = "A call sends one idempotency key: @IdempotencyKey on the method makes"
      + " a fresh one per call, so the method cannot also take an @IdempotencyKey parameter; found %s";
  static final String ALREADY_IDEMPOTENT = "%s is idempotent already, so @Idempotent changes nothing";
  static final String STREAM_NOT_RETRIED =
      "An InputStream body can be read only once, so this %s will never be retried; send a Path or byte[] to allow"
          + " retries";
  static final String TYPED_ERROR_CONSTRUCTOR = "%1$s needs a public constructor %1$s(HttpStatusException) to be"
      + " thrown for error statuses; add one, or remove it from throws";
  static final String TYPED_ERROR_NOT_CREATABLE =
      "Courier creates %s for error statuses, so it cannot be %s; make it a concrete top-level or static nested class";
  static final String TYPED_ERROR_HIDDEN = "Courier creates %s for error statuses in the generated class, which"
      + " cannot see it; make it and the classes around it public, or package-private in this package";
  static final String TYPED_ERROR_CONSTRUCTOR_THROWS = "%1$s(HttpStatusException) declares %2$s, but Courier calls"
      + " it to make the error for a status and cannot throw a checked exception from there; remove it from throws";
  static final String TWO_TYPED_ERRORS = "A method throws one typed error for every error status; found %s. Keep"
      + " one, and tell statuses apart by the status() of the HttpStatusException it wraps";
  static final String PRIVATE_INTERFACE =
      "Courier cannot implement %s, because the generated class could not see it; make it package-private or public";
  static final String UNRESOLVED_TYPE =
      "Could not generate an implementation: the type %s did not resolve in any round of annotation processing";
  static final String PROCESSOR_CRASHED =
      "The Courier processor failed on this interface (%s). This is a bug in Courier: please report it with the"
          + " interface that caused it";

  private Messages() {}
}
