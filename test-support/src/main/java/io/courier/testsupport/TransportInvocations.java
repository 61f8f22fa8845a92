package io.courier.testsupport;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/** Makes one invocation of a {@link TransportTest} method per {@link TransportKind}, in declaration order. */
public final class TransportInvocations implements TestTemplateInvocationContextProvider {
  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context.getTestMethod().map(method -> AnnotationSupport.isAnnotated(method, TransportTest.class))
        .orElse(false);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
    return Arrays.stream(TransportKind.values()).map(Invocation::new);
  }

  /** One run of the method, on one transport. */
  private record Invocation(TransportKind kind) implements TestTemplateInvocationContext {
    @Override
    public String getDisplayName(int invocationIndex) {
      return "[" + kind.displayName() + "]";
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(new KindResolver(kind));
    }
  }

  /** Passes the invocation's transport to the parameters that ask for one. */
  private record KindResolver(TransportKind kind) implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == TransportKind.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return kind;
    }
  }
}
