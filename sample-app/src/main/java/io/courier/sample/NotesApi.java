package io.courier.sample;

import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.Delete;
import io.courier.http.Get;
import io.courier.http.Headers;
import io.courier.http.IdempotencyKey;
import io.courier.http.Idempotent;
import io.courier.http.Patch;
import io.courier.http.Post;
import io.courier.http.Query;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A notes collection with the other verbs, POST, GET, PATCH and DELETE; Courier generates {@code CourierNotesApi}.
 */
@Headers("Accept: application/json")
public interface NotesApi {
  /**
   * Creates a note: 201 Created with its Location. Courier retries a POST only when it is marked idempotent, and
   * that is safe only because the server answers a repeated {@code key} with the note the first request created.
   */
  @Post("/notes")
  @Idempotent
  Response<Note> create(@IdempotencyKey UUID key, @Body Note.Draft draft);

  /** The note, or empty when the server answers 404 Not Found. */
  @Get("/notes/{id}")
  Optional<Note> find(String id);

  /**
   * The notes that carry every one of {@code tags} (sent as {@code ?tag=a&tag=b}) and whose text contains
   * {@code text}; a null filter is left out of the query. A {@code Response} shows the URI that was sent.
   */
  @Get("/notes")
  Response<List<Note>> list(@Query("tag") List<String> tags, @Query("q") String text);

  /**
   * Changes a note with a JSON merge patch (RFC 7396): {@code id} fills the path, the other parameters become the
   * object {@code {"text": .., "tags": ..}}, and a null one is left out, so that member stays as it is.
   */
  @Patch("/notes/{id}")
  @Headers("Content-Type: application/merge-patch+json")
  Note edit(String id, String text, List<String> tags);

  /** Deletes a note; 404 Not Found, for a note that is not there, throws {@code HttpStatusException}. */
  @Delete("/notes/{id}")
  void delete(String id);
}
