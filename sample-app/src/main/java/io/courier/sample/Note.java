package io.courier.sample;

import java.util.List;

/**
 * A note as the notes API stores it, sent and received as JSON; the server chooses its id.
 *
 * @param id the server's id, such as {@code "1"}
 * @param text the note's text
 * @param tags labels, in the order given
 */
public record Note(String id, String text, List<String> tags) {
  /** Copies the tags, so that a note never changes once made. */
  public Note {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /**
   * What a client sends to create a note: everything but the id, which only the server can choose.
   *
   * @param text the note's text
   * @param tags labels, in the order given
   */
  public record Draft(String text, List<String> tags) {
    /** Copies the tags, so that two drafts with the same content are equal. */
    public Draft {
      tags = tags == null ? List.of() : List.copyOf(tags);
    }
  }
}
