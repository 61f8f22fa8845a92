package io.courier.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A verb's path template, parsed at compile time into literal pieces and placeholders, so that generated code
 * builds the path by concatenation without parsing anything per call.
 *
 * @param template the template as written, such as {@code "/users/{id}?sort=asc"}
 * @param pieces the path without its leading {@code /}: literals and placeholders in order
 * @param query the literal query after {@code ?}, or empty
 */
record PathTemplate(String template, List<Piece> pieces, String query) {
  static final Pattern PLACEHOLDER_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]*");
  private static final Pattern BRACED = Pattern.compile("\\{([^{}]*)}");
  /** RFC 3986 characters a template may hold literally: unreserved, sub-delims, ':', '@', '/', '%', '?'. */
  private static final Pattern URI_CHARACTERS = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,;=:@/%?]*");

  /** A literal run of the path, or a placeholder's name. */
  record Piece(String text, boolean placeholder) {}

  /** Parses {@code template}; a problem is reported through {@code problems} and parsing goes on where it can. */
  static PathTemplate parse(String template, Problems problems) {
    String relative = template.startsWith("/") ? template.substring(1) : template;
    int question = relative.indexOf('?');
    String path = question < 0 ? relative : relative.substring(0, question);
    String query = question < 0 ? "" : relative.substring(question + 1);
    checkQuery(template, query, problems);

    List<Piece> pieces = new ArrayList<>();
    Matcher braced = BRACED.matcher(path);
    int at = 0;
    while (braced.find()) {
      addLiteral(template, path.substring(at, braced.start()), pieces, problems);
      String name = braced.group(1);
      if (PLACEHOLDER_NAME.matcher(name).matches()) {
        pieces.add(new Piece(name, true));
      } else {
        problems.report(String.format(Messages.MALFORMED_PLACEHOLDER, braced.group()));
      }
      at = braced.end();
    }
    addLiteral(template, path.substring(at), pieces, problems);
    return new PathTemplate(template, List.copyOf(pieces), query);
  }

  /** The placeholders' names, in order, each once. */
  Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    for (Piece piece : pieces) {
      if (piece.placeholder()) {
        names.add(piece.text());
      }
    }
    return names;
  }

  private static void addLiteral(String template, String literal, List<Piece> pieces, Problems problems) {
    if (literal.isEmpty()) {
      return;
    }
    if (literal.indexOf('{') >= 0 || literal.indexOf('}') >= 0) {
      problems.report(String.format(Messages.MALFORMED_PLACEHOLDER, literal));
      return;
    }
    checkCharacters(template, literal, problems);
    pieces.add(new Piece(literal, false));
  }

  private static void checkQuery(String template, String query, Problems problems) {
    if (query.indexOf('{') >= 0 || query.indexOf('}') >= 0) {
      problems.report(String.format(Messages.MALFORMED_PLACEHOLDER, query)
          + " (placeholders belong in the path; bind query values with @Query)");
    } else {
      checkCharacters(template, query, problems);
    }
  }

  private static void checkCharacters(String template, String literal, Problems problems) {
    if (URI_CHARACTERS.matcher(literal).matches()) {
      return;
    }
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (!URI_CHARACTERS.matcher(String.valueOf(c)).matches()) {
        problems.report(String.format(
            Messages.INVALID_PATH_CHARACTER, c, template.indexOf(literal) + i, template));
        return;
      }
    }
  }

  /** Where parsing reports what is wrong. */
  @FunctionalInterface
  interface Problems {
    void report(String message);
  }
}
