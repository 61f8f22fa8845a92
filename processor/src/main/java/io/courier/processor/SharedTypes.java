package io.courier.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The type expressions and decoders a generated constructor makes once and shares: a decoder that several methods
 * use, and a built {@link Type} (such as {@code Types.parameterized(...)}) that a decoder and a body writer both use,
 * become locals, rather than the same expression written out for each method.
 */
final class SharedTypes {
  /** Local names of shared {@code Type} expressions, by the expression's text. */
  private final Map<String, String> types = new LinkedHashMap<>();
  /** Local names of shared decoders, by their type expression's text. */
  private final Map<String, String> decoders = new LinkedHashMap<>();
  private final CodeBlock.Builder declarations = CodeBlock.builder();

  /** Plans what {@code service}'s constructor shares; {@code locals} gives names that do not clash. */
  SharedTypes(ServiceModel service, FreeNames locals) {
    Map<String, CodecType> decoded = new LinkedHashMap<>();
    Map<String, Integer> decoderUses = new LinkedHashMap<>();
    Set<String> written = new LinkedHashSet<>();
    Map<String, CodecType> all = new LinkedHashMap<>();
    for (EndpointModel endpoint : service.endpoints()) {
      decodedType(endpoint).ifPresent(type -> {
        decoded.putIfAbsent(key(type), type);
        decoderUses.merge(key(type), 1, Integer::sum);
        all.putIfAbsent(key(type), type);
      });
      writtenType(endpoint).ifPresent(type -> {
        written.add(key(type));
        all.putIfAbsent(key(type), type);
      });
    }
    for (CodecType type : all.values()) {
      String key = key(type);
      if (type.built() && decoded.containsKey(key) && written.contains(key)) {
        String name = locals.take(type.name() + "Type");
        types.put(key, name);
        declarations.addStatement("$T $N = $L", Type.class, name, type.expression());
      }
    }
    for (CodecType type : decoded.values()) {
      if (decoderUses.get(key(type)) > 1) {
        String name = locals.take(type.name() + "Decoder");
        declarations.addStatement("$T $N = engine.decoder($L)",
            ParameterizedTypeName.get(TypeNames.DECODER, type.type()), name, expression(type));
        decoders.put(key(type), name);
      }
    }
  }

  /** The statements that make the shared locals, for the start of the constructor. */
  CodeBlock declarations() {
    return declarations.build();
  }

  /** The {@code Type} of {@code type}: its shared local, or its expression. */
  CodeBlock expression(CodecType type) {
    String local = types.get(key(type));
    return local != null ? CodeBlock.of("$N", local) : type.expression();
  }

  /** A decoder of {@code type}: the shared local, or one made for the single method that uses it. */
  CodeBlock decoder(CodecType type) {
    String local = decoders.get(key(type));
    return local != null ? CodeBlock.of("$N", local) : CodeBlock.of("engine.decoder($L)", expression(type));
  }

  /** The type a codec decodes for {@code endpoint}'s response, if one does. */
  static Optional<CodecType> decodedType(EndpointModel endpoint) {
    ReturnModel returns = endpoint.returns();
    return switch (returns.decoder()) {
      case CODEC -> Optional.of(returns.body());
      case NONE, STRING, BYTES -> Optional.empty();
    };
  }

  /** The type a codec writes for {@code endpoint}'s {@code @Body}, if one does. */
  static Optional<CodecType> writtenType(EndpointModel endpoint) {
    return endpoint.body().flatMap(body -> switch (body.type()) {
      case CODEC -> Optional.of(body.codec());
      case STRING, BYTES, PATH, INPUT_STREAM, PUBLISHER, PART -> Optional.<CodecType>empty();
    });
  }

  /** The text of {@code type}'s expression, with qualified names: equal for the same type, whatever the method. */
  static String key(CodecType type) {
    return type.expression().toString();
  }
}
