package io.courier.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.StandardLocation;

/**
 * Writes {@code Courier<Name>} for every interface with a verb-annotated method, and registers each with
 * {@link java.util.ServiceLoader}. Only wires the steps: read each interface into a model, with the findings of its
 * validation ({@link ServiceReader}); print the findings ({@link Diagnostics}); write the code of each model that
 * has no error ({@link ServiceWriter}), format it on a second thread ({@link SourceFormatter}), then write the files.
 */
@AutoService(Processor.class)
public final class CourierProcessor extends AbstractProcessor {
  /** Interfaces whose types did not resolve yet, by name, to read again in the next round. */
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> done = new LinkedHashSet<>();
  /** Binary names of the generated factories, for the service file written in the last round. */
  private final Set<String> factories = new TreeSet<>();
  private final List<Element> originating = new ArrayList<>();
  private SourceFormatter formatter;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // Every type, because an interface can inherit all its verb methods and carry no annotation of its own.
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
    TypeChecks checks = new TypeChecks(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    ServiceReader reader = new ServiceReader(processingEnv.getElementUtils(), checks);
    ServiceWriter writer = new ServiceWriter();

    diagnostics.print(misplacedVerbs(round));
    Set<TypeElement> candidates = new LinkedHashSet<>();
    for (String name : deferred) {
      Optional.ofNullable(processingEnv.getElementUtils().getTypeElement(name)).ifPresent(candidates::add);
    }
    deferred.clear();
    collectInterfaces(round.getRootElements(), candidates);

    List<PendingSource> pending = new ArrayList<>();
    for (TypeElement type : candidates) {
      String name = type.getQualifiedName().toString();
      if (done.contains(name)) {
        continue;
      }
      Findings findings = new Findings();
      try {
        List<ExecutableElement> methods = reader.abstractMethods(type);
        if (!ServiceReader.isClientInterface(type, methods)) {
          continue;
        }
        Optional<TypeMirror> unresolved = unresolvedType(methods);
        if (unresolved.isPresent()) {
          if (round.processingOver()) {
            findings.error(type, String.format(Messages.UNRESOLVED_TYPE, unresolved.get()));
          } else {
            deferred.add(name); // another processor may generate the type in this round
          }
          continue;
        }
        done.add(name);
        reader.read(type, methods, findings).ifPresent(model -> {
          pending.add(new PendingSource(model, formatter().format(writer.write(model))));
          factories.add(model.implementation().reflectionName() + "$" + ServiceWriter.FACTORY);
          originating.add(type);
        });
      } catch (RuntimeException e) {
        findings.error(type, String.format(Messages.PROCESSOR_CRASHED, e));
      } finally {
        diagnostics.print(findings);
      }
    }
    for (PendingSource source : pending) {
      writeSource(source, diagnostics);
    }
    if (round.processingOver()) {
      writeServiceFile(diagnostics);
      if (formatter != null) {
        formatter.close();
      }
    }
    return false;
  }

  /** An implementation being formatted, to write once it is ready. */
  private record PendingSource(ServiceModel model, Future<String> text) {}

  private SourceFormatter formatter() {
    if (formatter == null) {
      formatter = new SourceFormatter();
    }
    return formatter;
  }

  private void writeSource(PendingSource source, Diagnostics diagnostics) {
    ServiceModel model = source.model();
    try {
      String text = source.text().get();
      // Written at once: JavaPoet appends token by token, and the Filer's writer would encode each on its own.
      try (Writer out = processingEnv.getFiler()
          .createSourceFile(model.implementation().canonicalName(), model.element())
          .openWriter()) {
        out.write(text);
      }
    } catch (IOException e) {
      diagnostics.print(
          Finding.error(model.element(), "Could not write " + model.implementation() + ": " + e.getMessage()));
    } catch (ExecutionException e) {
      diagnostics.print(Finding.error(model.element(), String.format(Messages.PROCESSOR_CRASHED, e.getCause())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      diagnostics.print(Finding.error(model.element(), "Interrupted while writing " + model.implementation()));
    }
  }

  private void writeServiceFile(Diagnostics diagnostics) {
    if (factories.isEmpty()) {
      return;
    }
    try (Writer out = processingEnv.getFiler()
        .createResource(StandardLocation.CLASS_OUTPUT, "", TypeNames.SERVICE_FILE, originating.toArray(new Element[0]))
        .openWriter()) {
      for (String factory : factories) {
        out.write(factory);
        out.write('\n');
      }
    } catch (IOException e) {
      diagnostics.print(Finding.error(
          originating.get(0), "Could not write " + TypeNames.SERVICE_FILE + ": " + e.getMessage()));
    }
  }

  /** Verbs on methods of classes, enums and records, and on default or static interface methods. */
  private Findings misplacedVerbs(RoundEnvironment round) {
    Findings findings = new Findings();
    // One scan of the round for all verbs: javac walks every root element on each such query.
    Set<TypeElement> verbs = new LinkedHashSet<>();
    for (HttpVerb verb : HttpVerb.values()) {
      Optional.ofNullable(processingEnv.getElementUtils().getTypeElement(verb.annotation.getCanonicalName()))
          .ifPresent(verbs::add);
    }
    for (ExecutableElement method : ElementFilter.methodsIn(round.getElementsAnnotatedWithAny(verbs.toArray(new TypeElement[0])))) {
      Element owner = method.getEnclosingElement();
      for (HttpVerb verb : EndpointReader.verbsOf(method)) {
        if (!owner.getKind().isInterface()) {
          findings.error(method, verb.annotation, "", String.format(Messages.VERB_OUTSIDE_INTERFACE,
              owner.getSimpleName(), owner.getKind().toString().toLowerCase(Locale.ROOT)));
        } else if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
          findings.error(method, verb.annotation, "", Messages.VERB_ON_CONCRETE_METHOD);
        }
      }
    }
    return findings;
  }

  private static void collectInterfaces(Iterable<? extends Element> elements, Set<TypeElement> into) {
    for (Element element : elements) {
      if (element.getKind() == ElementKind.INTERFACE) {
        into.add((TypeElement) element);
      }
      if (element.getKind().isClass() || element.getKind().isInterface()) {
        collectInterfaces(element.getEnclosedElements(), into);
      }
    }
  }

  private static Optional<TypeMirror> unresolvedType(List<ExecutableElement> methods) {
    for (ExecutableElement method : methods) {
      List<TypeMirror> mentioned = new ArrayList<>();
      mentioned.add(method.getReturnType());
      method.getParameters().forEach(parameter -> mentioned.add(parameter.asType()));
      mentioned.addAll(method.getThrownTypes());
      for (TypeMirror candidate : mentioned) {
        if (TypeChecks.isUnresolved(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
