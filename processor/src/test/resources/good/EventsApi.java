package com.acme.events;

import io.courier.ServerSentEvent;
import io.courier.http.Get;
import io.courier.http.Path;
import io.courier.http.ReadTimeout;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Streamed responses: server-sent events and decoded values, as a Stream and as a Flow.Publisher. */
public interface EventsApi {
  record Price(String symbol, long cents) {}

  @Get("/events")
  Stream<ServerSentEvent> events();

  @Get("/prices/{symbol}")
  @ReadTimeout(value = 2, unit = TimeUnit.MINUTES)
  Stream<Price> prices(@Path("symbol") String symbol);

  @Get("/lines")
  Stream<String> lines();

  @Get("/events")
  Flow.Publisher<ServerSentEvent> publishEvents();

  @Get("/prices/{symbol}")
  Flow.Publisher<Price> publishPrices(@Path("symbol") String symbol);
}
