/**
 * Courier's internals: the pieces that generated clients call. Not an API: names and signatures change without
 * notice between versions, always together with the processor that generates the calls.
 *
 * <p>Parameters and return values are never {@code null} unless documented otherwise.
 */
package io.courier.internal;
