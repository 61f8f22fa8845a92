package io.courier.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the processor benchmark's input: one source file that declares many interfaces of many methods. */
final class BenchInterfaces {
  private BenchInterfaces() {}

  /** Writes {@code bench/Apis.java} under {@code directory}, with {@code Api0} to {@code Api<count - 1>}. */
  static void write(Path directory, int count, int methods) throws IOException {
    StringBuilder source = new StringBuilder()
        .append("package bench;\n")
        .append("import io.courier.Response;\n")
        .append("import io.courier.http.*;\n")
        .append("import java.util.*;\n")
        .append("import java.util.concurrent.CompletableFuture;\n");
    for (int i = 0; i < count; i++) {
      source.append("@Headers(\"Accept: application/json\")\n")
          .append("interface Api").append(i).append(" {\n")
          .append("  record Item(String name, int size, List<String> tags) {}\n");
      for (int m = 0; m < methods; m++) {
        // Five shapes that between them use every kind of binding: path, query, header, JSON body, form fields,
        // a JSON object of fields, and the four kinds of return.
        source.append(switch (m % 5) {
          case 0 -> "  @Put(\"/items/{id}\") Response<Item> put" + m + "(@Path(\"id\") long id, @Body Item item);\n";
          case 1 -> "  @Get(\"/items\") List<Item> list" + m + "(@Query(\"tag\") List<String> tags,"
              + " @Header(\"X-Trace\") String trace);\n";
          case 2 -> "  @Put(\"/settings/{section}\") @FormUrlEncoded void form" + m
              + "(String section, @Field(\"key1\") String key1, String key2);\n";
          case 3 -> "  @Post(\"/items/{id}/notes\") CompletableFuture<Optional<Item>> post" + m
              + "(long id, String text, int rank);\n";
          default -> "  @Delete(\"/items/{id}\") void delete" + m + "(@Path(\"id\") String id);\n";
        });
      }
      source.append("}\n");
    }
    Path pkg = directory.resolve("bench");
    Files.createDirectories(pkg);
    Files.writeString(pkg.resolve("Apis.java"), source.toString());
  }
}
