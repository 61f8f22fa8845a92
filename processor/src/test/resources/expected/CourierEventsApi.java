package com.acme.events;

import io.courier.Courier;
import io.courier.ServerSentEvent;
import io.courier.internal.ClientFactory;
import io.courier.internal.Decoder;
import io.courier.internal.Decoders;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import java.time.Duration;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * Generated implementation of {@link EventsApi}.
 */
@Generated(
    value = "io.courier.processor.CourierProcessor",
    comments = "Generated from com.acme.events.EventsApi"
)
public final class CourierEventsApi implements EventsApi {
  private final Endpoint<Stream<ServerSentEvent>> events;

  private final Endpoint<Stream<EventsApi.Price>> prices;

  private final Endpoint<Stream<String>> lines;

  private final Endpoint<Stream<ServerSentEvent>> publishEvents;

  private final Endpoint<Stream<EventsApi.Price>> publishPrices;

  /**
   * Creates a client that sends its calls through {@code courier}.
   */
  public CourierEventsApi(Courier courier) {
    Engine engine = courier.engine();
    Decoder<EventsApi.Price> priceDecoder = engine.decoder(EventsApi.Price.class);
    this.events = engine.endpoint("GET", "/events")
        .idempotent()
        .returning(Returns.events());
    this.prices = engine.endpoint("GET", "/prices/{symbol}")
        .idempotent()
        .readTimeout(Duration.ofMinutes(2L))
        .returning(Returns.eventValues(priceDecoder));
    this.lines = engine.endpoint("GET", "/lines")
        .idempotent()
        .returning(Returns.eventValues(Decoders.string()));
    this.publishEvents = engine.endpoint("GET", "/events")
        .idempotent()
        .returning(Returns.events());
    this.publishPrices = engine.endpoint("GET", "/prices/{symbol}")
        .idempotent()
        .returning(Returns.eventValues(priceDecoder));
  }

  @Override
  public Stream<ServerSentEvent> events() {
    // GET /events
    return this.events.call()
        .path("events")
        .execute();
  }

  @Override
  public Stream<EventsApi.Price> prices(String symbol) {
    // GET /prices/{symbol}
    return this.prices.call()
        .path("prices/")
        .pathSegment("symbol", symbol)
        .execute();
  }

  @Override
  public Stream<String> lines() {
    // GET /lines
    return this.lines.call()
        .path("lines")
        .execute();
  }

  @Override
  public Flow.Publisher<ServerSentEvent> publishEvents() {
    // GET /events
    return Returns.publisher(() -> this.publishEvents.call()
        .path("events")
        .executeAsync());
  }

  @Override
  public Flow.Publisher<EventsApi.Price> publishPrices(String symbol) {
    // GET /prices/{symbol}
    return Returns.publisher(() -> this.publishPrices.call()
        .path("prices/")
        .pathSegment("symbol", symbol)
        .executeAsync());
  }

  /**
   * Lets {@code Courier.create} find this implementation through {@link java.util.ServiceLoader}.
   */
  public static final class Factory implements ClientFactory {
    /**
     * Called by {@code ServiceLoader}.
     */
    public Factory() {
    }

    @Override
    public Class<?> api() {
      return EventsApi.class;
    }

    @Override
    public Object create(Courier courier) {
      return new CourierEventsApi(courier);
    }
  }
}
