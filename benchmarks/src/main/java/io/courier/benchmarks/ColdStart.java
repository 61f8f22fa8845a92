package io.courier.benchmarks;

/**
 * The cold figure's child process: builds one client, makes one PUT and one GET, and exits; the runner times the
 * whole process. Arguments: client, base URI.
 */
final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    try (PeerClient client = PeerClient.create(args[0], args[1])) {
      client.put(42, Item.SAMPLE);
      if (client.get(42) == null) {
        throw new IllegalStateException("GET decoded to null");
      }
    }
  }
}
