package io.courier.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static io.courier.processor.Compilations.compile;
import static io.courier.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** The types that are values stay allowed: the rules against non-values name few types, and must not grow. */
class NonValueTypesTest {
  @Test
  void valuesOfEveryKindAreAccepted() {
    Compilation compilation = compile(source(
        "interface Api {",
        "  record Item(String name) {}",
        "  enum Level { LOW, HIGH }",
        "  interface Named { String name(); }", // one abstract method, but no @FunctionalInterface: data
        "  @com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = Item.class)",
        "  interface Shown { String name(); }",
        "  @Get(\"/a\") Object any();",
        "  @Get(\"/b\") List<?> anyList();",
        "  @Get(\"/c\") Optional<List<Map<String, Item>>> nested();",
        "  @Get(\"/d\") CompletableFuture<Response<Item[]>> array();",
        "  @Get(\"/e\") Named named();",
        "  @Get(\"/f\") List<Shown> shown();",
        "  @Get(\"/g\") Map<Level, java.time.Instant> times();",
        "  @Get(\"/h\") com.fasterxml.jackson.databind.JsonNode tree();",
        "  @Get(\"/i\") Collection<Long> boxes();",
        "  @Get(\"/j\") Class<?> type();",
        "  @Get(\"/k\") List<? extends Item> bounded();",
        "  @Get(\"/l\") InputStream stream();",
        "  @Put(\"/m\") void anyBody(@Body Object any);",
        "  @Put(\"/n\") void streamBody(@Body java.util.stream.Stream<Item> items);", // Jackson's Jdk8Module writes it
        "  @Put(\"/o\") void bytes(@Body InputStream data);",
        "  @Put(\"/p\") void published(@Body java.net.http.HttpRequest.BodyPublisher data);",
        "  @Put(\"/q\") void fields(@Field(\"a\") Named a, @FieldMap Map<String, ?> rest);",
        "}"));
    assertWithMessage("errors").that(compilation.errors()).isEmpty();
  }
}
