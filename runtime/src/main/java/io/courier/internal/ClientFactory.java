package io.courier.internal;

import io.courier.Courier;

/**
 * Makes the generated implementation of one interface; the processor writes one per interface and registers it
 * with {@link java.util.ServiceLoader}, so that {@link Courier#create} needs no reflection on user types.
 */
public interface ClientFactory {
  /** The interface this factory implements. */
  Class<?> api();

  /** A new implementation that sends its calls through {@code courier}. */
  Object create(Courier courier);
}
