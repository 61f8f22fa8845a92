package io.courier.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Reads an interface, inherited methods included, into a {@link ServiceModel}. */
final class ServiceReader {
  private final Elements elements;
  private final EndpointReader endpoints;

  ServiceReader(Elements elements, TypeChecks checks) {
    this.elements = elements;
    this.endpoints = new EndpointReader(checks);
  }

  /** The abstract methods of {@code type}, its own and inherited, in declaration order. */
  List<ExecutableElement> abstractMethods(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)) {
        methods.add(method);
      }
    }
    return methods;
  }

  /**
   * Whether {@code type}, with these abstract methods, is an interface Courier implements: one without type
   * parameters and with a verb on any abstract method.
   */
  static boolean isClientInterface(TypeElement type, List<ExecutableElement> abstractMethods) {
    return type.getKind() == ElementKind.INTERFACE
        && type.getTypeParameters().isEmpty()
        && abstractMethods.stream().anyMatch(method -> !EndpointReader.verbsOf(method).isEmpty());
  }

  /** The model of {@code type}, whose abstract methods are given, or empty when an error was found. */
  Optional<ServiceModel> read(TypeElement type, List<ExecutableElement> abstractMethods, Findings findings) {
    int errorsBefore = findings.errorCount();
    for (Element enclosing = type; enclosing instanceof TypeElement; enclosing = enclosing.getEnclosingElement()) {
      if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        findings.error(type, String.format(Messages.PRIVATE_INTERFACE,
            enclosing == type ? "a private interface" : "an interface nested in private " + enclosing.getSimpleName()));
        return Optional.empty();
      }
    }
    List<String> headers = HeaderReader.read(type, findings);
    DeclaredType owner = (DeclaredType) type.asType();
    List<EndpointModel> models = new ArrayList<>();
    for (ExecutableElement method : abstractMethods) {
      endpoints.read(method, owner, findings).ifPresent(models::add);
    }
    if (findings.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new ServiceModel(type, ClassName.get(type), implementationName(type), List.copyOf(headers),
        List.copyOf(models)));
  }

  /** {@code Courier<Name>}, or {@code CourierOuter_Inner} for a nested interface, in the interface's package. */
  static ClassName implementationName(TypeElement type) {
    ClassName name = ClassName.get(type);
    return ClassName.get(name.packageName(), "Courier" + String.join("_", name.simpleNames()));
  }
}
