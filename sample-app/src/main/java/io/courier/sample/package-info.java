/**
 * The Courier sample: a documents API and a notes API declared as interfaces, their generated clients, and an
 * embedded server that answers PUT the way RFC 9110 and WebDAV do, and POST, GET, PATCH and DELETE on notes.
 */
package io.courier.sample;
