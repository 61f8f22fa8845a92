package io.courier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.courier.internal.ClientFactory;
import io.courier.internal.Engine;
import io.courier.internal.JdkTransport;
import io.courier.internal.Redaction;
import io.courier.internal.Settings;
import io.courier.internal.UrlEncoding;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The entry point: holds the base URI, the transport and the codec, and makes the generated implementation of an
 * API interface.
 *
 * <pre>{@code
 * Courier courier = Courier.builder().baseUri("http://localhost:8080/api/").build();
 * UsersApi users = courier.create(UsersApi.class);
 * }</pre>
 *
 * <p>A {@code Courier} is immutable and thread-safe; share one per base URI, and {@link #close()} it when done.
 */
public final class Courier implements AutoCloseable {
  private static final ClassValue<ClientFactory> FACTORIES = new ClassValue<>() {
    @Override
    protected ClientFactory computeValue(Class<?> api) {
      for (ClientFactory factory : ServiceLoader.load(ClientFactory.class, api.getClassLoader())) {
        if (factory.api() == api) {
          return factory;
        }
      }
      return null;
    }
  };

  private final URI baseUri;
  private final Engine engine;

  private Courier(URI baseUri, Engine engine) {
    this.baseUri = baseUri;
    this.engine = engine;
  }

  /** A builder; {@link Builder#baseUri(String)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The generated implementation of {@code api}, found through the registrations the annotation processor writes.
   *
   * @throws CourierException if the processor did not run for {@code api}
   */
  public <T> T create(Class<T> api) {
    ClientFactory factory = FACTORIES.get(Objects.requireNonNull(api, "api"));
    if (factory == null) {
      throw new CourierException(missingImplementation(api));
    }
    return api.cast(factory.create(this));
  }

  /** The base URI every method's path is appended to. */
  public URI baseUri() {
    return baseUri;
  }

  /** The working parts generated code uses; not an API. */
  public Engine engine() {
    return engine;
  }

  /**
   * Ends the calls in flight with a {@link CourierException}, frees the connections and threads Courier started, and
   * makes later calls fail at once. A client given with {@link Builder#httpClient} stays open. Closing twice does
   * nothing more.
   */
  @Override
  public void close() {
    engine.close();
  }

  static String missingImplementation(Class<?> api) {
    if (api.getTypeParameters().length > 0) {
      // Only on this failure path: a generic interface is a base that Courier never implements itself.
      return "No generated implementation of " + api.getName() + " exists, because it has type parameters: declare"
          + " an interface that fixes them, such as interface UsersApi extends " + api.getSimpleName()
          + "<User, Long> {}, and create that one";
    }
    return "No generated implementation of " + api.getName() + " was found: the Courier annotation processor did"
        + " not run for it. Add it to the compiler's annotation processor path, for Maven:\n"
        + "  <plugin>\n"
        + "    <artifactId>maven-compiler-plugin</artifactId>\n"
        + "    <configuration>\n"
        + "      <annotationProcessorPaths>\n"
        + "        <path>\n"
        + "          <groupId>io.courier</groupId>\n"
        + "          <artifactId>courier-processor</artifactId>\n"
        + "          <version>${courier.version}</version>\n"
        + "        </path>\n"
        + "      </annotationProcessorPaths>\n"
        + "    </configuration>\n"
        + "  </plugin>";
  }

  /** Configures a {@link Courier}. */
  public static final class Builder {
    private URI baseUri;
    private Transport transport;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration callTimeout;
    private BodyCodec codec;
    private final List<String> defaultHeaders = new ArrayList<>();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Executor callbackExecutor;
    private int maxErrorBodyBytes = 64 * 1024;
    private boolean followRedirects = true;
    private boolean reconnectEvents = true;
    private final List<String> redactedHeaders = new ArrayList<>();
    private final List<String> redactedQueryParameters = new ArrayList<>();
    private final List<Interceptor> interceptors = new ArrayList<>();

    private Builder() {}

    /** The base URI, such as {@code "http://localhost:8080/api/"}; a trailing {@code /} is optional. */
    public Builder baseUri(String baseUri) {
      return baseUri(URI.create(Objects.requireNonNull(baseUri, "baseUri")));
    }

    /** The base URI; it must be absolute, with an {@code http} or {@code https} scheme. */
    public Builder baseUri(URI baseUri) {
      Objects.requireNonNull(baseUri, "baseUri");
      String scheme = baseUri.getScheme();
      if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
        throw new IllegalArgumentException("baseUri must be an absolute http or https URI, was scheme " + scheme);
      }
      if (baseUri.getRawQuery() != null || baseUri.getRawFragment() != null) {
        throw new IllegalArgumentException("baseUri must have no query or fragment");
      }
      this.baseUri = baseUri;
      return this;
    }

    /**
     * Sends requests through the caller's JDK client, used as it is and left open when the {@code Courier} closes.
     * By default Courier builds its own, with the connect timeout, sending {@code http://} requests as HTTP/1.1 and
     * running the client's own work on its selector thread.
     */
    public Builder httpClient(HttpClient client) {
      return transport(JdkTransport.wrapping(Objects.requireNonNull(client, "client")));
    }

    /**
     * Sends requests through another transport, such as {@code OkHttpTransport.create()} from
     * {@code io.courier:courier-okhttp}; the {@code Courier} closes it when it closes.
     */
    public Builder transport(Transport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /** How long to wait for a connection; 10 s by default. Ignored with {@link #httpClient} and {@link #transport}. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = requirePositive(timeout, "connectTimeout");
      return this;
    }

    /**
     * How long each attempt waits until the response's headers arrive, the body's upload included; 30 s by default,
     * {@code null} for no limit.
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = timeout == null ? null : requirePositive(timeout, "requestTimeout");
      return this;
    }

    /**
     * The longest silence allowed while a response's body is read, for every return type, {@code InputStream}
     * included; 30 s by default, {@code null} for no limit. A server that sends its headers and then stalls fails
     * the call with {@link CallTimeoutException} (or, for an {@code InputStream}, its read with an
     * {@code IOException}); the call is not sent again, since the server already answered.
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout == null ? null : requirePositive(timeout, "readTimeout");
      return this;
    }

    /**
     * How long a whole call may take, every attempt, pause and the reading of the response included; none by
     * default, {@code null} for none. A method's {@code @Timeout} replaces it. No retry is started that the time
     * left cannot hold, and a call past it fails with {@link CallTimeoutException}, blocking or async.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout == null ? null : requirePositive(timeout, "callTimeout");
      return this;
    }

    /** The codec for bodies of other types than text, bytes, files and streams; JSON through Jackson by default. */
    public Builder codec(BodyCodec codec) {
      this.codec = Objects.requireNonNull(codec, "codec");
      return this;
    }

    /** JSON through the given, already configured Jackson mapper. */
    public Builder objectMapper(ObjectMapper mapper) {
      return codec(JacksonCodec.create(mapper));
    }

    /** A header sent on every request, unless a method's {@code @Headers} or {@code @Header} gives the same name. */
    public Builder defaultHeader(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      int bad = UrlEncoding.nonTokenIndex(name);
      if (bad >= 0 || name.isEmpty()) {
        // Not echoed: a name with CR or LF in it could be a header injection, or a value passed by mistake.
        throw new IllegalArgumentException("A default header's name must be a non-empty HTTP token; "
            + (name.isEmpty() ? "it was empty" : "found another character at index " + bad));
      }
      defaultHeaders.add(name);
      defaultHeaders.add(UrlEncoding.headerValue(name, value));
      return this;
    }

    /** When idempotent requests are sent again; {@link RetryPolicy#defaults()} unless set. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Where async calls complete, and so where the caller's dependent stages run; by default a pool of daemon
     * threads that Courier owns and shuts down on close, never the transport's own threads.
     */
    public Builder callbackExecutor(Executor executor) {
      this.callbackExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** How many bytes of a non-2xx body are kept for {@code errorBody()} and exceptions; 64 KiB by default. */
    public Builder maxErrorBodyBytes(int bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("maxErrorBodyBytes must not be negative, was " + bytes);
      }
      this.maxErrorBodyBytes = bytes;
      return this;
    }

    /**
     * Whether Courier follows redirects (301, 302 and 303 for GET and HEAD, 303 after any other method with a GET,
     * 307 and 308 with the same method and a body that can be sent again; at most 5; never from https to http;
     * credentials dropped when the origin changes); true by default. With false, a 3xx is returned as it is.
     */
    public Builder followRedirects(boolean follow) {
      this.followRedirects = follow;
      return this;
    }

    /**
     * Whether a server-sent event stream whose connection drops is reopened, with {@code Last-Event-ID}, after the
     * server's {@code retry:} time, as the EventSource specification says; on by default, bounded by the retry
     * policy. Off, a dropped stream ends with an error.
     */
    public Builder reconnectEvents(boolean reconnect) {
      this.reconnectEvents = reconnect;
      return this;
    }

    /**
     * A header whose values logs show as {@code ██}, as they always show {@code Authorization},
     * {@code Proxy-Authorization}, {@code Cookie} and {@code Set-Cookie}; the name is matched case-insensitively.
     */
    public Builder redactHeader(String name) {
      redactedHeaders.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * A query parameter whose values logs show as {@code ██}, such as an API key sent in the query; the name is
     * matched exactly, as sent. Exception messages never hold the query at all.
     */
    public Builder redactQueryParameter(String name) {
      redactedQueryParameters.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * Adds hooks around every call and attempt: authentication, tracing, metrics. Their before-attempt hooks run in
     * the order added, their after-attempt and after-call hooks in the reverse order.
     */
    public Builder interceptor(Interceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /** The configured {@code Courier}. */
    public Courier build() {
      if (baseUri == null) {
        throw new IllegalStateException("baseUri is required");
      }
      ExecutorService ownPool = callbackExecutor == null ? callbackPool() : null;
      Settings settings = new Settings(baseUri, transport != null ? transport : JdkTransport.create(connectTimeout),
          codec != null ? codec : JacksonCodec.create(), List.copyOf(defaultHeaders), requestTimeout, readTimeout,
          callTimeout, retryPolicy, ownPool != null ? ownPool : callbackExecutor, ownPool, maxErrorBodyBytes,
          followRedirects, new Redaction(redactedHeaders, redactedQueryParameters),
          List.copyOf(interceptors), reconnectEvents);
      return new Courier(baseUri, new Engine(settings));
    }

    private static ExecutorService callbackPool() {
      AtomicInteger count = new AtomicInteger();
      return Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "courier-callback-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
    }

    private static Duration requirePositive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + duration);
      }
      return duration;
    }
  }
}
