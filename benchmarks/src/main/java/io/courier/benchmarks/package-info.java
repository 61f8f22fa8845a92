/**
 * Harnesses that print what Courier costs, each against a baseline measured in the same run: the processor at
 * compile time ({@code ProcessorCostBenchmark}), a call on loopback with the JDK client's executors
 * ({@code TransportBenchmark}), and calls, cold starts and a large upload against hand-written code, Retrofit and
 * Feign ({@code PeerBenchmark}), and the same clients' sequential throughput interleaved in one JVM
 * ({@code SameJvmThroughput}). {@code LoadWithCuts} has no baseline: it prints what Courier completes, fails, loses
 * and duplicates under load while the server cuts connections.
 */
package io.courier.benchmarks;
