package io.courier.sample;

import io.courier.Courier;
import io.courier.CourierException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

/**
 * Runs the tour of {@link DocumentsApi} against an embedded server, or against {@code --base-url URL}, then the tour
 * of {@link NotesApi} against the embedded server, and exits 0 when every request got an answer.
 */
public final class Main {
  static final String USAGE = """
      Usage: Main [--base-url URL]
        Without --base-url, starts an embedded documents and notes server on 127.0.0.1 and a free port.
        With it, sends the PUT requests to that server instead, for example nginx with WebDAV PUT enabled,
        and skips the notes (POST, GET, PATCH, DELETE), which only the embedded server serves.""";

  private Main() {}

  /** The command line entry point. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status); // on success, return normally: exec:java runs this inside Maven's JVM
    }
  }

  /**
   * Runs the tour and returns the exit status: 0 when every request was answered (whatever the statuses), 1 when a
   * call failed, 2 for bad arguments.
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, UnaryOperator.identity());
  }

  /** As {@link #run(String[], PrintStream, PrintStream)}, with {@code transport} applied to the builder. */
  static int run(String[] args, PrintStream out, PrintStream err, UnaryOperator<Courier.Builder> transport) {
    URI baseUri;
    try {
      baseUri = parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (args.length == 1) {
      out.println(USAGE);
      return 0;
    }
    try (DocumentServer server = baseUri == null ? DocumentServer.start() : null;
        // Closed last thing, before the server: its connections and threads end with the tour.
        Courier courier = transport.apply(Courier.builder().baseUri(target(server, baseUri))).build()) {
      URI target = target(server, baseUri);
      out.println("Courier sample: PUT requests to " + target
          + (server != null ? " (the embedded server)" : ""));
      DocumentsApi api = courier.create(DocumentsApi.class);
      List<Tour.Exchange> exchanges = new Tour(api, out).run();
      out.println(exchanges.size() + " PUT requests answered" + summary(exchanges));
      if (server == null) {
        // A WebDAV server such as nginx has no /notes collection: POST and PATCH would only get 405.
        out.println("The notes tour (POST, GET, PATCH, DELETE) runs against the embedded server only: skipped.");
        return 0;
      }
      out.println("Courier sample: POST, GET, PATCH and DELETE requests to " + target + " (the embedded server)");
      List<Tour.Exchange> notes = new NotesTour(courier.create(NotesApi.class), out).run();
      out.println(notes.size() + " notes requests answered" + summary(notes));
      return 0;
    } catch (IOException | UncheckedIOException | CourierException | CompletionException e) {
      Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
      err.println("The sample failed: " + cause);
      return 1;
    }
  }

  private static URI target(DocumentServer server, URI baseUri) {
    return server != null ? server.baseUri() : baseUri;
  }

  private static String summary(List<Tour.Exchange> exchanges) {
    long surprises = exchanges.stream().filter(exchange -> !exchange.asExpected()).count();
    return surprises == 0 ? ", each as expected." : "; answers that differ from the embedded server's: " + surprises;
  }

  /** The base URI from {@code --base-url URL}, null for the embedded server. */
  private static URI parse(String[] args) {
    if (args.length == 0) {
      return null;
    }
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      return null;
    }
    if (args.length == 2 && args[0].equals("--base-url")) {
      URI uri = URI.create(args[1]);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new IllegalArgumentException("--base-url needs an http or https URL, was: " + args[1]);
      }
      return uri;
    }
    throw new IllegalArgumentException("Unknown arguments: " + String.join(" ", args));
  }
}
