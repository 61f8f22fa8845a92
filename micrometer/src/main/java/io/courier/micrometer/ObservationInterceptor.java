package io.courier.micrometer;

import io.courier.Interceptor;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * One Micrometer {@link Observation} per Courier call, from its first attempt to its end: a timer
 * {@code http.client.requests} tagged by method and URI template where a meter registry observes, and a span whose
 * propagation headers every attempt sends where a tracer does.
 *
 * <pre>{@code
 * Courier courier = Courier.builder()
 *     .baseUri("https://api.example.com/")
 *     .interceptor(ObservationInterceptor.create(observationRegistry))
 *     .build();
 * }</pre>
 */
public final class ObservationInterceptor implements Interceptor {
  private final ObservationRegistry registry;
  private final ObservationConvention<CourierObservationContext> convention;

  private ObservationInterceptor(ObservationRegistry registry,
      ObservationConvention<CourierObservationContext> convention) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.convention = convention;
  }

  /** Observations named and tagged by {@link CourierObservationConvention#DEFAULT}. */
  public static ObservationInterceptor create(ObservationRegistry registry) {
    return new ObservationInterceptor(registry, null);
  }

  /** Observations named and tagged by {@code convention}, or by a convention registered with the registry. */
  public static ObservationInterceptor create(ObservationRegistry registry,
      ObservationConvention<CourierObservationContext> convention) {
    return new ObservationInterceptor(registry, Objects.requireNonNull(convention, "convention"));
  }

  @Override
  public void beforeAttempt(Attempt attempt) {
    if (attempt.attribute(this) == null) {
      CourierObservationContext context = new CourierObservationContext(attempt);
      // Starting it lets a tracer set its propagation headers on this first attempt, which the later ones keep.
      attempt.setAttribute(this, Observation.createNotStarted(
          convention, CourierObservationConvention.DEFAULT, () -> context, registry).start());
    }
  }

  @Override
  public void afterCall(Attempt last, Outcome outcome) {
    Observation observation = (Observation) last.attribute(this);
    if (observation == null) {
      return;
    }
    if (observation.getContext() instanceof CourierObservationContext context) {
      context.ended(last.number(), outcome);
    }
    outcome.failure().ifPresent(observation::error);
    observation.stop();
  }
}
