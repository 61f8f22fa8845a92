package io.courier.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@code multipart/form-data} body (RFC 7578), streamed: each part's content is opened only when the transport
 * reads up to it, so a file part is read one buffer at a time and never held whole. Its length is known when every
 * part's is, and it can be sent again when every part can.
 */
public final class MultipartBody extends RequestBody {
  private static final char[] BOUNDARY_CHARACTERS =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
  /** A secure source, so that no one who sees one boundary can predict the next and plant it in a part. */
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] CRLF = {'\r', '\n'};

  /**
   * One part.
   *
   * @param name its name, as sent in {@code Content-Disposition}
   * @param fileName its file name, or null for none
   * @param contentType its {@code Content-Type}, or null for none (text)
   * @param content its bytes, their length and whether they can be read again
   */
  public record Section(String name, String fileName, String contentType, RequestBody content) {
    public Section {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(content, "content");
    }
  }

  private final String boundary;
  private final List<Section> sections;
  /** Each part's headers, made once, with the delimiter line before them. */
  private final List<byte[]> heads;
  private final byte[] close;
  private final long length;
  private final boolean replayable;

  private MultipartBody(String boundary, List<Section> sections) {
    super("multipart/form-data; boundary=" + boundary);
    this.boundary = boundary;
    this.sections = List.copyOf(sections);
    this.heads = new ArrayList<>(sections.size());
    // The CRLF before the close delimiter ends the last part; a body without parts has none to end.
    String delimiter = (this.sections.isEmpty() ? "--" : "\r\n--") + boundary + "--\r\n";
    this.close = delimiter.getBytes(StandardCharsets.US_ASCII);
    long total = close.length;
    boolean again = true;
    for (int i = 0; i < this.sections.size(); i++) {
      Section section = this.sections.get(i);
      byte[] head = head(i == 0, section);
      heads.add(head);
      long size = section.content().contentLength();
      total = total < 0 || size < 0 ? -1 : total + head.length + size;
      again &= section.content().replayable();
    }
    this.length = total;
    this.replayable = again;
  }

  /** The parts with a fresh random boundary of 40 letters and digits. */
  public static MultipartBody of(List<Section> sections) {
    char[] random = new char[40];
    for (int i = 0; i < random.length; i++) {
      random[i] = BOUNDARY_CHARACTERS[RANDOM.nextInt(BOUNDARY_CHARACTERS.length)];
    }
    return new MultipartBody("courier-" + new String(random), sections);
  }

  @Override
  public long contentLength() {
    return length;
  }

  @Override
  public boolean replayable() {
    return replayable;
  }

  @Override
  public InputStream open() {
    return new Stream();
  }

  private byte[] head(boolean first, Section section) {
    StringBuilder head = new StringBuilder(128);
    head.append(first ? "" : "\r\n").append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(quoted("name", section.name())).append('"');
    if (section.fileName() != null) {
      head.append("; filename=\"").append(quoted("file name", section.fileName())).append('"');
    }
    head.append("\r\n");
    if (section.contentType() != null) {
      head.append("Content-Type: ").append(headerValue(section.contentType())).append("\r\n");
    }
    return head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A name or file name inside quotes: {@code "} is escaped as {@code %22}, as browsers do (HTML's form encoding),
   * and CR or LF, which would end the header line, are refused.
   */
  static String quoted(String what, String value) {
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("A multipart part's " + what + " cannot hold CR or LF: " + value.strip());
    }
    return value.replace("\"", "%22");
  }

  private static String headerValue(String value) {
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("A multipart part's content type cannot hold CR or LF");
    }
    return value;
  }

  /**
   * The body's bytes: each head, then the part's content opened when reached and closed at its end. Not a
   * {@code SequenceInputStream}, whose {@code close()} opens every part not yet reached only to close it again.
   */
  private final class Stream extends InputStream {
    private int next;
    private InputStream current = InputStream.nullInputStream();
    private boolean contentNext;
    private boolean closed;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
      if (count == 0) {
        return 0;
      }
      while (!closed) {
        int n = current.read(buffer, offset, count);
        if (n >= 0) {
          return n;
        }
        advance();
      }
      return -1;
    }

    /** Closes what ended and opens what follows: a part's content after its head, the next head, the close. */
    private void advance() throws IOException {
      current.close();
      if (contentNext) {
        current = sections.get(next++).content().open();
        contentNext = false;
      } else if (next < sections.size()) {
        current = new ByteArrayInputStream(heads.get(next));
        contentNext = true;
      } else if (next == sections.size()) {
        current = new ByteArrayInputStream(close);
        next++;
      } else {
        closed = true;
      }
    }

    @Override
    public void close() throws IOException {
      closed = true;
      current.close();
    }
  }
}
