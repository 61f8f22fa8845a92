package io.courier.internal;

import io.courier.CourierException;
import io.courier.EncodingException;
import io.courier.transport.RequestBody;
import io.courier.transport.TransportRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * One call of an interface method, as the generated code fills it in: path, query, headers and body, then execute.
 * Used by one thread, once.
 *
 * <p>A bad argument (a null or ".." path value, a header with CR or LF) does not throw where the generated code
 * passes it: the first one is kept and thrown by {@code execute}, or fails the future of {@code executeAsync}, so
 * that an async method never throws to its caller. Nothing is sent once an argument was refused.
 */
public final class Call<R> {
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final RequestBody EMPTY_FORM = RequestBody.ofBytes(new byte[0], FORM);

  private final Endpoint<R> endpoint;
  /** An {@code @Url} call's resolved URI, until a query parameter is appended; null for a path call. */
  private final String resolved;
  /**
   * The URI as it is built: the base, the path, then query parameters, in one buffer sized for the endpoint, so that
   * a call makes its URI text as one string. A path call makes it at once; an {@code @Url} call on its first query.
   */
  private StringBuilder uri;
  private boolean hasQuery;
  /**
   * Whether the URI holds text Courier did not encode itself (an {@code @Url}, an encoded query value) and must be
   * parsed before anything is sent; otherwise it is well formed by construction, and parsed only if asked for.
   */
  private boolean checkUri;
  /** The first argument refused, thrown when the call executes. */
  private RuntimeException refused;
  private List<String> headers = List.of(); // most calls add none: made on the first header
  private StringBuilder form;
  private Map<String, Object> jsonFields;
  private Parts parts;
  private BodyWriter<Object> bodyWriter;
  private Object bodyValue;

  /** A call to the base URI, which the generated code follows with the method's path. */
  Call(Endpoint<R> endpoint) {
    this.endpoint = endpoint;
    this.resolved = null;
    this.uri = new StringBuilder(endpoint.uriCapacity()).append(endpoint.engine.base());
    this.hasQuery = endpoint.literalQuery;
  }

  /** A call to an absolute URI from an {@code @Url} value, checked before it is sent. */
  Call(Endpoint<R> endpoint, String resolvedUrl) {
    this.endpoint = endpoint;
    this.resolved = resolvedUrl;
    this.hasQuery = resolvedUrl.indexOf('?') >= 0;
    this.checkUri = true;
  }

  /** A call whose {@code @Url} argument was refused. */
  Call(Endpoint<R> endpoint, RuntimeException refused) {
    this(endpoint, "");
    this.refused = refused;
  }

  /** Appends a literal piece of the path template, such as {@code "users/"}, which the processor checked. */
  public Call<R> path(String literal) {
    uri.append(literal);
    return this;
  }

  /**
   * Appends a {@code @Path} value as one encoded segment; null, "." and ".." are refused, naming the parameter, and so
   * is an empty value for a placeholder that is a whole segment, which would address another resource.
   */
  public Call<R> pathSegment(String parameter, Object value) {
    if (refused == null) {
      try {
        String segment = UrlEncoding.pathSegment(parameter, value);
        if (segment.isEmpty() && endpoint.isWholeSegment(parameter)) {
          throw new IllegalArgumentException("@Path parameter '" + parameter + "' must not be empty: "
              + endpoint.describe() + " would then address another resource");
        }
        uri.append(segment);
      } catch (RuntimeException e) {
        refused = e;
      }
    }
    return this;
  }

  /** Appends a number as a path segment: it never needs escaping, and is appended without making a string. */
  public Call<R> pathSegment(String parameter, long value) {
    uri.append(value);
    return this;
  }

  /** Appends a character as a path segment: without this overload a {@code char} would widen to a number. */
  public Call<R> pathSegment(String parameter, char value) {
    return pathSegment(parameter, (Object) value);
  }

  /** Appends an {@code encoded = true} {@code @Path} value, which keeps {@code /} and valid {@code %XX} escapes. */
  public Call<R> pathSegments(String parameter, Object value) {
    if (refused == null) {
      try {
        uri.append(UrlEncoding.pathSegments(parameter, value));
      } catch (RuntimeException e) {
        refused = e;
      }
    }
    return this;
  }

  /** Appends {@code name=value}, percent-encoded; null is left out, iterables, arrays and Optional expanded. */
  public Call<R> query(String name, Object value) {
    if (refused == null) {
      try {
        for (String text : Values.texts(value)) {
          appendQuery(UrlEncoding.query(name), UrlEncoding.query(text));
        }
      } catch (RuntimeException e) {
        refused = e;
      }
    }
    return this;
  }

