package io.courier;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A value with the entity tag ({@code ETag}) the server sent with it: what a conditional PUT names in
 * {@code If-Match}, so that it replaces only the version that was read.
 *
 * <pre>{@code
 * @Get("/docs/{id}")
 * Versioned<Doc> get(String id);
 *
 * @Put("/docs/{id}")
 * Versioned<Doc> replace(String id, @IfMatch String etag, @Body Doc doc);
 * }</pre>
 *
 * @param <T> the value's type
 */
public final class Versioned<T> {
  private final T value;
  private final String etag;

  private Versioned(T value, String etag) {
    this.value = value;
    this.etag = etag;
  }

  /** A value with its entity tag, or with none when {@code etag} is null. */
  public static <T> Versioned<T> of(T value, String etag) {
    return new Versioned<>(value, etag);
  }

  /** The value; null when the response had no body (a 204 to a PUT, say). */
  public T value() {
    return value;
  }

  /** The entity tag as the server sent it, such as {@code "v7"} or {@code W/"v7"}; empty when it sent none. */
  public Optional<String> etag() {
    return Optional.ofNullable(etag);
  }

  /**
   * Reads, changes and conditionally writes a resource until the write succeeds: the loop that keeps concurrent
   * writers from losing each other's updates. Each round reads the current version, applies {@code change} to its
   * value and writes the result with the version's entity tag; a {@link PreconditionFailedException} (412: another
   * writer came first) starts the next round, at most {@code maxRounds} in all.
   *
   * <pre>{@code
   * Versioned.update(() -> docs.get(id), (etag, doc) -> docs.replace(id, etag, doc), doc -> doc.withTitle(t), 5);
   * }</pre>
   *
   * <p>It never writes blindly: a read without an entity tag fails with {@code IllegalStateException}. And it never
   * writes a change twice: a 412 that may answer a retry of a write that was already applied (its
   * {@link PreconditionFailedException#mayHaveBeenApplied()}) is thrown, not answered with another round.
   *
   * @param read reads the current version, such as a {@code Versioned<T>} GET
   * @param write writes a value if the resource still has the given entity tag, such as an {@code @IfMatch} PUT
   * @param change makes the new value from the current one; it may run once per round, so it has no side effects
   * @param maxRounds how many rounds at most, at least 1
   * @return what the successful {@code write} returned
   * @throws PreconditionFailedException the last round's, when every round met another writer
   */
  public static <T, R> R update(Supplier<Versioned<T>> read, BiFunction<String, T, R> write, UnaryOperator<T> change,
      int maxRounds) {
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(write, "write");
    Objects.requireNonNull(change, "change");
    if (maxRounds < 1) {
      throw new IllegalArgumentException("maxRounds must be at least 1, was " + maxRounds);
    }
    PreconditionFailedException last = null;
    for (int round = 0; round < maxRounds; round++) {
      Versioned<T> current = read.get();
      String etag = current.etag().orElseThrow(() -> new IllegalStateException(
          "The read gave no ETag, so a conditional write cannot be made; Versioned.update never writes blindly"));
      T changed = change.apply(current.value());
      try {
        return write.apply(etag, changed);
      } catch (RuntimeException e) {
        last = preconditionFailed(e);
        if (last == null || last.mayHaveBeenApplied()) {
          throw e;
        }
      }
    }
    throw last;
  }

  /** The 412 in {@code failure}, itself or as the cause of a method's typed error; null when there is none. */
  private static PreconditionFailedException preconditionFailed(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof PreconditionFailedException found) {
        return found;
      }
    }
    return null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Versioned<?> that && Objects.equals(value, that.value) && Objects.equals(etag, that.etag);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, etag);
  }

  @Override
  public String toString() {
    return "Versioned{etag=" + etag + "}"; // the value may hold what a log must not show
  }
}
