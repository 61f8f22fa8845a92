package io.courier.internal;

import io.courier.HttpStatusException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything about one interface method that does not change between calls, made once in the generated
 * constructor: method, headers, timeout, idempotency, body shape and response conversion.
 */
public final class Endpoint<R> {
  final Engine engine;
  final String method;
  final String pathTemplate;
  final boolean hasBody;
  final FieldEncoding fieldEncoding;
  /** Static headers, the method's over the interface's over the client's defaults, as name and value pairs. */
  final String[] headers;
  /** Whether a static header gives the {@code Content-Type}, which then wins over the body's default. */
  final boolean fixedContentType;
  /** The request timeout of each attempt, until the response's headers arrive; null for none. */
  final Duration timeout;
  /** The longest silence allowed while a response's body is read; null for none. */
  final Duration readTimeout;
  /** The whole call's timeout, attempts and pauses included; null for none. */
  final Duration callTimeout;
  final boolean idempotent;
  /** Whether the method sends an {@code Idempotency-Key}, which makes a call that carries one retryable. */
  final boolean keyed;
  /** Whether each call sends a {@code Content-Digest} of its body ({@code @ContentDigest}). */
  final boolean contentDigest;
  final ResponseConverter<R> converter;
  /** What the method throws for a status {@link #converter} does not take. */
  final StatusFailures failures;
  /**
   * The placeholders of path segments that hold more than a placeholder, such as {@code {name}.{ext}}, quoted for
   * messages; null when there are none. Each value is checked on its own, but with the rest of its segment it can
   * still make a dot segment (an empty name and ext make "."), so such paths are checked whole.
   */
  final String sharedSegments;
  /** The placeholders that are a whole segment of the path, such as {@code id} in {@code items/{id}/tags}. */
  private final Set<String> wholeSegments;
  /** Whether the template holds a literal query, so that the first query parameter follows it with {@code &}. */
  final boolean literalQuery;
  /**
   * Room for a call's URI: at first the base and the template with some slack, then the longest URI a call of this
   * endpoint has made, so that a call's buffer seldom grows and holds little it never fills. Written without a lock:
   * a lost update only costs one call a grown buffer.
   */
  private int uriCapacity;

  private Endpoint(Builder builder, ResponseConverter<R> converter) {
    this.engine = builder.engine;
    this.method = builder.method;
    this.pathTemplate = builder.pathTemplate;
    this.hasBody = builder.hasBody;
    this.fieldEncoding = builder.fieldEncoding;
    this.headers = overlay(engine.settings().defaultHeaders(), overlay(builder.inherited, builder.headers))
        .toArray(new String[0]);
    this.fixedContentType = contains(List.of(headers), "Content-Type");
    this.timeout = engine.settings().requestTimeout();
    // An event stream may be silent for minutes when healthy, so only a read timeout its method sets applies.
    this.readTimeout = builder.readTimeout != null ? builder.readTimeout
        : converter.endless() ? null : engine.settings().readTimeout();
    this.callTimeout = builder.callTimeout != null ? builder.callTimeout : engine.settings().callTimeout();
    this.idempotent = builder.idempotent;
    this.keyed = builder.keyed;
    this.contentDigest = builder.contentDigest;
    this.converter = converter;
    this.failures = new StatusFailures(engine.settings().codec(), builder.typedError);
    this.sharedSegments = sharedSegments(pathTemplate);
    this.wholeSegments = wholeSegments(pathTemplate);
    this.literalQuery = pathTemplate.indexOf('?') >= 0;
    this.uriCapacity = engine.base().length() + pathTemplate.length() + 16;
  }

  /** The room a new call's URI buffer starts with. */
  int uriCapacity() {
    return uriCapacity;
  }

  /**
   * Remembers how long a call's URI came out, so that later calls start with room for it; not past 1,024 characters,
   * so that one call with a long query does not make every later call carry a buffer for it.
   */
  void uriLength(int length) {
    if (length > uriCapacity && length <= 1_024) {
      uriCapacity = length;
    }
  }

  /**
   * A call whose URI is the base URI, then what the generated code appends: the template's literal pieces with
   * {@link Call#path}, and each placeholder's value with {@link Call#pathSegment}.
   */
  public Call<R> call() {
    return new Call<>(this);
  }

  /**
   * A call to an {@code @Url} value, absolute or relative to the base URI. A null value fails the call when it
   * executes, as every other bad argument does, so that an async method fails its future rather than its caller.
   */
  public Call<R> callUrl(String parameter, Object url) {
    if (url == null) {
      return new Call<>(this, new IllegalArgumentException("@Url parameter '" + parameter + "' must not be null"));
    }
    return new Call<>(this, engine.resolveUrl(url.toString()));
  }

  /** How {@code @Field} and un-annotated parameters become the body. */
  enum FieldEncoding {
    NONE,
    JSON_OBJECT,
    FORM,
    MULTIPART
  }

  /** "PUT users/{id}": how messages name the method without leaking values. */
  String describe() {
    return method + " " + pathTemplate;
  }

  /**
   * Whether {@code placeholder} is a whole path segment, whose empty value would make the URI name another resource:
   * {@code items/{id}} with an empty id is {@code items/}, the collection.
   */
  boolean isWholeSegment(String placeholder) {
    return wholeSegments.contains(placeholder);
  }

