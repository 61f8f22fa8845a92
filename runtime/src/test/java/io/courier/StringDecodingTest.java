package io.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.courier.RecordingServer.Reply;
import io.courier.internal.Decoders;
import io.courier.internal.Endpoint;
import io.courier.internal.Returns;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A {@code String} return is decoded with the response's charset, UTF-8 when it names none. */
class StringDecodingTest {
  private static final String TEXT = "café – naïve";
  private static final String LATIN = "café naïve ÿ";

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private final Endpoint<String> get =
      server.courier().build().engine().endpoint("GET", "/text").idempotent().returning(Returns.body(Decoders.string()));

  @Test
  void charsetOfTheContentTypeIsUsed() {
    server.replies(Reply.status(200).header("Content-Type", "text/plain; charset=ISO-8859-1")
        .body(LATIN.getBytes(StandardCharsets.ISO_8859_1)));

    assertEquals(LATIN, get.call("text").execute());
  }

  @Test
  void quotedCharsetWithFurtherParametersIsUsed() {
    server.replies(Reply.status(200).header("Content-Type", "text/html; Charset=\"iso-8859-1\"; q=1")
        .body(LATIN.getBytes(StandardCharsets.ISO_8859_1)));

    assertEquals(LATIN, get.call("text").execute());
  }

  @Test
  void utf8WhenTheContentTypeNamesNoCharset() {
    server.replies(Reply.status(200).header("Content-Type", "text/plain").body(TEXT.getBytes(StandardCharsets.UTF_8)));

    assertEquals(TEXT, get.call("text").execute());
  }

  @Test
  void utf8WithoutAnyContentType() {
    server.replies(Reply.status(200).body(TEXT.getBytes(StandardCharsets.UTF_8)));

    assertEquals(TEXT, get.call("text").execute());
  }

  @Test
  void utf8WhenTheCharsetIsUnknown() {
    server.replies(Reply.status(200).header("Content-Type", "text/plain; charset=x-no-such-charset")
        .body(TEXT.getBytes(StandardCharsets.UTF_8)));

    assertEquals(TEXT, get.call("text").execute());
  }
}
