package io.courier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.courier.ServerSentEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The WHATWG EventSource parsing rules, on the inputs most parsers get wrong. */
class EventStreamParserTest {
  private static List<ServerSentEvent> parse(String body) throws IOException {
    return parse(body.getBytes(StandardCharsets.UTF_8));
  }

  private static List<ServerSentEvent> parse(byte[] body) throws IOException {
    EventStreamParser parser = new EventStreamParser(new ByteArrayInputStream(body));
    List<ServerSentEvent> events = new ArrayList<>();
    for (ServerSentEvent event = parser.next(); event != null; event = parser.next()) {
      events.add(event);
    }
    return events;
  }

  private static ServerSentEvent event(String type, String data, String id) {
    return new ServerSentEvent(type, data, Optional.ofNullable(id), Optional.empty());
  }

  @Test
  void multiLineDataIsJoinedWithLf() throws IOException {
    assertEquals(List.of(event("message", "a\nb\n", null)), parse("data: a\ndata:b\ndata\n\n"));
  }

  @Test
  void crLfAndCrlfAllEndLines() throws IOException {
    assertEquals(List.of(event("message", "1", null), event("message", "2", null), event("message", "3", null)),
        parse("data: 1\r\n\r\ndata: 2\r\rdata: 3\n\n"));
  }

  @Test
  void commentsAndUnknownFieldsAreIgnored() throws IOException {
    assertEquals(List.of(event("message", "x", null)), parse(": ping\nfoo: bar\ndata: x\n: more\n\n"));
  }

  @Test
  void onlyOneSpaceAfterTheColonIsDropped() throws IOException {
    assertEquals(List.of(event("message", " x:y", null)), parse("data:  x:y\n\n"));
  }

  @Test
  void eventTypeAppliesToItsEventOnly() throws IOException {
    assertEquals(List.of(event("add", "1", null), event("message", "2", null)),
        parse("event: add\ndata: 1\n\ndata: 2\n\n"));
  }

  @Test
  void idPersistsUntilResetAndIgnoresNul() throws IOException {
    assertEquals(List.of(event("message", "1", "7"), event("message", "2", "7"), event("message", "3", null)),
        parse("id: 7\ndata: 1\n\nid: 8\u0000\ndata: 2\n\nid\ndata: 3\n\n"));
  }

  @Test
  void retryTakesOnlyDigits() throws IOException {
    EventStreamParser parser = new EventStreamParser(new ByteArrayInputStream(
        "retry: 1500\ndata: a\n\nretry: 2s\ndata: b\n\nretry: 15 \ndata: c\n\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.of(Duration.ofMillis(1500)), parser.next().retry());
    assertEquals(Optional.empty(), parser.next().retry());
    assertEquals(Optional.empty(), parser.next().retry());
    assertEquals(Optional.of(Duration.ofMillis(1500)), parser.reconnectionTime());
  }

  @Test
  void emptyDataIsNotDispatched() throws IOException {
    assertEquals(List.of(event("message", "", null)), parse("event: x\n\nretry: 10\n\ndata\n\n"));
  }

  @Test
  void leadingBomIsSkippedOnce() throws IOException {
    assertEquals(List.of(event("message", "1", null)), parse("\uFEFFdata: 1\n\n"));
    assertEquals(List.of(), parse("\uFEFF\uFEFFdata: 1\n\n")); // the second is part of the field name
  }

  @Test
  void unfinishedEventAtTheEndIsDropped() throws IOException {
    assertEquals(List.of(event("message", "1", null)), parse("data: 1\n\ndata: 2\n"));
  }

  @Test
  void malformedUtf8IsReplaced() throws IOException {
    byte[] body = {'d', 'a', 't', 'a', ':', (byte) 0xff, '\n', '\n'};
    assertEquals(List.of(event("message", "\uFFFD", null)), parse(body));
  }

  @Test
  void ndjsonSkipsBlankLinesAndKeepsALastUnendedOne() throws IOException {
    NdjsonReader reader = new NdjsonReader(new ByteArrayInputStream(
        "{\"a\":1}\r\n\n  \n{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
    assertEquals("{\"a\":1}", new String(reader.next(), StandardCharsets.UTF_8));
    assertEquals("{\"a\":2}", new String(reader.next(), StandardCharsets.UTF_8));
    assertNull(reader.next());
  }
}
