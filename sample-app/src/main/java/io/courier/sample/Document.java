package io.courier.sample;

import java.util.List;

/**
 * A document as the documents API stores it, sent and received as JSON.
 *
 * @param title a short title
 * @param text the document's text
 * @param tags labels, in the order given
 */
public record Document(String title, String text, List<String> tags) {
  /** Copies the tags, so that a document never changes once made. */
  public Document {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
