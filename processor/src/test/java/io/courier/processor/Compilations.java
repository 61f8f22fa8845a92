package io.courier.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles test sources with the Courier processor, the way the tests need it. */
final class Compilations {
  /** javac's note that no processor claimed an annotation: about the build, not about the generated code. */
  private static final String UNCLAIMED = "No processor claimed any of these annotations";

  private Compilations() {}

  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new CourierProcessor()).withOptions("-Xlint:all").compile(sources);
  }

  /** Compiles many sources at once, reporting every error rather than javac's first hundred. */
  static Compilation compileAll(List<JavaFileObject> sources) {
    return Compiler.javac().withProcessors(new CourierProcessor())
        .withOptions("-Xlint:all", "-Xmaxerrs", "1000000", "-Xmaxwarns", "1000000")
        .compile(sources);
  }

  /** A source file {@code test/Api.java} with the given lines after the package and the usual imports. */
  static JavaFileObject source(String... lines) {
    String header = String.join("\n",
        "package test;",
        "import io.courier.Response;",
        "import io.courier.http.*;",
        "import java.io.InputStream;",
        "import java.util.*;",
        "import java.util.concurrent.CompletableFuture;");
    return JavaFileObjects.forSourceString("test.Api", header + "\n" + String.join("\n", lines) + "\n");
  }

  /** Fails unless {@code compilation} gave no warning other than the unclaimed-annotations note. */
  static void assertNoWarnings(Compilation compilation) {
    List<String> warnings = compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .map(d -> d.getMessage(null))
        .filter(message -> !message.startsWith(UNCLAIMED))
        .toList();
    assertWithMessage("warnings").that(warnings).isEmpty();
  }
}
