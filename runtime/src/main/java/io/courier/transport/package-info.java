/**
 * What a {@link io.courier.Transport} sends and receives: Courier's own request, body and response types, so that
 * nothing above a transport names the types of the HTTP client underneath.
 *
 * <p>Parameters and return values are never {@code null} unless documented otherwise.
 */
package io.courier.transport;
