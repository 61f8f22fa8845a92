package io.courier.internal;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * A {@code Courier}'s working parts, as generated constructors see them: endpoints, body writers and decoders,
 * each made once per method.
 */
public final class Engine {
  private final Settings settings;
  private final String base;
  private final BodyWriter<Map<String, Object>> fieldsWriter;
  private final CallExecutor executor;

  /** An engine for the given settings. */
  public Engine(Settings settings) {
    this.settings = settings;
    String uri = settings.baseUri().toString();
    this.base = uri.endsWith("/") ? uri : uri + "/";
    this.fieldsWriter = writer(Map.class);
    this.executor = new CallExecutor(settings);
  }

  /** Starts describing the endpoint of one interface method; {@code pathTemplate} is for messages only. */
  public Endpoint.Builder endpoint(String method, String pathTemplate) {
    return new Endpoint.Builder(this, method, pathTemplate, List.of());
  }

  /** What the endpoints of one interface share, such as its {@code @Headers}: made once per generated client. */
  public Endpoints endpoints() {
    return new Endpoints(this);
  }

  /** A writer for {@code @Body} values of a codec type, such as {@code User} or {@code List<User>}. */
  public <T> BodyWriter<T> writer(Type type) {
    return BodyWriters.codec(settings.codec().writer(type), settings.codec().mediaType());
  }

  /** A decoder for bodies of a codec type, such as {@code User} or {@code List<User>}. */
  public <T> Decoder<T> decoder(Type type) {
    return Decoders.codec(settings.codec().reader(type));
  }

  /** Ends the calls in flight, then frees the transport and the threads Courier started. */
  public void close() {
    executor.close();
    settings.transport().close();
    if (settings.ownCallbackPool() != null) {
      settings.ownCallbackPool().shutdown();
    }
  }

  Settings settings() {
    return settings;
  }

  CallExecutor executor() {
    return executor;
  }

  BodyWriter<Map<String, Object>> fieldsWriter() {
    return fieldsWriter;
  }

  /** The base URI's text, ending in {@code /}: each call's URI starts with it, and the method's path follows. */
  String base() {
    return base;
  }

  /** The absolute URI text of a path relative to the base; the path's leading {@code /} does not discard the base's. */
  String resolve(String relativePath) {
    return relativePath.startsWith("/") ? base + relativePath.substring(1) : base + relativePath;
  }

  /** The absolute URI text of an {@code @Url} value: absolute ones as they are, relative ones as paths are. */
  String resolveUrl(String url) {
    int colon = url.indexOf(':');
    int slash = url.indexOf('/');
    boolean absolute = colon > 0 && (slash < 0 || colon < slash);
    return absolute ? url : resolve(url);
  }
}
