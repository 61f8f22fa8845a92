/**
 * Courier on OkHttp: {@code Courier.builder().transport(OkHttpTransport.create())}.
 *
 * <p>Parameters and return values are never {@code null} unless documented otherwise.
 */
package io.courier.okhttp;