  private static Set<String> wholeSegments(String template) {
    Set<String> names = new HashSet<>();
    for (String segment : pathSegments(template)) {
      if (isPlaceholder(segment)) {
        names.add(segment.substring(1, segment.length() - 1));
      }
    }
    return Set.copyOf(names);
  }

  /** The quoted placeholders of segments that hold a placeholder and anything else, or null when there are none. */
  private static String sharedSegments(String template) {
    StringBuilder names = null;
    for (String segment : pathSegments(template)) {
      int open = segment.indexOf('{');
      if (open < 0 || isPlaceholder(segment)) {
        continue; // no placeholder, or one that is the whole segment and checked by itself
      }
      for (; open >= 0; open = segment.indexOf('{', open + 1)) {
        names = names == null ? new StringBuilder() : names.append(", ");
        names.append('\'').append(segment, open + 1, segment.indexOf('}', open)).append('\'');
      }
    }
    return names == null ? null : names.toString();
  }

  /** The segments of the template's path, its query left out. */
  private static String[] pathSegments(String template) {
    int query = template.indexOf('?');
    return (query < 0 ? template : template.substring(0, query)).split("/", -1);
  }

  /** Whether {@code segment} is one placeholder and nothing else, such as {@code {id}}. */
  private static boolean isPlaceholder(String segment) {
    return segment.startsWith("{") && segment.indexOf('}') == segment.length() - 1;
  }

  /** The pairs of {@code under} whose names {@code over} does not give, then those of {@code over}. */
  private static List<String> overlay(List<String> under, List<String> over) {
    List<String> merged = new ArrayList<>(under.size() + over.size());
    for (int i = 0; i < under.size(); i += 2) {
      if (!contains(over, under.get(i))) {
        merged.add(under.get(i));
        merged.add(under.get(i + 1));
      }
    }
    merged.addAll(over);
    return merged;
  }

  static boolean contains(List<String> pairs, String name) {
    for (int i = 0; i < pairs.size(); i += 2) {
      if (pairs.get(i).equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** Describes an endpoint; generated constructors call it once per method. */
  public static final class Builder {
    private final Engine engine;
    private final String method;
    private final String pathTemplate;
    /** The interface's headers, checked once for all its methods (see {@link Endpoints}); the method's replace them. */
    private final List<String> inherited;
    private final List<String> headers = new ArrayList<>();
    private boolean hasBody;
    private boolean idempotent;
    private boolean keyed;
    private boolean contentDigest;
    private FieldEncoding fieldEncoding = FieldEncoding.NONE;
    private Duration callTimeout;
    private Duration readTimeout;
    private Function<? super HttpStatusException, ? extends Exception> typedError;

    Builder(Engine engine, String method, String pathTemplate, List<String> inherited) {
      this.engine = engine;
      this.method = Objects.requireNonNull(method, "method");
      this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
      this.inherited = inherited;
    }

    /** A static header from the method's {@code @Headers}; it replaces the interface's headers of the same name. */
    public Builder header(String name, String value) {
      headers.add(name);
      headers.add(UrlEncoding.headerValue(name, value));
      return this;
    }

    /** Sends a body: the processor says so for PUT, POST, PATCH and {@code @Http(hasBody = true)}. */
    public Builder withBody() {
      hasBody = true;
      return this;
    }

    /** Marks the method idempotent, so it may be retried: by its verb (RFC 9110), or {@code @Idempotent}. */
    public Builder idempotent() {
      idempotent = true;
      return this;
    }

    /**
     * Marks a method that sends an {@code Idempotency-Key} ({@code @IdempotencyKey}): a call that carries one is
     * retried like an idempotent one, since the server applies a key once.
     */
    public Builder keyed() {
      keyed = true;
      return this;
    }

    /**
     * Sends the SHA-256 of each call's body as {@code Content-Digest} ({@code @ContentDigest}); the processor allows
     * it only on bodies that can be read twice, once for the digest and once to send.
     */
    public Builder contentDigest() {
      contentDigest = true;
      return this;
    }

    /** Writes the fields as one JSON object, keyed by field name. */
    public Builder jsonFields() {
      fieldEncoding = FieldEncoding.JSON_OBJECT;
      return this;
    }

    /** Writes the parts as {@code multipart/form-data} ({@code @Multipart}). */
    public Builder multipart() {
      fieldEncoding = FieldEncoding.MULTIPART;
      return this;
    }

    /** Writes the fields as {@code application/x-www-form-urlencoded}. */
    public Builder formFields() {
      fieldEncoding = FieldEncoding.FORM;
      return this;
    }

    /** The method's call timeout, from {@code @Timeout}: the whole call, attempts and pauses included. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * The method's typed error, from its {@code throws} clause: what it throws, made from the
     * {@link HttpStatusException}, wherever it would have thrown that; such as {@code NotFound::new}.
     */
    /** The method's read timeout ({@code @ReadTimeout}), in place of the client's; the only one a stream obeys. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    public Builder statusErrors(Function<? super HttpStatusException, ? extends Exception> typedError) {
      this.typedError = Objects.requireNonNull(typedError, "typedError");
      return this;
    }

    /** The finished endpoint, whose calls return what {@code converter} makes of each response. */
    public <R> Endpoint<R> returning(ResponseConverter<R> converter) {
      return new Endpoint<>(this, Objects.requireNonNull(converter, "converter"));
    }
  }
}
