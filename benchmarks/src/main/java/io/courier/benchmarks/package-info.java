/**
 * Harnesses that print what Courier costs, each against a baseline measured in the same run: the processor at
 * compile time ({@code ProcessorCostBenchmark}) and a call on loopback ({@code TransportBenchmark}).
 */
package io.courier.benchmarks;
