package io.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The read-modify-write loop of {@link Versioned#update}, against a document held in memory. */
class VersionedTest {
  /** A document store with real If-Match semantics, and a hook that lets another writer in before a write. */
  private static final class Store {
    int value;
    int version = 1;
    Runnable beforeWrite = () -> { };
    final List<String> calls = new ArrayList<>();

    Versioned<Integer> read() {
      calls.add("read");
      return Versioned.of(value, "\"" + version + "\"");
    }

    String write(String etag, int newValue) {
      calls.add("write " + etag);
      beforeWrite.run();
      if (!etag.equals("\"" + version + "\"")) {
        throw preconditionFailed(false);
      }
      value = newValue;
      version++;
      return "\"" + version + "\"";
    }
  }

  private static PreconditionFailedException preconditionFailed(boolean mayHaveBeenApplied) {
    return new PreconditionFailedException("PUT", URI.create("http://h/docs/1"),
        HttpHeaders.of(Map.of(), (a, b) -> true), new byte[0], null, mayHaveBeenApplied);
  }

  @Test
  void aWriteNobodyRacesSucceedsInOneRound() {
    Store store = new Store();

    String etag = Versioned.update(store::read, store::write, n -> n + 1, 5);

    assertEquals(1, store.value);
    assertEquals("\"2\"", etag);
    assertEquals(List.of("read", "write \"1\""), store.calls);
  }

  @Test
  void aLostRaceReadsAgainAndAppliesTheChangeToTheNewValue() {
    Store store = new Store();
    store.beforeWrite = () -> {
      store.beforeWrite = () -> { };
      store.value = 10; // another writer got in between our read and our write
      store.version++;
    };

    Versioned.update(store::read, store::write, n -> n + 1, 5);

    assertEquals(11, store.value, "the other writer's update is kept, and ours applied on top of it");
    assertEquals(List.of("read", "write \"1\"", "read", "write \"2\""), store.calls);
  }

  @Test
  void roundsAreBoundedAndTheLast412IsThrown() {
    Store store = new Store();
    store.beforeWrite = () -> store.version++; // someone always writes first

    PreconditionFailedException e = assertThrows(PreconditionFailedException.class,
        () -> Versioned.update(store::read, store::write, n -> n + 1, 3));

    assertEquals(412, e.status());
    assertEquals(6, store.calls.size()); // three reads, three writes
    assertEquals(0, store.value);
  }

  @Test
  void a412ThatMayAnswerAnAppliedRetryIsThrownNotRetried() {
    Store store = new Store();
    PreconditionFailedException ambiguous = preconditionFailed(true);

    PreconditionFailedException e = assertThrows(PreconditionFailedException.class,
        () -> Versioned.update(store::read, (etag, n) -> {
          store.calls.add("write");
          throw ambiguous;
        }, n -> n + 1, 5));

    assertSame(ambiguous, e);
    assertTrue(e.getMessage().contains("may have been applied"), e.getMessage());
    assertEquals(List.of("read", "write"), store.calls, "never a second write of the same change");
  }

  @Test
  void a412InsideATypedErrorStartsAnotherRoundToo() {
    Store store = new Store();
    int[] writes = {0};

    Versioned.update(store::read, (etag, n) -> {
      if (writes[0]++ == 0) {
        throw new IllegalStateException("a method's typed error", preconditionFailed(false));
      }
      return store.write(etag, n);
    }, n -> n + 1, 5);

    assertEquals(1, store.value);
    assertEquals(2, writes[0]);
  }

  @Test
  void aReadWithoutAnEtagNeverLeadsToABlindWrite() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Versioned.update(() -> Versioned.of(1, null), (etag, n) -> {
          throw new AssertionError("wrote blindly");
        }, n -> n + 1, 5));

    assertTrue(e.getMessage().contains("no ETag"), e.getMessage());
  }

  @Test
  void otherFailuresPassThroughAtOnce() {
    Store store = new Store();
    IllegalArgumentException boom = new IllegalArgumentException("boom");

    assertSame(boom, assertThrows(IllegalArgumentException.class,
        () -> Versioned.update(store::read, (etag, n) -> {
          throw boom;
        }, n -> n + 1, 5)));
    assertThrows(IllegalArgumentException.class, () -> Versioned.update(store::read, store::write, n -> n, 0));
  }

  @Test
  void toStringShowsTheTagButNotTheValue() {
    assertEquals("Versioned{etag=\"v7\"}", Versioned.of("secret text", "\"v7\"").toString());
    assertEquals(Versioned.of(1, "\"a\""), Versioned.of(1, "\"a\""));
  }
}