  /** Appends {@code name=value} with a value that is already percent-encoded. */
  public Call<R> encodedQuery(String name, Object value) {
    if (refused == null) {
      try {
        addEncodedQuery(name, value);
      } catch (RuntimeException e) {
        refused = e;
      }
    }
    return this;
  }

  /** Appends each entry of a {@code @QueryMap}; entries with null values are left out. */
  public Call<R> queryMap(String parameter, Map<String, ?> map, boolean encoded) {
    if (refused == null) {
      try {
        for (Map.Entry<String, ?> entry : Values.entries(parameter, map)) {
          if (encoded) {
            addEncodedQuery(UrlEncoding.encodedQueryMapKey(parameter, entry.getKey()), entry.getValue());
          } else {
            for (String text : Values.texts(entry.getValue())) {
              appendQuery(UrlEncoding.query(entry.getKey()), UrlEncoding.query(text));
            }
          }
        }
      } catch (RuntimeException e) {
        refused = e;
      }
    }
    return this;
  }

  /** Sends a header; null is left out, iterables repeat it, and it replaces a static header of the same name. */
  public Call<R> header(String name, Object value) {
    if (refused == null) {
      try {
        addHeader(name, value);
      } catch (RuntimeException e) {
        refused = e;
      }
    }
    return this;
  }

  /** Sends {@code If-Match} with the entity tag of an {@code @IfMatch} parameter, quoted when bare; null sends none. */
  public Call<R> ifMatch(String parameter, String etag) {
    if (refused == null && etag != null) {
      try {
        addHeader("If-Match", EntityTags.quoted(parameter, etag));
      } catch (RuntimeException e) {
        refused = e; // thrown, or failing the future, when the call executes, as for every argument
      }
    }
    return this;
  }

  /** Sends each entry of a {@code @HeaderMap}; entries with null values are left out. */
  public Call<R> headerMap(String parameter, Map<String, ?> map) {
    if (refused == null) {
      try {
        for (Map.Entry<String, ?> entry : Values.entries(parameter, map)) {
          addHeader(UrlEncoding.headerName(parameter, entry.getKey()), entry.getValue());
        }
      } catch (RuntimeException e) {
        refused = e;
      }
    }
    return this;
  }

  /** Adds a body field, as a form field or a JSON object member as the endpoint says; null is left out. */
  public Call<R> field(String name, Object value) {
    if (refused == null) {
      try {
        addField(name, value);
      } catch (RuntimeException e) {
        refused = e;
      }
    }
    return this;
  }

  /** Adds each entry of a {@code @FieldMap}; entries with null values are left out. */
  public Call<R> fieldMap(String parameter, Map<String, ?> map) {
    if (refused == null) {
      try {
        for (Map.Entry<String, ?> entry : Values.entries(parameter, map)) {
          addField(entry.getKey(), entry.getValue());
        }
      } catch (RuntimeException e) {
        refused = e;
      }
    }
    return this;
  }

  /** Adds a text {@code @Part}; null is left out. */
  public Call<R> part(String name, String value) {
    return value == null ? this : addPart(name, parts -> parts.text(name, value));
  }

  /** Adds a {@code byte[]} {@code @Part} as {@code application/octet-stream}; null is left out. */
  public Call<R> part(String name, byte[] value) {
    return value == null ? this : addPart(name, parts -> parts.bytes(name, value));
  }

  /** Adds a file {@code @Part} with its file name, streamed when sent; null is left out, a missing file refused. */
  public Call<R> part(String name, java.nio.file.Path value) {
    return value == null ? this : addPart(name, parts -> parts.file(name, value));
  }

  /** Adds an {@code io.courier.Part}, with its own file name and content type; null is left out. */
  public Call<R> part(String name, io.courier.Part value) {
    return value == null ? this : addPart(name, parts -> parts.part(name, value));
  }

  /** Adds a {@code @Part} of a codec type, written by {@code writer} (JSON); null is left out. */
  public <T> Call<R> part(String name, BodyWriter<? super T> writer, T value) {
    return value == null ? this : addPart(name, parts -> parts.codec(name, writer, value));
  }

  /** Adds one part per entry of a {@code @PartMap}, each written by its value's class; null values are left out. */
  public Call<R> partMap(String parameter, Map<String, ?> map) {
    if (refused == null) {
      try {
        for (Map.Entry<String, ?> entry : Values.entries(parameter, map)) {
          if (entry.getValue() != null) {
            addPart(entry.getKey(), parts -> parts.any(endpoint.engine, entry.getKey(), entry.getValue()));
          }
        }
      } catch (RuntimeException e) {
        refused = e;
      }
    }
    return this;
  }

