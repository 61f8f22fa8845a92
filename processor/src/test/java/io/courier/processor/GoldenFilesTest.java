package io.courier.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles each interface in {@code good/} and compares the generated source with {@code expected/} to the
 * character; run with {@code UPDATE_GOLDEN=1} to rewrite the expected files after an intended change.
 */
class GoldenFilesTest {
  private static final Path RESOURCES = Paths.get("src/test/resources");
  private static final boolean UPDATE = "1".equals(System.getenv("UPDATE_GOLDEN"));

  static Stream<String> inputs() throws IOException {
    try (Stream<Path> files = Files.list(RESOURCES.resolve("good"))) {
      return files.map(file -> file.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void generatedSourceMatchesGoldenFile(String input) throws IOException {
    JavaFileObject source = JavaFileObjects.forResource(RESOURCES.resolve("good").resolve(input).toUri().toURL());
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).succeeded();
    Compilations.assertNoWarnings(compilation);

    List<JavaFileObject> generated = compilation.generatedSourceFiles();
    assertWithMessage("generated sources of " + input).that(generated).hasSize(1);
    JavaFileObject file = generated.get(0);
    String actual = file.getCharContent(true).toString();
    String name = Paths.get(file.toUri().getPath()).getFileName().toString();
    Path expected = RESOURCES.resolve("expected").resolve(name);
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertWithMessage("golden file " + expected + " (UPDATE_GOLDEN=1 rewrites it)")
        .that(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void registersTheFactoryWithServiceLoader(String input) throws IOException {
    JavaFileObject source = JavaFileObjects.forResource(RESOURCES.resolve("good").resolve(input).toUri().toURL());
    Compilation compilation = Compilations.compile(source);
    JavaFileObject services = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, TypeNames.SERVICE_FILE)
        .orElseThrow(() -> new AssertionError("no " + TypeNames.SERVICE_FILE));
    String implementation = compilation.generatedSourceFiles().get(0).getName();
    String simpleName = implementation.substring(implementation.lastIndexOf('/') + 1).replace(".java", "");
    assertThat(services.getCharContent(true).toString()).contains(simpleName + "$Factory\n");
  }
}
