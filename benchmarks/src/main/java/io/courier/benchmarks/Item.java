package io.courier.benchmarks;

import java.util.List;

/** The resource every client in the peer benchmark PUTs and GETs: 91 bytes of JSON. */
public record Item(long id, String name, int quantity, double price, List<String> tags) {
  /** The item the clients send; the server answers every GET with the same JSON. */
  static final Item SAMPLE = new Item(42, "courier-bench", 7, 19.99, List.of("alpha", "beta", "gamma"));

  /** {@link #SAMPLE} as Jackson writes it, which is what the loopback server returns for a GET. */
  static final String SAMPLE_JSON =
      "{\"id\":42,\"name\":\"courier-bench\",\"quantity\":7,\"price\":19.99,\"tags\":[\"alpha\",\"beta\",\"gamma\"]}";
}
