package io.courier.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Rounds, several interfaces and the service registry: what happens around one interface. */
class ProcessingRoundsTest {
  /** Generates {@code test.Generated} in the first round, as another processor in the same build would. */
  static final class GeneratingProcessor extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("test.Generated").openWriter()) {
          out.write("package test; public record Generated(String name) {}");
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      return false;
    }
  }

  @Test
  void defersAnInterfaceWhoseTypesAnotherProcessorGenerates() {
    JavaFileObject api = Compilations.source(
        "interface Api {",
        "  @Put(\"/x\") Generated put(@Body Generated value);",
        "}");
    Compilation compilation = Compiler.javac()
        .withProcessors(new CourierProcessor(), new GeneratingProcessor())
        .compile(api);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.CourierApi");
  }

  @Test
  void reportsATypeThatNeverResolves() {
    JavaFileObject api = Compilations.source(
        "interface Api {",
        "  @Put(\"/x\") Missing put();",
        "}");
    Compilation compilation = Compilations.compile(api);
    assertThat(compilation).hadErrorContaining(String.format(Messages.UNRESOLVED_TYPE, "Missing"));
  }

  @Test
  void registersEveryInterfaceOfTheCompilation() throws IOException {
    JavaFileObject first = JavaFileObjects.forSourceLines("a.First",
        "package a;",
        "public interface First { @io.courier.http.Put(\"/x\") void put(); }");
    JavaFileObject second = JavaFileObjects.forSourceLines("b.Second",
        "package b;",
        "public interface Second { @io.courier.http.Put(\"/y\") void put(); }");
    Compilation compilation = Compilations.compile(first, second);
    assertThat(compilation).succeeded();
    String services = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, TypeNames.SERVICE_FILE)
        .orElseThrow().getCharContent(true).toString();
    assertThat(services).isEqualTo("a.CourierFirst$Factory\nb.CourierSecond$Factory\n");
  }

  @Test
  void generatesNothingForAGenericInterface() {
    JavaFileObject api = Compilations.source(
        "interface Api<T> {",
        "  @Put(\"/x\") T put(@Body T value);",
        "}");
    Compilation compilation = Compilations.compile(api);
    assertThat(compilation).succeeded();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
  }
}
