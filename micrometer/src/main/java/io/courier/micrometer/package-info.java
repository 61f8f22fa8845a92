/**
 * Micrometer observations of Courier calls: {@link io.courier.micrometer.ObservationInterceptor}.
 *
 * <p>Parameters and return values are never {@code null} unless documented otherwise.
 */
package io.courier.micrometer;
