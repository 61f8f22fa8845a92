package io.courier.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compiles 2,000 random interfaces: the processor must never crash, whatever it is given, and everything it
 * accepts must compile. Set {@code -Dcourier.fuzz.seed=N} to replay a seed.
 */
class FuzzTest {
  private static final int INTERFACES = 2_000;
  private static final int BATCH = 200;
  private static final String CRASH = "threw an uncaught exception";

  @Test
  void neverCrashesAndAcceptedInterfacesCompile() {
    long seed = Long.getLong("courier.fuzz.seed", 20261121L);
    RandomInterfaces generator = new RandomInterfaces(seed);
    List<JavaFileObject> accepted = new ArrayList<>();
    int rejected = 0;
    for (int start = 0; start < INTERFACES; start += BATCH) {
      List<JavaFileObject> batch = new ArrayList<>();
      for (int i = start; i < start + BATCH; i++) {
        batch.add(JavaFileObjects.forSourceString("fuzz.Api" + i, generator.next(i)));
      }
      Compilation compilation = compileWithoutCrash(batch, seed);
      Set<String> failed = new HashSet<>();
      for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.errors()) {
        assertWithMessage("seed %s: processor crashed: %s", seed, diagnostic.getMessage(null))
            .that(diagnostic.getMessage(null)).doesNotContain("bug in Courier");
        if (diagnostic.getSource() != null) {
          failed.add(diagnostic.getSource().getName());
        }
      }
      for (JavaFileObject source : batch) {
        if (failed.contains(source.getName())) {
          rejected++;
        } else {
          accepted.add(source);
        }
      }
    }
    System.out.printf("Fuzz (seed %d): %d interfaces, %d accepted, %d rejected%n",
        seed, INTERFACES, accepted.size(), rejected);
    assertWithMessage("seed %s: the generator should produce both kinds", seed).that(accepted).isNotEmpty();
    assertWithMessage("seed %s: the generator should produce both kinds", seed).that(rejected).isGreaterThan(0);

    // Everything the processor accepted must compile, generated code included, without an error.
    Compilation all = compileWithoutCrash(accepted, seed);
    assertWithMessage("seed %s: accepted interfaces and their implementations compile", seed)
        .that(all.errors().stream().map(d -> d.getSource() == null ? d.getMessage(null)
            : d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null)).limit(20).toList())
        .isEmpty();
    assertWithMessage("seed %s: warnings in generated code", seed)
        .that(all.warnings().stream()
            .filter(d -> d.getSource() != null && d.getSource().getName().contains("/Courier"))
            .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
            .limit(20).toList())
        .isEmpty();
    long clients = accepted.stream().filter(FuzzTest::hasVerb).count();
    assertWithMessage("seed %s: one implementation per accepted interface with a verb", seed)
        .that(all.generatedSourceFiles()).hasSize((int) clients);
  }

  private static boolean hasVerb(JavaFileObject source) {
    try {
      return source.getCharContent(true).toString().matches("(?s).*@(Put|Get|Post|Patch|Delete|Head|Options|Http)\\(.*");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Compilation compileWithoutCrash(List<JavaFileObject> sources, long seed) {
    try {
      return Compilations.compileAll(sources);
    } catch (RuntimeException e) {
      throw new AssertionError("seed " + seed + ": the processor crashed javac: " + e, e);
    }
  }
}
