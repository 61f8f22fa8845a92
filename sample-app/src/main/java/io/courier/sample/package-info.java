/**
 * The Courier sample: a documents API declared as an interface, its generated client, and an embedded server that
 * answers PUT the way RFC 9110 and WebDAV do.
 */
package io.courier.sample;
