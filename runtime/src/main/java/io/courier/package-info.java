/**
 * Courier's public runtime API: {@link io.courier.Courier}, {@link io.courier.Response} and the exceptions.
 *
 * <p>Parameters and return values are never {@code null} unless documented otherwise.
 */
package io.courier;
