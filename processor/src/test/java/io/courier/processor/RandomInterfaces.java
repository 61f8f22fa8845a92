package io.courier.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes random, syntactically valid Courier interfaces from a seed: verbs, templates, parameter annotations and
 * types, and return types, mixing what is allowed with nonsense.
 */
final class RandomInterfaces {
  private static final String[] VERBS = {
    "@Put(\"%s\")", "@Get(\"%s\")", "@Post(\"%s\")", "@Patch(\"%s\")", "@Delete(\"%s\")", "@Head(\"%s\")",
    "@Options(\"%s\")", "@Http(method = \"PROPFIND\", path = \"%s\", hasBody = true)",
    "@Http(method = \"bad method\", path = \"%s\")", "@Put(\"%s\") @Get(\"%s\")", ""
  };
  private static final String[] SEGMENTS = {
    "users", "{id}", "{name}.{ext}", "files", "{ id }", "{id", "a b", "{x}", "v1", "", "{id}?sort=asc", "%20"
  };
  private static final String[] TYPES = {
    "String", "long", "int", "boolean", "Long", "java.util.UUID", "List<String>", "String[]", "int[]",
    "Map<String, String>", "Map<Integer, String>", "Map<String, List<Item>>", "Item", "List<Item>", "byte[]",
    "java.io.InputStream", "java.nio.file.Path", "Optional<String>", "Object", "java.net.URI", "Level",
    "java.time.Instant", "java.net.http.HttpRequest.BodyPublisher", "CompletableFuture<String>",
    "java.util.function.Supplier<String>", "List<InputStream>"
  };
  private static final String[] PARAMETER_ANNOTATIONS = {
    "", "", "", "@Path(\"id\")", "@Path(\"name\")", "@Path(value = \"x\", encoded = true)", "@Query(\"q\")",
    "@Query(value = \"e\", encoded = true)", "@QueryMap", "@Header(\"X-Trace\")", "@Header(\"Host\")",
    "@HeaderMap", "@Body", "@Field(\"f\")", "@FieldMap", "@Url", "@IdempotencyKey", "@Query(\"q\") @Body"
  };
  private static final String[] RETURNS = {
    "void", "String", "Item", "List<Item>", "Response<Item>", "Response<Void>", "Optional<Item>", "byte[]",
    "java.io.InputStream", "boolean", "int", "Void", "CompletableFuture<Item>", "CompletableFuture<Void>",
    "CompletableFuture<Response<List<Item>>>", "Map<String, List<Item>>", "Item[]", "Optional<InputStream>",
    "Response<Optional<Item>>", "CompletableFuture<CompletableFuture<Item>>", "java.net.http.HttpResponse<String>",
    "@SuppressWarnings(\"rawtypes\") Response", "Boolean", "Response<? extends Item>",
    "CompletableFuture<java.util.function.Supplier<Item>>", "java.util.concurrent.Future<Item>", "List<InputStream>",
    "java.util.stream.Stream<Item>", "Optional<java.util.concurrent.Flow.Publisher<Item>>", "Object"
  };
  private static final String[] METHOD_EXTRAS = {
    "", "", "", "@FormUrlEncoded", "@Headers(\"Accept: application/json\")", "@Headers(\"Broken\")",
    "@Timeout(5)", "@Timeout(0)", "@ReadTimeout(3)", "@Idempotent", "@Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES)"
  };

  /** Well-formed choices, so that about half the methods are valid and their generated code gets compiled. */
  private static final String[] SANE_VERBS = {"@Put(\"%s\")", "@Post(\"%s\")", "@Patch(\"%s\")", "@Get(\"%s\")",
    "@Delete(\"%s\")", "@Options(\"%s\")", "@Http(method = \"PROPFIND\", path = \"%s\", hasBody = true)"};
  private static final String[] SANE_VALUE_TYPES = {
    "String", "long", "int", "Long", "java.util.UUID", "Level", "java.time.Instant", "boolean", "double"};
  private static final String[] SANE_BODIES = {
    "Item", "List<Item>", "String", "byte[]", "java.nio.file.Path", "Map<String, List<Item>>", "int[]",
    "java.net.http.HttpRequest.BodyPublisher", "Object"};
  private static final String[] SANE_RETURNS = {
    "void", "String", "Item", "List<Item>", "Response<Item>", "Response<Void>", "Optional<Item>", "byte[]",
    "java.io.InputStream", "Void", "CompletableFuture<Item>", "CompletableFuture<Void>", "Item[]",
    "CompletableFuture<Response<List<Item>>>", "Map<String, List<Item>>", "Optional<List<Item>>", "Object",
    "List<?>", "java.util.stream.Stream<Item>", "java.util.concurrent.Flow.Publisher<io.courier.ServerSentEvent>"};

