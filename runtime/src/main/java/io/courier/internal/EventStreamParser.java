package io.courier.internal;

import io.courier.ServerSentEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Parses a {@code text/event-stream} body by the WHATWG EventSource rules, reading it line by line as it arrives, so
 * that an event is returned as soon as its blank line has been received and not a byte later.
 */
public final class EventStreamParser {
  private final Reader reader;
  private final StringBuilder line = new StringBuilder();
  private final StringBuilder data = new StringBuilder();
  private String eventType = "";
  private String lastEventId = "";
  private Duration blockRetry;
  private Duration reconnectionTime;
  private boolean started;
  /** Whether the last line ended with CR, so that an LF right after it ends no second line. */
  private boolean afterCr;

  /** A parser of {@code body}, decoded as UTF-8 with malformed bytes replaced, as the specification says. */
  public EventStreamParser(InputStream body) {
    this(body, "", null);
  }

  /** A parser of a reopened stream, which keeps the last event ID and reconnection time of the one before. */
  EventStreamParser(InputStream body, String lastEventId, Duration reconnectionTime) {
    this.reader = new InputStreamReader(body, StandardCharsets.UTF_8);
    this.lastEventId = lastEventId;
    this.reconnectionTime = reconnectionTime;
  }

  /** The next dispatched event, or null at the end of the body; an event cut off by the end is dropped. */
  public ServerSentEvent next() throws IOException {
    while (true) {
      String next = readLine();
      if (next == null) {
        return null;
      }
      ServerSentEvent event = process(next);
      if (event != null) {
        return event;
      }
    }
  }

  /** The last event ID set so far, which a reconnection sends as {@code Last-Event-ID}; empty for none. */
  public String lastEventId() {
    return lastEventId;
  }

  /** The reconnection time the server last asked for with {@code retry:}; empty when it never did. */
  public Optional<Duration> reconnectionTime() {
    return Optional.ofNullable(reconnectionTime);
  }

  private ServerSentEvent process(String text) {
    if (text.isEmpty()) {
      return dispatch();
    }
    if (text.charAt(0) == ':') {
      return null; // a comment, often sent to keep a connection alive
    }
    int colon = text.indexOf(':');
    String field = colon < 0 ? text : text.substring(0, colon);
    String value = colon < 0 ? "" : text.substring(colon + 1);
    if (value.startsWith(" ")) {
      value = value.substring(1);
    }
    switch (field) {
      case "event" -> eventType = value;
      case "data" -> data.append(value).append('\n');
      case "id" -> {
        if (value.indexOf('\0') < 0) {
          lastEventId = value;
        }
      }
      case "retry" -> {
        if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
          try {
            blockRetry = Duration.ofMillis(Long.parseLong(value));
            reconnectionTime = blockRetry;
          } catch (NumberFormatException tooLong) {
            // more digits than a long holds: no sensible time, so ignored like any other bad value
          }
        }
      }
      default -> { } // unknown fields are ignored
    }
    return null;
  }

  private ServerSentEvent dispatch() {
    Duration retry = blockRetry;
    blockRetry = null;
    if (data.length() == 0) {
      eventType = "";
      return null;
    }
    String payload = data.substring(0, data.length() - 1);
    String type = eventType.isEmpty() ? "message" : eventType;
    data.setLength(0);
    eventType = "";
    return new ServerSentEvent(type, payload, lastEventId.isEmpty() ? Optional.empty() : Optional.of(lastEventId),
        Optional.ofNullable(retry));
  }

  /** The next line without its end, or null at the end of the body, where an unfinished line is dropped. */
  private String readLine() throws IOException {
    while (true) {
      int c = reader.read();
      if (c < 0) {
        return null;
      }
      if (!started) {
        started = true;
        if (c == '\uFEFF') {
          continue; // one leading byte order mark is skipped
        }
      }
      if (c == '\n' && afterCr) {
        afterCr = false;
        continue;
      }
      afterCr = c == '\r';
      if (c == '\r' || c == '\n') {
        String text = line.toString();
        line.setLength(0);
        return text;
      }
      line.append((char) c);
    }
  }
}
