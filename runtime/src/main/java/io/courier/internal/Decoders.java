package io.courier.internal;

import io.courier.BodyCodec;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/** The {@link Decoder}s for each kind of return type. */
public final class Decoders {
  private static final Decoder<String> STRING = (body, contentType) -> new String(body, charset(contentType));
  private static final Decoder<byte[]> BYTES = (body, contentType) -> body;
  private static final Decoder<Void> NONE = new Decoder<>() {
    @Override
    public Void decode(byte[] body, String contentType) {
      return null;
    }

    @Override
    public boolean readsBody() {
      return false;
    }
  };

  private Decoders() {}

  /** Text, in the charset of the response's {@code Content-Type}, UTF-8 when it names none. */
  public static Decoder<String> string() {
    return STRING;
  }

  /** The body's bytes as they came. */
  public static Decoder<byte[]> bytes() {
    return BYTES;
  }

  /** No body: {@code Void}, whose only value is {@code null}. */
  public static Decoder<Void> none() {
    return NONE;
  }

  /** Values read by the codec's reader, which was looked up once. */
  static <T> Decoder<T> codec(BodyCodec.Reader<T> reader) {
    return (body, contentType) -> reader.read(body);
  }

  /** The charset named by a {@code Content-Type} header, UTF-8 when it names none or one this JVM lacks. */
  static Charset charset(String contentType) {
    String type = contentType == null ? "" : contentType;
    int at = type.toLowerCase(Locale.ROOT).indexOf("charset=");
    if (at < 0) {
      return StandardCharsets.UTF_8;
    }
    String name = type.substring(at + "charset=".length());
    int end = name.indexOf(';');
    name = (end < 0 ? name : name.substring(0, end)).trim().replace("\"", "");
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
