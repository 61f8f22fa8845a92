package io.courier.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Writes ready-made sources in the first round and does nothing else: what javac charges any processor that
 * generates those files, the floor under Courier's own cost. Reads the sources from {@code -Acopy.from=DIR}.
 */
public final class CopyingProcessor extends AbstractProcessor {
  private boolean written;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("copy.from");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written) {
      return false;
    }
    written = true;
    Path from = Path.of(processingEnv.getOptions().get("copy.from"));
    try (Stream<Path> files = Files.walk(from)) {
      List<Path> sources = files.filter(file -> file.toString().endsWith(".java")).toList();
      for (Path source : sources) {
        String relative = from.relativize(source).toString();
        String name = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          out.write(Files.readString(source));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
