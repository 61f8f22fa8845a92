package io.courier.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.courier.Courier;
import io.courier.PreconditionFailedException;
import io.courier.Response;
import io.courier.Versioned;
import io.courier.http.Body;
import io.courier.http.CreateOnly;
import io.courier.http.Get;
import io.courier.http.IfMatch;
import io.courier.http.Path;
import io.courier.http.Put;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conditional PUT against Apache httpd's mod_dav, a server Courier did not write that honours If-Match and
 * If-None-Match: a stale tag gets 412, create-only never overwrites, and concurrent read-change-write rounds
 * through {@link Versioned#update} lose no update. Skipped when httpd is absent.
 */
class ApacheConditionalPutTest {
  /** Text files in the WebDAV root. */
  interface FilesApi {
    @Put("/{name}")
    Response<Void> put(@Path("name") String name, @Body String text);

    @Put("/{name}")
    void replace(@Path("name") String name, @IfMatch String etag, @Body String text);

    @Put("/{name}")
    @CreateOnly
    void create(@Path("name") String name, @Body String text);

    @Get("/{name}")
    Versioned<String> get(@Path("name") String name);
  }

  private static Apache apache;

  @BeforeAll
  static void startApache(@TempDir java.nio.file.Path dir) throws Exception {
    if (Apache.installed()) {
      apache = Apache.start(dir);
    }
  }

  @AfterAll
  static void stopApache() {
    if (apache != null) {
      apache.close();
    }
  }

  private static FilesApi api(TransportKind transport) {
    Assumptions.assumeTrue(apache != null,
        "Apache httpd with mod_dav_fs is not installed; on Debian or Ubuntu: apt-get install apache2");
    return transport.configure(Courier.builder()).baseUri(apache.baseUri()).build().create(FilesApi.class);
  }

  @TransportTest
  void aStaleTagIsRefusedWith412AndTheCurrentOneIsAccepted(TransportKind transport) throws Exception {
    FilesApi api = api(transport);
    String name = "doc-" + transport.displayName() + ".txt";
    assertEquals(201, api.put(name, "v1").status());
    // httpd answers a PUT with no ETag, so the tag comes from a GET.
    String first = api.get(name).etag().orElseThrow();
    assertTrue(first.startsWith("\""), "a strong tag: " + first);

    api.replace(name, first, "v2");
    PreconditionFailedException stale = assertThrows(PreconditionFailedException.class,
        () -> api.replace(name, first, "v3"));

    assertEquals(412, stale.status());
    assertFalse(stale.mayHaveBeenApplied());
    assertEquals("v2", api.get(name).value(), "the stale write changed nothing");
  }

  @TransportTest
  void createOnlyCreatesButNeverOverwrites(TransportKind transport) throws Exception {
    FilesApi api = api(transport);
    String name = "new-" + transport.displayName() + ".txt";

    api.create(name, "mine");
    assertThrows(PreconditionFailedException.class, () -> api.create(name, "theirs"));

    assertEquals("mine", api.get(name).value());
  }

  @TransportTest
  void concurrentIncrementsThroughTheUpdateLoopLoseNothing(TransportKind transport) throws Exception {
    FilesApi api = api(transport);
    String name = "counter-" + transport.displayName() + ".txt";
    api.put(name, "0");
    int threads = 4;
    int increments = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < increments; i++) {
            Versioned.update(() -> api.get(name), (etag, text) -> {
              api.replace(name, etag, text);
              return null;
            }, text -> String.valueOf(Integer.parseInt(text.trim()) + 1), 100);
          }
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(String.valueOf(threads * increments), api.get(name).value(), apache.log());
  }
}
