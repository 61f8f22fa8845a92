package io.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.courier.http.Get;
import io.courier.testsupport.RecordingServer;
import io.courier.testsupport.RecordingServer.Reply;
import io.courier.testsupport.TransportKind;
import io.courier.testsupport.TransportTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A {@code String} return is decoded with the response's charset, UTF-8 when it names none. */
class StringDecodingTest {
  private static final String TEXT = "café – naïve";
  private static final String LATIN = "café naïve ÿ";

  /** A text download. */
  interface TextApi {
    @Get("/text")
    String get();
  }

  @RegisterExtension
  final RecordingServer server = RecordingServer.started();
  private TextApi api;

  @BeforeEach
  void create(TransportKind transport) {
    api = server.courier(transport).build().create(TextApi.class);
  }

  @TransportTest
  void charsetOfTheContentTypeIsUsed() {
    server.replies(Reply.status(200).header("Content-Type", "text/plain; charset=ISO-8859-1")
        .body(LATIN.getBytes(StandardCharsets.ISO_8859_1)));

    assertEquals(LATIN, api.get());
  }

  @TransportTest
  void quotedCharsetWithFurtherParametersIsUsed() {
    server.replies(Reply.status(200).header("Content-Type", "text/html; Charset=\"iso-8859-1\"; q=1")
        .body(LATIN.getBytes(StandardCharsets.ISO_8859_1)));

    assertEquals(LATIN, api.get());
  }

  @TransportTest
  void utf8WhenTheContentTypeNamesNoCharset() {
    server.replies(Reply.status(200).header("Content-Type", "text/plain").body(TEXT.getBytes(StandardCharsets.UTF_8)));

    assertEquals(TEXT, api.get());
  }

  @TransportTest
  void utf8WithoutAnyContentType() {
    server.replies(Reply.status(200).body(TEXT.getBytes(StandardCharsets.UTF_8)));

    assertEquals(TEXT, api.get());
  }

  @TransportTest
  void utf8WhenTheCharsetIsUnknown() {
    server.replies(Reply.status(200).header("Content-Type", "text/plain; charset=x-no-such-charset")
        .body(TEXT.getBytes(StandardCharsets.UTF_8)));

    assertEquals(TEXT, api.get());
  }
}
