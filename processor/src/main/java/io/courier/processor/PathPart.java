package io.courier.processor;

/**
 * One piece of a method's path as the call appends it: a literal of the template, or a placeholder bound to the
 * parameter that fills it.
 *
 * @param kind what the piece is
 * @param text the literal, or the placeholder's name, which messages about a bad value show
 * @param parameter the parameter that fills the placeholder; empty for a literal
 */
record PathPart(Kind kind, String text, String parameter) {
  /** What a piece of the path is. */
  enum Kind {
    /** Template text, such as {@code users/}, or the literal query with its {@code ?}. */
    LITERAL,
    /** A {@code @Path} value, encoded as one segment. */
    SEGMENT,
    /** An {@code encoded = true} {@code @Path} value, which keeps its {@code /} and escapes. */
    SEGMENTS
  }

  static PathPart literal(String text) {
    return new PathPart(Kind.LITERAL, text, "");
  }
}
