package io.courier.benchmarks;

import java.nio.file.Path;
import java.util.List;

/**
 * One HTTP client under test in the peer benchmark: every call either succeeds with the expected status or throws.
 */
interface PeerClient extends AutoCloseable {
  /** Every client, in the order of the report; the floor first, since everything is a ratio to it. */
  List<String> NAMES = List.of("floor", "courier-jdk", "courier-okhttp", "retrofit", "feign");

  /** Clients that are not in the report by default but can be named: OkHttp's own floor. */
  List<String> EXTRAS = List.of("okhttp");

  /** The clients that take part in the 1 GiB upload (OkHttp's own floor when it is named). */
  List<String> UPLOADERS = List.of("floor", "courier-jdk", "courier-okhttp", "okhttp");

  /** PUTs {@code item} as JSON to {@code /items/{id}}, expecting 204. */
  void put(long id, Item item) throws Exception;

  /** GETs {@code /items/{id}} and decodes its JSON. */
  Item get(long id) throws Exception;

  /** PUTs the file's bytes to {@code /upload/{name}}, streamed, expecting 204. */
  default void upload(String name, Path file) throws Exception {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " takes no part in the upload");
  }

  @Override
  default void close() {}

  /**
   * The client called {@code name}, talking to {@code baseUri}. Classes are looked up by name so that a harness
   * run on a classpath that lacks one peer's jars still measures the others.
   */
  static PeerClient create(String name, String baseUri) throws ReflectiveOperationException {
    return (PeerClient) Class.forName(className(name)).getDeclaredConstructor(String.class).newInstance(baseUri);
  }

  /** Whether the class of client {@code name} was compiled into this build. */
  static boolean available(String name) {
    try {
      Class.forName(className(name), false, PeerClient.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static String className(String name) {
    String simple = switch (name) {
      case "floor" -> "FloorClient";
      case "courier-jdk" -> "CourierJdkClient";
      case "courier-okhttp" -> "CourierOkHttpClient";
      case "retrofit" -> "RetrofitClient";
      case "feign" -> "FeignClient";
      case "okhttp" -> "OkHttpFloorClient";
      default -> throw new IllegalArgumentException("no client " + name + "; known: " + NAMES + " and " + EXTRAS);
    };
    return PeerClient.class.getPackageName() + "." + simple;
  }
}
