/**
 * The annotations that describe an HTTP API as a Java interface; Courier's annotation processor turns them into an
 * implementation at compile time, so they have {@code CLASS} retention and are needed at compile time only.
 */
package io.courier.http;