  private final Random random;

  RandomInterfaces(long seed) {
    this.random = new Random(seed);
  }

  /** The source of interface {@code fuzz.Api<index>}. */
  String next(int index) {
    StringBuilder out = new StringBuilder()
        .append("package fuzz;\n")
        .append("import io.courier.Response;\n")
        .append("import io.courier.http.*;\n")
        .append("import java.io.InputStream;\n")
        .append("import java.util.*;\n")
        .append("import java.util.concurrent.CompletableFuture;\n")
        .append(random.nextInt(5) == 0 ? "@Headers(\"X-Api: fuzz\")\n" : "")
        .append("public interface Api").append(index).append(" {\n")
        .append("  record Item(String name) {}\n")
        .append("  enum Level { LOW, HIGH }\n");
    int methods = 1 + random.nextInt(4);
    boolean sane = random.nextBoolean();
    for (int m = 0; m < methods; m++) {
      if (sane) {
        out.append(saneMethod(m));
        continue;
      }
      String template = template();
      String verb = String.format(pick(VERBS), template, template);
      out.append("  ").append(verb).append(' ').append(pick(METHOD_EXTRAS)).append('\n')
          .append("  ").append(pick(RETURNS)).append(" call").append(m).append('(')
          .append(String.join(", ", parameters())).append(')')
          .append(random.nextInt(6) == 0 ? " throws java.io.IOException" : "")
          .append(";\n");
    }
    return out.append("}\n").toString();
  }

  /** A method that follows every rule: placeholders bound, one body source, a return type its verb allows. */
  private String saneMethod(int index) {
    String verbPattern = pick(SANE_VERBS);
    boolean hasBody = verbPattern.contains("Put") || verbPattern.contains("Post") || verbPattern.contains("Patch")
        || verbPattern.contains("hasBody");
    List<String> parameters = new ArrayList<>();
    StringBuilder template = new StringBuilder("/items");
    int placeholders = random.nextInt(3);
    for (int i = 0; i < placeholders; i++) {
      template.append(random.nextBoolean() ? "/{p" + i + "}" : "/x{p" + i + "}.y");
      parameters.add((random.nextBoolean() ? "@Path(\"p" + i + "\") " : "") + pick(SANE_VALUE_TYPES) + " p" + i);
    }
    if (random.nextBoolean()) {
      parameters.add("@Query(\"q\") " + (random.nextBoolean() ? "List<String>" : pick(SANE_VALUE_TYPES)) + " q");
    }
    if (random.nextBoolean()) {
      parameters.add("@Header(\"X-Trace\") " + pick(SANE_VALUE_TYPES) + " trace");
    }
    String form = "";
    if (hasBody) {
      switch (random.nextInt(3)) {
        case 0 -> parameters.add("@Body " + pick(SANE_BODIES) + " body");
        case 1 -> {
          parameters.add("@Field(\"f\") " + pick(SANE_VALUE_TYPES) + " f");
          parameters.add(pick(SANE_VALUE_TYPES) + " g");
          form = random.nextBoolean() ? "@FormUrlEncoded " : "";
        }
        default -> { }
      }
    }
    return "  " + String.format(verbPattern, template) + " " + form + "\n"
        + "  " + pick(SANE_RETURNS) + " sane" + index + "(" + String.join(", ", parameters) + ");\n";
  }

  private String template() {
    StringBuilder template = new StringBuilder(random.nextBoolean() ? "/" : "");
    int segments = random.nextInt(4);
    for (int i = 0; i < segments; i++) {
      template.append(i > 0 ? "/" : "").append(pick(SEGMENTS));
    }
    return template.toString();
  }

  private List<String> parameters() {
    List<String> parameters = new ArrayList<>();
    String[] names = {"id", "name", "ext", "x", "q", "body", "value", "other"};
    int count = random.nextInt(5);
    for (int i = 0; i < count; i++) {
      String name = i < names.length && random.nextBoolean() ? names[i] : "p" + i;
      parameters.add((pick(PARAMETER_ANNOTATIONS) + " " + pick(TYPES) + " " + name).trim());
    }
    return parameters;
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
