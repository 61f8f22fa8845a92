package io.courier.internal;

import io.courier.Part;
import io.courier.transport.MultipartBody;
import io.courier.transport.MultipartBody.Section;
import io.courier.transport.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;

/** A call's multipart parts as the generated code adds them, each written as its kind says. */
final class Parts {
  private final List<Section> sections = new ArrayList<>();

  /** Text, sent without a {@code Content-Type}, as browsers send form fields: RFC 7578 reads it as text/plain. */
  void text(String name, String value) {
    sections.add(new Section(name, null, null, RequestBody.ofBytes(value.getBytes(StandardCharsets.UTF_8), null)));
  }

  void bytes(String name, byte[] value) {
    sections.add(new Section(name, null, BodyWriters.OCTET_STREAM, RequestBody.ofBytes(value, null)));
  }

  /** A file, sent with its file name; only its size is read now, and it is opened when the body is sent. */
  void file(String name, Path value) throws IOException {
    Path fileName = value.getFileName();
    sections.add(new Section(name, fileName == null ? null : fileName.toString(), BodyWriters.OCTET_STREAM,
        BodyWriters.path().write(value)));
  }

  void part(String name, Part value) {
    sections.add(new Section(name, value.fileName(), value.contentType(), value.content()));
  }

  /** A codec value, with the codec's media type. */
  <T> void codec(String name, BodyWriter<? super T> writer, T value) throws IOException {
    RequestBody body = writer.write(value);
    sections.add(new Section(name, null, body.contentType(), body));
  }

  /** A {@code @PartMap} value, written by its class as a {@code @Part} of that type would be. */
  void any(Engine engine, String name, Object value) throws IOException {
    if (value instanceof String text) {
      text(name, text);
    } else if (value instanceof byte[] bytes) {
      bytes(name, bytes);
    } else if (value instanceof Path path) {
      file(name, path);
    } else if (value instanceof Part part) {
      part(name, part);
    } else if (value instanceof InputStream || value instanceof Flow.Publisher) {
      // No codec can write one, and it carries no content type: Jackson's own message would not say what to do.
      throw new IllegalArgumentException("a stream or publisher is no part by itself; put its bytes in"
          + " Part.of(fileName, contentType, stream), which names their type");
    } else {
      codec(name, engine.writer(value.getClass()), value);
    }
  }

  RequestBody body() {
    return MultipartBody.of(sections);
  }
}
