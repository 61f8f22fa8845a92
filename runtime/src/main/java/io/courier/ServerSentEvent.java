package io.courier;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a {@code text/event-stream} response, as the WHATWG EventSource rules dispatch it.
 *
 * @param event the event's type; {@code "message"} when the server names none
 * @param data the event's data, its {@code data:} lines joined with {@code \n}
 * @param id the last event ID in effect when the event was dispatched, which a reconnection sends back as
 *     {@code Last-Event-ID}; empty when none was set or an empty {@code id:} reset it
 * @param retry the reconnection time a {@code retry:} field in this event's lines asked for; empty when none did
 */
public record ServerSentEvent(String event, String data, Optional<String> id, Optional<Duration> retry) {
  /** Checks that no part is null, so that callers never have to. */
  public ServerSentEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(retry, "retry");
  }

  /** A {@code message} event with {@code data} and nothing else. */
  public static ServerSentEvent of(String data) {
    return new ServerSentEvent("message", data, Optional.empty(), Optional.empty());
  }
}