  /** Sets the {@code @Body}, written by {@code writer} when the call executes; null is refused. */
  @SuppressWarnings("unchecked") // the generated code pairs each writer with a value of its type
  public <T> Call<R> body(String parameter, BodyWriter<? super T> writer, T value) {
    if (value == null) {
      if (refused == null) {
        refused = new IllegalArgumentException(
            "@Body parameter '" + parameter + "' of " + endpoint.describe() + " must not be null");
      }
      return this;
    }
    this.bodyWriter = (BodyWriter<Object>) writer;
    this.bodyValue = value;
    return this;
  }

  /** Sends the request and converts the response; transport failures become {@code TransportException}s. */
  public R execute() {
    TransportRequest request = request();
    try {
      return endpoint.engine.executor().execute(endpoint, request);
    } catch (IOException e) {
      throw Failures.translate(request, e);
    }
  }

  /** Sends the request and converts the response, throwing transport failures as they are. */
  public R executeChecked() throws IOException {
    return endpoint.engine.executor().execute(endpoint, request());
  }

  /**
   * Sends the request and converts the response, throwing the method's typed error (see
   * {@link Endpoint.Builder#statusErrors}) as itself, checked or not.
   */
  public <E extends Exception> R execute(Class<E> typedError) throws E {
    try {
      return execute();
    } catch (CheckedStatusFailure failure) {
      throw failure.as(typedError);
    }
  }

  /** Like {@link #execute(Class)}, throwing transport failures as they are. */
  public <E extends Exception> R executeChecked(Class<E> typedError) throws IOException, E {
    try {
      return executeChecked();
    } catch (CheckedStatusFailure failure) {
      throw failure.as(typedError);
    }
  }

