package io.courier.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.courier.processor.Compilations.compile;
import static io.courier.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per diagnostic: the message, the file and the line, and no other error. */
class DiagnosticsTest {
  private static void assertError(String message, String line, String... lines) {
    JavaFileObject source = source(lines);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  private static String notAValue(String rule, String action, String found, String where) {
    return String.format(Messages.NOT_A_VALUE, rule, action, found, where);
  }

  private static void assertWarning(String message, String line, String... lines) {
    JavaFileObject source = source(lines);
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void verbOnAClassMethod() {
    assertError(String.format(Messages.VERB_OUTSIDE_INTERFACE, "Api", "class"), "@Put",
        "abstract class Api {",
        "  @Put(\"/x\")",
        "  abstract void put();",
        "}");
  }

  @Test
  void verbOnAnEnumMethod() {
    assertError(String.format(Messages.VERB_OUTSIDE_INTERFACE, "Api", "enum"), "void put",
        "enum Api {",
        "  A;",
        "  @Put(\"/x\") void put() {}",
        "}");
  }

  @Test
  void privateInterface() {
    assertError(String.format(Messages.PRIVATE_INTERFACE, "a private interface"), "private interface Hidden",
        "class Api {",
        "  private interface Hidden {",
        "    @Put(\"/x\") void put();",
        "  }",
        "}");
  }

  @Test
  void interfaceInsideAPrivateClass() {
    assertError(String.format(Messages.PRIVATE_INTERFACE, "an interface nested in private Inner"), "interface Shown",
        "class Api {",
        "  private static class Inner {",
        "    interface Shown {",
        "      @Put(\"/x\") void put();",
        "    }",
        "  }",
        "}");
  }

  @Test
  void twoVerbs() {
    assertError(String.format(Messages.TWO_VERBS, "[@Put, @Get]"), "@Get",
        "interface Api {",
        "  @Put(\"/x\")",
        "  @Get(\"/x\")",
        "  void put();",
        "}");
  }

  @Test
  void abstractMethodWithoutVerb() {
    assertError(String.format(Messages.NO_VERB, "forgotten()"), "void forgotten",
        "interface Api {",
        "  @Put(\"/x\") void put();",
        "  void forgotten();",
        "}");
  }

  @Test
  void verbOnDefaultMethod() {
    assertError(Messages.VERB_ON_CONCRETE_METHOD, "default void other",
        "interface Api {",
        "  @Put(\"/x\") void put();",
        "  @Put(\"/y\") default void other() {}",
        "}");
  }

  @Test
  void genericMethod() {
    assertError(String.format(Messages.GENERIC_METHOD, "<T>"), "<T> T put",
        "interface Api {",
        "  @Put(\"/x\") <T> T put(@Body T value);",
        "}");
  }

  @Test
  void malformedPlaceholder() {
    assertError(String.format(Messages.MALFORMED_PLACEHOLDER, "{user id}"), "@Put",
        "interface Api {",
        "  @Put(\"/users/{user id}\")",
        "  void put();",
        "}");
  }

  @Test
  void unclosedPlaceholder() {
    assertError(String.format(Messages.MALFORMED_PLACEHOLDER, "users/{id"), "@Put",
        "interface Api {",
        "  @Put(\"/users/{id\")",
        "  void put(long id);",
        "}");
  }

  @Test
  void characterThatMustBeEncoded() {
    assertError(String.format(Messages.INVALID_PATH_CHARACTER, ' ', 2, "/a b"), "@Put",
        "interface Api {",
        "  @Put(\"/a b\")",
        "  void put();",
        "}");
  }

  @Test
  void placeholderWithoutParameter() {
    assertError(String.format(Messages.UNBOUND_PLACEHOLDER, "/users/{userId}", "userId", "; did you mean {userid}?"),
        "@Put",
        "interface Api {",
        "  @Put(\"/users/{userId}\")",
        "  void put(@Query(\"q\") String userid);",
        "}");
  }

  @Test
  void parameterNamingNoPlaceholder() {
    assertError(String.format(Messages.UNKNOWN_PLACEHOLDER, "/users/{id}", "idd", "; did you mean {id}?"),
        "long other",
        "interface Api {",
        "  @Put(\"/users/{id}\")",
        "  void put(@Path(\"id\") long id,",
        "      @Path(\"idd\") long other);",
        "}");
  }

  @Test
  void placeholderBoundTwice() {
    assertError(String.format(Messages.DUPLICATE_PLACEHOLDER, "id"), "long again",
        "interface Api {",
        "  @Put(\"/users/{id}\")",
        "  void put(@Path(\"id\") long id,",
        "      @Path(\"id\") long again);",
        "}");
  }

  @Test
  void twoAnnotationsOnOneParameter() {
    assertError(String.format(Messages.TWO_PARAMETER_ANNOTATIONS, "[@Header, @Query]"), "String q",
        "interface Api {",
        "  @Put(\"/x\")",
        "  void put(@Query(\"q\") @Header(\"H\") String q);",
        "}");
  }

  @Test
  void twoBodies() {
    assertError(String.format(Messages.TWO_BODIES, "second"), "String second",
        "interface Api {",
        "  @Put(\"/x\")",
        "  void put(@Body String first,",
        "      @Body String second);",
        "}");
  }

  @Test
  void bodyAndFields() {
    assertError(String.format(Messages.BODY_AND_FIELDS, "@Body body and name"), "String name",
        "interface Api {",
        "  @Put(\"/x\")",
        "  void put(@Body String body,",
        "      String name);",
        "}");
  }

  @Test
  void bodyOnAMethodWithoutOne() {
    assertError(String.format(Messages.BODY_NOT_ALLOWED, "GET", "@Body", "GET"), "String body",
        "interface Api {",
        "  @Get(\"/x\")",
        "  String get(@Body String body);",
        "}");
  }

  @Test
  void fieldOnAMethodWithoutABody() {
    assertError(String.format(Messages.BODY_NOT_ALLOWED, "DELETE", "@Field", "DELETE"), "String name",
        "interface Api {",
        "  @Delete(\"/x\")",
        "  void delete(@Field(\"name\") String name);",
        "}");
  }

  @Test
  void formOnAMethodWithoutABody() {
    assertError(String.format(Messages.BODY_NOT_ALLOWED, "GET", "@FormUrlEncoded", "GET"), "@FormUrlEncoded",
        "interface Api {",
        "  @Get(\"/x\")",
        "  @FormUrlEncoded",
        "  String get();",
        "}");
  }

  @Test
  void unannotatedParameterOnAMethodWithoutABody() {
    assertError(String.format(Messages.NO_BODY_FOR_PARAMETER, "name", "/x", "GET"), "String name",
        "interface Api {",
        "  @Get(\"/x\")",
        "  String get(String name);",
        "}");
  }

  @Test
  void formWithBody() {
    assertError(Messages.FORM_WITH_BODY, "@FormUrlEncoded",
        "interface Api {",
        "  @Put(\"/x\")",
        "  @FormUrlEncoded",
        "  void put(@Body String body);",
        "}");
  }

  @Test
  void multipartWithoutParts() {
    assertError(Messages.MULTIPART_WITHOUT_PARTS, "@Multipart",
        "interface Api {",
        "  @Post(\"/x\")",
        "  @Multipart",
        "  void post(@Header(\"H\") String h);",
        "}");
  }

  @Test
  void partWithoutMultipart() {
    assertError(String.format(Messages.PART_WITHOUT_MULTIPART, "Part"), "String title",
        "interface Api {",
        "  @Post(\"/x\")",
        "  void post(",
        "      @Part(\"title\") String title);",
        "}");
  }

  @Test
  void partNamedTwice() {
    assertError(String.format(Messages.DUPLICATE_PART, "file"), "byte[] second",
        "interface Api {",
        "  @Post(\"/x\") @Multipart",
        "  void post(@Part(\"file\") byte[] first,",
        "      @Part(\"file\") byte[] second);",
        "}");
  }

  @Test
  void multipartWithField() {
    assertError(String.format(Messages.MULTIPART_WITH_OTHER_BODY, "@Field"), "String key",
        "interface Api {",
        "  @Post(\"/x\") @Multipart",
        "  void post(@Part(\"file\") byte[] file,",
        "      @Field(\"key\") String key);",
        "}");
  }

  @Test
  void multipartWithBody() {
    assertError(String.format(Messages.MULTIPART_WITH_OTHER_BODY, "@Body"), "String text",
        "interface Api {",
        "  @Post(\"/x\") @Multipart",
        "  void post(@Part(\"file\") byte[] file,",
        "      @Body String text);",
        "}");
  }

  @Test
  void multipartOnGet() {
    assertError(String.format(Messages.BODY_NOT_ALLOWED, "GET", "@Multipart", "GET"), "@Multipart",
        "interface Api {",
        "  @Get(\"/x\")",
        "  @Multipart",
        "  String get(@Part(\"file\") byte[] file);",
        "}");
  }

  @Test
  void partNoCodecCanWrite() {
    assertError(notAValue(Messages.NESTED_INPUT_STREAM_RULE, "write", "java.io.InputStream",
        "the @Part type java.io.InputStream"), "InputStream data",
        "interface Api {",
        "  @Post(\"/x\") @Multipart",
        "  void post(",
        "      @Part(\"data\") java.io.InputStream data);",
        "}");
  }

  @Test
  void queryMapWithoutStringKeys() {
    assertError(String.format(Messages.NOT_A_STRING_MAP, "QueryMap",
        "java.util.Map<java.lang.Integer,java.lang.String>"), "Map<Integer, String>",
        "interface Api {",
        "  @Get(\"/x\")",
        "  String get(@QueryMap Map<Integer, String> filters);",
        "}");
  }

  @Test
  void headerMapThatIsNoMap() {
    assertError(String.format(Messages.NOT_A_STRING_MAP, "HeaderMap", "java.lang.String"), "String headers",
        "interface Api {",
        "  @Get(\"/x\")",
        "  String get(@HeaderMap String headers);",
        "}");
  }

  @Test
  void malformedHeadersEntry() {
    assertError(String.format(Messages.MALFORMED_HEADER, "Accept"), "@Headers",
        "interface Api {",
        "  @Put(\"/x\")",
        "  @Headers(\"Accept\")",
        "  void put();",
        "}");
  }

  @Test
  void restrictedHeader() {
    assertError(String.format(Messages.RESTRICTED_HEADER, "Host"), "@Headers",
        "@Headers(\"Host: example.com\")",
        "interface Api {",
        "  @Put(\"/x\") void put();",
        "}");
  }

  @Test
  void restrictedHeaderParameter() {
    assertError(String.format(Messages.RESTRICTED_HEADER, "Content-Length"), "long length",
        "interface Api {",
        "  @Put(\"/x\")",
        "  void put(@Header(\"Content-Length\") long length);",
        "}");
  }

  @Test
  void urlWithAPath() {
    assertError(String.format(Messages.URL_WITH_PATH, "/users/{id}"), "@Get",
        "interface Api {",
        "  @Get(\"/users/{id}\")",
        "  String get(@Url String url, @Path(\"id\") long id);",
        "}");
  }

  @Test
  void twoUrls() {
    assertError(String.format(Messages.TWO_URLS, "second"), "String second",
        "interface Api {",
        "  @Get",
        "  String get(@Url String first,",
        "      @Url String second);",
        "}");
  }

  @Test
  void urlOfTheWrongType() {
    assertError(String.format(Messages.URL_TYPE, "int"), "int url",
        "interface Api {",
        "  @Get",
        "  String get(@Url int url);",
        "}");
  }

  @Test
  void idempotencyKeyOfTheWrongType() {
    assertError(String.format(Messages.IDEMPOTENCY_KEY_TYPE, "long"), "long key",
        "interface Api {",
        "  @Put(\"/x\")",
        "  void put(@IdempotencyKey long key);",
        "}");
  }

  @Test
  void ifMatchOfTheWrongType() {
    assertError(String.format(Messages.IF_MATCH_TYPE, "long"), "long version",
        "interface Api {",
        "  @Put(\"/x\")",
        "  void put(@IfMatch long version, @Body String text);",
        "}");
  }

  @Test
  void twoIfMatchParameters() {
    assertError(String.format(Messages.TWO_IF_MATCH, "second"), "String second",
        "interface Api {",
        "  @Put(\"/x\")",
        "  void put(@IfMatch String first,",
        "      @IfMatch String second, @Body String text);",
        "}");
  }

  @Test
  void createOnlyOnAPost() {
    assertError(String.format(Messages.CREATE_ONLY_NOT_PUT, "POST"), "@Post(\"/x\") @CreateOnly",
        "interface Api {",
        "  @Post(\"/x\") @CreateOnly",
        "  void post(@Body String text);",
        "}");
  }

  @Test
  void createOnlyWithIfMatch() {
    assertError(String.format(Messages.CREATE_ONLY_WITH_IF_MATCH, "etag"), "@Put(\"/x\") @CreateOnly",
        "interface Api {",
        "  @Put(\"/x\") @CreateOnly",
        "  void put(@IfMatch String etag, @Body String text);",
        "}");
  }

  @Test
  void contentDigestOnAGet() {
    assertError(String.format(Messages.CONTENT_DIGEST_WITHOUT_BODY, "GET", "its verb takes none"),
        "@Get(\"/x\") @ContentDigest",
        "interface Api {",
        "  @Get(\"/x\") @ContentDigest",
        "  String get();",
        "}");
  }

  @Test
  void contentDigestWithoutABodySource() {
    assertError(String.format(Messages.CONTENT_DIGEST_WITHOUT_BODY, "PUT",
            "no @Body, @Field or un-annotated parameter gives one"),
        "@Put(\"/x/{id}\") @ContentDigest",
        "interface Api {",
        "  @Put(\"/x/{id}\") @ContentDigest",
        "  void put(long id);",
        "}");
  }

  @Test
  void contentDigestOnAStream() {
    assertError(String.format(Messages.CONTENT_DIGEST_UNREPLAYABLE, "an InputStream"), "@Post(\"/x\") @ContentDigest",
        "interface Api {",
        "  @Post(\"/x\") @ContentDigest",
        "  void post(@Body InputStream data);",
        "}");
  }

  @Test
  void contentDigestOnAPublisher() {
    assertError(String.format(Messages.CONTENT_DIGEST_UNREPLAYABLE, "an HttpRequest.BodyPublisher"),
        "@Post(\"/x\") @ContentDigest",
        "interface Api {",
        "  @Post(\"/x\") @ContentDigest",
        "  void post(@Body java.net.http.HttpRequest.BodyPublisher data);",
        "}");
  }

  @Test
  void versionedInsideAResponse() {
    assertError(String.format(Messages.UNSUPPORTED_RETURN_TYPE,
            "io.courier.Response<io.courier.Versioned<java.lang.String>>", "Versioned cannot be nested here"),
        "Response<io.courier.Versioned<String>> get",
        "interface Api {",
        "  @Get(\"/x\")",
        "  Response<io.courier.Versioned<String>> get();",
        "}");
  }

  @Test
  void rawVersioned() {
    assertError(String.format(Messages.RAW_TYPE, "Versioned", "Versioned"), "io.courier.Versioned get",
        "interface Api {",
        "  @Get(\"/x\")",
        "  @SuppressWarnings(\"rawtypes\") io.courier.Versioned get();",
        "}");
  }

  @Test
  void idempotencyKeyOnTheMethodAndAParameter() {
    assertError(String.format(Messages.TWO_IDEMPOTENCY_KEYS, "key"), "@Post(\"/x\") @IdempotencyKey",
        "interface Api {",
        "  @Post(\"/x\") @IdempotencyKey",
        "  void post(@IdempotencyKey String key);",
        "}");
  }

  @Test
  void pathParameterThatIsAList() {
    assertError(String.format(Messages.PATH_TYPE, "java.util.List<java.lang.String>"), "List<String> ids",
        "interface Api {",
        "  @Put(\"/x/{ids}\")",
        "  void put(@Path(\"ids\") List<String> ids);",
        "}");
  }

  @Test
  void queryParameterThatIsAMap() {
    assertError(String.format(Messages.UNSUPPORTED_PARAMETER_TYPE, "@Query",
        "java.util.Map<java.lang.String,java.lang.String>") + "; use @QueryMap for a map", "filters",
        "interface Api {",
        "  @Get(\"/x\")",
        "  String get(@Query(\"f\") Map<String, String> filters);",
        "}");
  }

  @Test
  void rawResponse() {
    assertError(String.format(Messages.RAW_TYPE, "Response", "Response"), "Response put",
        "interface Api {",
        "  @SuppressWarnings(\"rawtypes\")",
        "  @Put(\"/x\") Response put();",
        "}");
  }

  @Test
  void rawCompletableFuture() {
    assertError(String.format(Messages.RAW_TYPE, "CompletableFuture", "CompletableFuture"), "CompletableFuture put",
        "interface Api {",
        "  @SuppressWarnings(\"rawtypes\")",
        "  @Put(\"/x\") CompletableFuture put();",
        "}");
  }

  @Test
  void primitiveReturnType() {
    assertError(String.format(Messages.UNSUPPORTED_RETURN_TYPE, "int",
        "a primitive cannot be null for an empty body; return its box instead"), "int count",
        "interface Api {",
        "  @Put(\"/x\") int count();",
        "}");
  }

  @Test
  void nestedWrapperReturnType() {
    assertError(String.format(Messages.UNSUPPORTED_RETURN_TYPE, "java.util.Optional<java.io.InputStream>",
        "InputStream cannot be nested here"), "Optional<InputStream> get",
        "interface Api {",
        "  @Put(\"/x\") Optional<InputStream> get();",
        "}");
  }

  @Test
  void nestedFuture() {
    assertError(String.format(Messages.UNSUPPORTED_RETURN_TYPE,
        "java.util.concurrent.CompletableFuture<test.Api.Item>", "CompletableFuture cannot be nested here"),
        "CompletableFuture<CompletableFuture<Item>> get",
        "interface Api {",
        "  record Item(String name) {}",
        "  @Put(\"/x\") CompletableFuture<CompletableFuture<Item>> get();",
        "}");
  }

  @Test
  void wildcardAsTheDecodedType() {
    assertError(String.format(Messages.UNSUPPORTED_RETURN_TYPE, "io.courier.Response<?>",
        "the body's type must be known at compile time"), "Response<?> get",
        "interface Api {",
        "  @Get(\"/x\") Response<?> get();",
        "}");
  }

  @Test
  void functionalInterfaceInAReturnType() {
    assertError(notAValue(Messages.FUNCTIONAL_INTERFACE_RULE, "read", "java.util.function.Supplier<java.lang.String>",
        "the return type java.util.concurrent.CompletableFuture<java.util.function.Supplier<java.lang.String>>"),
        "Supplier<String>> get",
        "interface Api {",
        "  @Get(\"/x\") CompletableFuture<java.util.function.Supplier<String>> get();",
        "}");
  }

  @Test
  void ownFunctionalInterfaceInsideAList() {
    assertError(notAValue(Messages.FUNCTIONAL_INTERFACE_RULE, "read", "test.Api.Handler",
        "the return type java.util.Optional<java.util.List<test.Api.Handler>>"), "List<Handler>> get",
        "interface Api {",
        "  @FunctionalInterface interface Handler { void handle(); }",
        "  @Get(\"/x\") Optional<List<Handler>> get();",
        "}");
  }

  @Test
  void futureReturnType() {
    assertError(notAValue(Messages.FUTURE_RULE, "read", "java.util.concurrent.Future<test.Api.Item>",
        "the return type java.util.concurrent.Future<test.Api.Item>"), "Future<Item> get",
        "interface Api {",
        "  record Item(String name) {}",
        "  @Get(\"/x\") java.util.concurrent.Future<Item> get();",
        "}");
  }

  @Test
  void completionStageInsideAResponse() {
    assertError(notAValue(Messages.FUTURE_RULE, "read", "java.util.concurrent.CompletionStage<java.lang.String>",
        "the return type io.courier.Response<java.util.concurrent.CompletionStage<java.lang.String>>"),
        "CompletionStage<String>> get",
        "interface Api {",
        "  @Get(\"/x\") Response<java.util.concurrent.CompletionStage<String>> get();",
        "}");
  }

  @Test
  void inputStreamInsideAList() {
    assertError(notAValue(Messages.NESTED_INPUT_STREAM_RULE, "read", "java.io.InputStream",
        "the return type java.util.List<java.io.InputStream>"), "List<InputStream> get",
        "interface Api {",
        "  @Get(\"/x\") List<InputStream> get();",
        "}");
  }

  @Test
  void streamInAFuture() {
    assertError(String.format(Messages.STREAM_IN_FUTURE, "java.util.stream.Stream<test.Api.Item>"),
        "Stream<Item>> events",
        "interface Api {",
        "  record Item(String name) {}",
        "  @Get(\"/events\") CompletableFuture<java.util.stream.Stream<Item>> events();",
        "}");
  }

  @Test
  void streamNestedInACollection() {
    assertError(String.format(Messages.STREAM_RETURN, "java.util.stream.Stream<java.lang.String>",
        "the return type java.util.List<java.util.stream.Stream<java.lang.String>>"), "Stream<String>> events",
        "interface Api {",
        "  @Get(\"/events\") List<java.util.stream.Stream<String>> events();",
        "}");
  }

  @Test
  void streamOfStreams() {
    String type = "java.util.stream.Stream<java.util.stream.Stream<java.lang.String>>";
    assertError(String.format(Messages.UNSUPPORTED_RETURN_TYPE, type,
        "a stream holds server-sent events or values a codec decodes"), "Stream<String>> events",
        "interface Api {",
        "  @Get(\"/events\") java.util.stream.Stream<java.util.stream.Stream<String>> events();",
        "}");
  }

  @Test
  void rawStream() {
    assertError(String.format(Messages.RAW_TYPE, "Stream", "Stream"), "Stream events",
        "interface Api {",
        "  @SuppressWarnings(\"rawtypes\") @Get(\"/events\") java.util.stream.Stream events();",
        "}");
  }

  @Test
  void intStreamReturnType() {
    assertError(String.format(Messages.STREAM_RETURN, "java.util.stream.IntStream",
        "the return type java.util.concurrent.CompletableFuture<java.util.stream.IntStream>"), "IntStream> numbers",
        "interface Api {",
        "  @Get(\"/numbers\") CompletableFuture<java.util.stream.IntStream> numbers();",
        "}");
  }

  @Test
  void publisherReturnType() {
    assertError(String.format(Messages.STREAM_RETURN,
        "java.util.concurrent.Flow.Publisher<java.lang.String>",
        "the return type java.util.Optional<java.util.concurrent.Flow.Publisher<java.lang.String>>"),
        "Publisher<String>> events",
        "interface Api {",
        "  @Get(\"/events\") Optional<java.util.concurrent.Flow.Publisher<String>> events();",
        "}");
  }

  @Test
  void functionalInterfaceAsABody() {
    assertError(notAValue(Messages.FUNCTIONAL_INTERFACE_RULE, "write",
        "java.util.function.Function<java.lang.String,java.lang.String>",
        "the @Body type java.util.function.Function<java.lang.String,java.lang.String>"), "Function<String, String> f",
        "interface Api {",
        "  @Put(\"/x\")",
        "  void put(@Body java.util.function.Function<String, String> f);",
        "}");
  }

  @Test
  void futureInsideABody() {
    assertError(notAValue(Messages.FUTURE_RULE, "write", "java.util.concurrent.CompletableFuture<java.lang.String>",
        "the @Body type java.util.List<java.util.concurrent.CompletableFuture<java.lang.String>>"),
        "List<CompletableFuture<String>> values",
        "interface Api {",
        "  @Put(\"/x\")",
        "  void put(@Body List<CompletableFuture<String>> values);",
        "}");
  }

  @Test
  void futureAsAField() {
    assertError(notAValue(Messages.FUTURE_RULE, "write", "java.util.concurrent.Future<java.lang.String>",
        "the @Field type java.util.concurrent.Future<java.lang.String>"), "Future<String> f",
        "interface Api {",
        "  @Put(\"/x\")",
        "  void put(@Field(\"f\") java.util.concurrent.Future<String> f);",
        "}");
  }

  @Test
  void bodyPublisherAsAPart() {
    assertError(notAValue(Messages.PUBLISHER_RULE, "write", "java.net.http.HttpRequest.BodyPublisher",
        "the @Part type java.net.http.HttpRequest.BodyPublisher"), "BodyPublisher data",
        "interface Api {",
        "  @Post(\"/x\") @Multipart",
        "  void post(",
        "      @Part(\"data\") java.net.http.HttpRequest.BodyPublisher data);",
        "}");
  }

  @Test
  void inputStreamAsAnUnannotatedField() {
    assertError(notAValue(Messages.NESTED_INPUT_STREAM_RULE, "write", "java.io.InputStream",
        "the type java.io.InputStream of parameter 'data'"), "InputStream data",
        "interface Api {",
        "  @Put(\"/x\")",
        "  void put(String name,",
        "      InputStream data);",
        "}");
  }

  @Test
  void headWithABody() {
    assertError(String.format(Messages.HEAD_RETURN_TYPE, "java.lang.String"), "String head",
        "interface Api {",
        "  @Head(\"/x\") String head();",
        "}");
  }

  @Test
  void readTimeoutOutOfRange() {
    assertError(String.format(Messages.TIMEOUT_RANGE, "ReadTimeout", 0L), "@ReadTimeout",
        "interface Api {",
        "  @Get(\"/x\")",
        "  @ReadTimeout(0)",
        "  java.util.stream.Stream<io.courier.ServerSentEvent> events();",
        "}");
  }

  @Test
  void timeoutOutOfRange() {
    assertError(String.format(Messages.TIMEOUT_RANGE, "Timeout", 0L), "@Timeout",
        "interface Api {",
        "  @Put(\"/x\")",
        "  @Timeout(0)",
        "  void put();",
        "}");
  }

  @Test
  void httpMethodThatIsNoToken() {
    assertError(String.format(Messages.HTTP_METHOD, "propfind"), "@Http",
        "interface Api {",
        "  @Http(method = \"propfind\", path = \"/x\")",
        "  String find();",
        "}");
  }

  @Test
  void idempotentOnAMethodThatIsAlready() {
    assertWarning(String.format(Messages.ALREADY_IDEMPOTENT, "PUT"), "@Idempotent",
        "interface Api {",
        "  @Put(\"/x\")",
        "  @Idempotent",
        "  void put();",
        "}");
  }

  @Test
  void streamBodyOnARetriedMethod() {
    assertWarning(String.format(Messages.STREAM_NOT_RETRIED, "PUT"), "InputStream data",
        "interface Api {",
        "  @Put(\"/x\")",
        "  void put(@Body InputStream data);",
        "}");
  }

  @Test
  void typedErrorWithoutItsConstructor() {
    assertError(String.format(Messages.TYPED_ERROR_CONSTRUCTOR, "NotFound"), "String get()",
        "interface Api {",
        "  final class NotFound extends Exception {",
        "    private static final long serialVersionUID = 1L;",
        "    public NotFound(String message) { super(message); }",
        "  }",
        "  @Get(\"/x\")",
        "  String get() throws NotFound;",
        "}");
  }

  @Test
  void typedErrorThatIsAbstract() {
    assertError(String.format(Messages.TYPED_ERROR_NOT_CREATABLE, "Gone", "abstract"), "String get()",
        "interface Api {",
        "  abstract class Gone extends RuntimeException {",
        "    private static final long serialVersionUID = 1L;",
        "    public Gone(io.courier.HttpStatusException status) { super(status); }",
        "  }",
        "  @Get(\"/x\")",
        "  String get() throws Gone;",
        "}");
  }

  @Test
  void typedErrorThatIsAnInnerClass() {
    assertError(String.format(Messages.TYPED_ERROR_NOT_CREATABLE, "Gone", "an inner class"), "String get()",
        "class Api {",
        "  final class Gone extends RuntimeException {",
        "    private static final long serialVersionUID = 1L;",
        "    public Gone(io.courier.HttpStatusException status) { super(status); }",
        "  }",
        "  interface Client {",
        "    @Get(\"/x\")",
        "    String get() throws Gone;",
        "  }",
        "}");
  }

  @Test
  void headerNameThatIsNoToken() {
    assertError(String.format(Messages.HEADER_NAME, "X Trace"), "@Header(\"X Trace\")",
        "interface Api {",
        "  @Get(\"/x\")",
        "  String get(",
        "      @Header(\"X Trace\") String trace);",
        "}");
  }

  @Test
  void typedErrorThatIsPrivate() {
    assertError(String.format(Messages.TYPED_ERROR_HIDDEN, "Gone"), "String get()",
        "class Api {",
        "  private static final class Gone extends RuntimeException {",
        "    private static final long serialVersionUID = 1L;",
        "    public Gone(io.courier.HttpStatusException status) { super(status); }",
        "  }",
        "  interface Client {",
        "    @Get(\"/x\")",
        "    String get() throws Gone;",
        "  }",
        "}");
  }

  @Test
  void typedErrorWhoseConstructorThrowsACheckedException() {
    assertError(String.format(Messages.TYPED_ERROR_CONSTRUCTOR_THROWS, "Gone", "java.io.IOException"),
        "String get()",
        "interface Api {",
        "  final class Gone extends RuntimeException {",
        "    private static final long serialVersionUID = 1L;",
        "    public Gone(io.courier.HttpStatusException status) throws java.io.IOException { super(status); }",
        "  }",
        "  @Get(\"/x\")",
        "  String get() throws Gone;",
        "}");
  }

  @Test
  void typedErrorWhoseConstructorThrowsAnUncheckedExceptionIsFine() {
    JavaFileObject source = source(
        "interface Api {",
        "  final class Gone extends RuntimeException {",
        "    private static final long serialVersionUID = 1L;",
        "    public Gone(io.courier.HttpStatusException status) throws IllegalStateException { super(status); }",
        "  }",
        "  @Get(\"/x\")",
        "  String get() throws Gone;",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    Compilations.assertNoWarnings(compilation);
  }

  @Test
  void twoTypedErrors() {
    assertError(String.format(Messages.TWO_TYPED_ERRORS, "[Gone, Taken]"), "void put()",
        "interface Api {",
        "  final class Gone extends RuntimeException {",
        "    private static final long serialVersionUID = 1L;",
        "    public Gone(io.courier.HttpStatusException status) { super(status); }",
        "  }",
        "  final class Taken extends Exception {",
        "    private static final long serialVersionUID = 1L;",
        "    public Taken(io.courier.HttpStatusException status) { super(status); }",
        "  }",
        "  @Put(\"/x\")",
        "  void put() throws Gone, Taken;",
        "}");
  }

  @Test
  void anUncheckedExceptionWithoutTheConstructorIsNoTypedErrorEither() {
    // Declaring it would otherwise look like a typed error that silently never comes.
    assertError(String.format(Messages.TYPED_ERROR_CONSTRUCTOR, "IllegalStateException"), "String get()",
        "interface Api {",
        "  @Get(\"/x\")",
        "  String get() throws IllegalStateException;",
        "}");
  }

  @Test
  void couriersOwnExceptionsAndIoExceptionOnlyDocumentWhatIsThrown() {
    Compilation compilation = compile(source(
        "interface Api {",
        "  @Get(\"/x\")",
        "  String get() throws java.io.IOException, io.courier.HttpStatusException,",
        "      io.courier.PreconditionFailedException, io.courier.TransportException, RuntimeException;",
        "}"));
    assertThat(compilation).succeeded();
  }

  @Test
  void requiredValueLeftOutIsJavacsErrorAlone() {
    // javac reports the missing value itself; Courier neither crashes on it nor reports the method a second time.
    JavaFileObject source = source(
        "interface Api {",
        "  @Put(\"/x/{id}\")",
        "  @Timeout",
        "  void put(@Path String id);",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("value").inFile(source).onLineContaining("@Timeout");
    assertThat(compilation).hadErrorContaining("value").inFile(source).onLineContaining("@Path String id");
    assertThat(compilation).hadErrorCount(2);
  }
}
