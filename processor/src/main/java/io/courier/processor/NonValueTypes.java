package io.courier.processor;

import java.util.Optional;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Finds the part of a codec's type that can never be a JSON value: behaviour, a result still to come, or a stream.
 *
 * <p>Only types that no codec could sensibly read or write are named here. Interfaces in general, {@code Object},
 * {@code Class} and the like stay allowed, because Jackson reads and writes them, with or without help from
 * annotations such as {@code @JsonDeserialize}.
 */
final class NonValueTypes {
  private static final String FUTURE = "java.util.concurrent.Future";
  private static final String COMPLETION_STAGE = "java.util.concurrent.CompletionStage";
  private static final String INPUT_STREAM = "java.io.InputStream";
  private static final String BASE_STREAM = "java.util.stream.BaseStream";
  private static final String PUBLISHER = "java.util.concurrent.Flow.Publisher";

  /** A rule a type breaks. */
  enum Rule {
    FUNCTIONAL_INTERFACE,
    FUTURE,
    INPUT_STREAM,
    /** A {@code Stream} or {@code Flow.Publisher} other than the whole return type, which streams a response. */
    STREAM,
    /** A {@code Flow.Publisher} written by a codec, such as an {@code HttpRequest.BodyPublisher} as a part. */
    PUBLISHER
  }

  /** The offending type, somewhere inside the type that was asked about, and the rule it breaks. */
  record Finding(Rule rule, TypeMirror type) {}

  private final TypeChecks checks;

  NonValueTypes(TypeChecks checks) {
    this.checks = checks;
  }

  /**
   * The outermost part of {@code type} (itself, a type argument, an array component or a wildcard bound) that breaks
   * a rule; streams count only where {@code streams} is set, since only return types reserve them.
   */
  Optional<Finding> find(TypeMirror type, boolean streams) {
    switch (type.getKind()) {
      case DECLARED -> {
        Optional<Rule> rule = rule(type, streams);
        if (rule.isPresent()) {
          return Optional.of(new Finding(rule.get(), type));
        }
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          Optional<Finding> found = find(argument, streams);
          if (found.isPresent()) {
            return found;
          }
        }
        return Optional.empty();
      }
      case ARRAY -> {
        return find(((ArrayType) type).getComponentType(), streams);
      }
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
        return bound == null ? Optional.empty() : find(bound, streams);
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /** The message for {@code finding}; {@code action} is "read" or "write", {@code where} says the type it is in. */
  static String message(Finding finding, String action, String where) {
    return switch (finding.rule()) {
      case STREAM -> String.format(Messages.STREAM_RETURN, finding.type(), where);
      case FUNCTIONAL_INTERFACE -> notAValue(Messages.FUNCTIONAL_INTERFACE_RULE, finding, action, where);
      case FUTURE -> notAValue(Messages.FUTURE_RULE, finding, action, where);
      case INPUT_STREAM -> notAValue(Messages.NESTED_INPUT_STREAM_RULE, finding, action, where);
      case PUBLISHER -> notAValue(Messages.PUBLISHER_RULE, finding, action, where);
    };
  }

  private static String notAValue(String rule, Finding finding, String action, String where) {
    return String.format(Messages.NOT_A_VALUE, rule, action, finding.type(), where);
  }

  private Optional<Rule> rule(TypeMirror type, boolean streams) {
    // Before functional interfaces, since Flow.Publisher is one, and its message says what to use instead.
    if (streams && (checks.isSubtype(type, BASE_STREAM) || checks.isSubtype(type, PUBLISHER))) {
      return Optional.of(Rule.STREAM);
    }
    if (checks.isFunctionalInterface(type)) {
      return Optional.of(Rule.FUNCTIONAL_INTERFACE);
    }
    if (checks.isSubtype(type, FUTURE) || checks.isSubtype(type, COMPLETION_STAGE)) {
      return Optional.of(Rule.FUTURE);
    }
    if (checks.isSubtype(type, INPUT_STREAM)) {
      return Optional.of(Rule.INPUT_STREAM);
    }
    if (checks.isSubtype(type, PUBLISHER)) {
      return Optional.of(Rule.PUBLISHER); // in a parameter: a whole @Body publisher is no codec value, so not here
    }
    return Optional.empty();
  }
}
