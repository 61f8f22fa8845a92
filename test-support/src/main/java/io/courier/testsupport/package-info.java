/**
 * What Courier's test suites share: {@link io.courier.testsupport.RecordingServer},
 * {@link io.courier.testsupport.RawServer} and {@link io.courier.testsupport.KeepAliveServer} (which counts its open
 * connections) on loopback, and {@link io.courier.testsupport.TransportTest}, which runs a test once per
 * {@link io.courier.testsupport.TransportKind}.
 */
package io.courier.testsupport;