  /** Sends the request without blocking; the future completes with the same exceptions {@link #execute} throws. */
  public CompletableFuture<R> executeAsync() {
    TransportRequest request;
    try {
      RequestBody body = checkedBody();
      if (endpoint.contentDigest && body != null && body.bytes() == null) {
        return digestedElsewhere(body);
      }
      request = request(body);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return endpoint.engine.executor().executeAsync(endpoint, request);
  }

  /**
   * An async call whose body is a file, read whole for its digest before anything is sent: it is read on the
   * callback executor, not on the caller's thread, which may be one that must never block. Cancelling the returned
   * future cancels the call.
   */
  private CompletableFuture<R> digestedElsewhere(RequestBody body) {
    CompletableFuture<R> result = new CompletableFuture<>();
    Runnable digestAndSend = () -> {
      if (result.isDone()) {
        return; // cancelled before the digest began
      }
      CompletableFuture<R> call;
      try {
        call = endpoint.engine.executor().executeAsync(endpoint, request(body));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      result.whenComplete((value, failure) -> {
        if (result.isCancelled()) {
          call.cancel(true);
        }
      });
      call.whenComplete((value, failure) -> {
        if (failure != null) {
          result.completeExceptionally(failure);
        } else {
          result.complete(value);
        }
      });
    };
    try {
      endpoint.engine.settings().callbackExecutor().execute(digestAndSend);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(e);
    }
    return result;
  }

  private TransportRequest request() {
    return request(checkedBody());
  }

  /** The body, after any argument that was refused is thrown. */
  private RequestBody checkedBody() {
    if (refused != null) {
      throw refused;
    }
    return endpoint.hasBody ? body() : null;
  }

  private TransportRequest request(RequestBody body) {
    if (endpoint.contentDigest && body != null) {
      addDigest(body);
    }
    String contentType = body == null || endpoint.fixedContentType || Endpoint.contains(headers, "Content-Type")
        ? null : body.contentType();
    return new TransportRequest(endpoint.method, uri(), headers(), contentType, body, endpoint.timeout,
        endpoint.readTimeout, endpoint.converter.bodyMode(), endpoint.engine.settings().errorBodyLimit());
  }

  /** The static headers a call does not replace, then the call's own. */
  private String[] headers() {
    String[] fixed = endpoint.headers;
    if (headers.isEmpty()) {
      return fixed; // requests only read their headers, so every call of the endpoint can share the array
    }
    List<String> all = new ArrayList<>(fixed.length + headers.size());
    for (int i = 0; i < fixed.length; i += 2) {
      if (!Endpoint.contains(headers, fixed[i])) {
        all.add(fixed[i]);
        all.add(fixed[i + 1]);
      }
    }
    all.addAll(headers);
    return all.toArray(new String[0]);
  }

  private RequestBody body() {
    try {
      if (bodyWriter != null) {
        return bodyWriter.write(bodyValue);
      }
      if (endpoint.fieldEncoding == Endpoint.FieldEncoding.MULTIPART) {
        return parts == null ? new Parts().body() : parts.body(); // every part null: a body of no parts
      }
      if (form != null) {
        return RequestBody.ofBytes(form.toString().getBytes(StandardCharsets.UTF_8), FORM);
      }
      if (jsonFields != null) {
        return endpoint.engine.fieldsWriter().write(jsonFields);
      }
      if (endpoint.fieldEncoding == Endpoint.FieldEncoding.JSON_OBJECT) {
        return endpoint.engine.fieldsWriter().write(Map.of()); // every field was null: "{}"
      }
      return endpoint.fieldEncoding == Endpoint.FieldEncoding.FORM ? EMPTY_FORM : RequestBody.EMPTY;
    } catch (IOException | RuntimeException e) {
      throw new EncodingException(
          "Could not write the request body of " + endpoint.describe() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Sends the body's digest, made once per call: the request is immutable and sent as it is on every retry and
   * redirect, so each attempt carries the same header. It replaces any the caller gave, which could not be right.
   */
  private void addDigest(RequestBody body) {
    String digest;
    try {
      digest = ContentDigests.of(body);
    } catch (IOException | RuntimeException e) {
      throw new EncodingException(
          "Could not send a Content-Digest with " + endpoint.describe() + ": " + e.getMessage(), e);
    }
    List<String> all = new ArrayList<>(headers.size() + 2);
    for (int i = 0; i < headers.size(); i += 2) {
      if (!headers.get(i).equalsIgnoreCase(ContentDigests.HEADER)) {
        all.add(headers.get(i));
        all.add(headers.get(i + 1));
      }
    }
    all.add(ContentDigests.HEADER);
    all.add(digest);
    headers = all;
  }

  private String uri() {
    String text;
    if (uri == null) {
      text = resolved;
    } else {
      text = uri.toString();
      endpoint.uriLength(text.length());
    }
    if (resolved == null && endpoint.sharedSegments != null) {
      UrlEncoding.rejectDotSegments(endpoint.sharedSegments, text, endpoint.engine.base().length());
    }
    if (!checkUri) {
      return text;
    }
    try {
      new URI(text);
      return text;
    } catch (URISyntaxException e) {
      // The reason says what is wrong and where; the input itself may hold a secret query value.
      throw new CourierException("Invalid URI for " + endpoint.describe() + ": " + e.getReason()
          + " at index " + e.getIndex());
    }
  }

  private void addEncodedQuery(String name, Object value) {
    for (String text : Values.texts(value)) {
      appendQuery(UrlEncoding.encodedQuery(name, name), UrlEncoding.encodedQuery(name, text));
      checkUri = true;
    }
  }

  private void addHeader(String name, Object value) {
    for (String text : Values.texts(value)) {
      if (headers.isEmpty()) {
        headers = new ArrayList<>(4);
      }
      headers.add(name);
      headers.add(UrlEncoding.headerValue(name, text));
    }
  }

  private void addField(String name, Object value) {
    if (value == null) {
      return;
    }
    if (endpoint.fieldEncoding == Endpoint.FieldEncoding.FORM) {
      for (String text : Values.texts(value)) {
        form = form == null ? new StringBuilder(64) : form.append('&');
        form.append(UrlEncoding.form(name)).append('=').append(UrlEncoding.form(text));
      }
    } else {
      if (jsonFields == null) {
        jsonFields = new LinkedHashMap<>();
      }
      jsonFields.put(name, value);
    }
  }

  /** One step of adding a part, which may read a file's size. */
  private interface PartStep {
    void add(Parts parts) throws IOException;
  }

  private Call<R> addPart(String name, PartStep step) {
    if (refused != null) {
      return this;
    }
    try {
      step.add(parts == null ? parts = new Parts() : parts);
    } catch (IOException | RuntimeException e) {
      refused = new EncodingException("Could not write part '" + name + "' of " + endpoint.describe() + ": "
          + e.getMessage(), e);
    }
    return this;
  }

  private void appendQuery(String name, String value) {
    if (uri == null) {
      uri = new StringBuilder(resolved.length() + 32).append(resolved);
    }
    uri.append(hasQuery ? '&' : '?').append(name).append('=').append(value);
    hasQuery = true;
  }
}
