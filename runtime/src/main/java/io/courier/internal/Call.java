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

/**
 * One call of an interface method, as the generated code fills it in: query, headers and body, then execute. Used
 * by one thread, once.
 */
public final class Call<R> {
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final RequestBody EMPTY_FORM = RequestBody.ofBytes(new byte[0], FORM);

  private final Endpoint<R> endpoint;
  private final String resolved;
  private StringBuilder withQuery; // made on the first query parameter: most calls add none
  private boolean hasQuery;
  /**
   * Whether the URI holds text Courier did not encode itself (an {@code @Url}, an encoded query value) and must be
   * parsed before anything is sent; otherwise it is well formed by construction, and parsed only if asked for.
   */
  private boolean checkUri;
  private List<String> headers = List.of(); // most calls add none: made on the first header
  private StringBuilder form;
  private Map<String, Object> jsonFields;
  private BodyWriter<Object> bodyWriter;
  private Object bodyValue;

  Call(Endpoint<R> endpoint, String uri, boolean checkUri) {
    this.endpoint = endpoint;
    this.resolved = uri;
    this.hasQuery = uri.indexOf('?') >= 0;
    this.checkUri = checkUri;
  }

  /** Appends {@code name=value}, percent-encoded; null is left out, iterables, arrays and Optional expanded. */
  public Call<R> query(String name, Object value) {
    for (String text : Values.texts(value)) {
      appendQuery(UrlEncoding.query(name), UrlEncoding.query(text));
    }
    return this;
  }

  /** Appends {@code name=value} with a value that is already percent-encoded. */
  public Call<R> encodedQuery(String name, Object value) {
    for (String text : Values.texts(value)) {
      appendQuery(UrlEncoding.encodedQuery(name, name), UrlEncoding.encodedQuery(name, text));
      checkUri = true;
    }
    return this;
  }

  /** Appends each entry of a {@code @QueryMap}; entries with null values are left out. */
  public Call<R> queryMap(String parameter, Map<String, ?> map, boolean encoded) {
    for (Map.Entry<String, ?> entry : Values.entries(parameter, map)) {
      if (encoded) {
        encodedQuery(UrlEncoding.encodedQueryMapKey(parameter, entry.getKey()), entry.getValue());
      } else {
        query(entry.getKey(), entry.getValue());
      }
    }
    return this;
  }

  /** Sends a header; null is left out, iterables repeat it, and it replaces a static header of the same name. */
  public Call<R> header(String name, Object value) {
    for (String text : Values.texts(value)) {
      if (headers.isEmpty()) {
        headers = new ArrayList<>(4);
      }
      headers.add(name);
      headers.add(UrlEncoding.headerValue(name, text));
    }
    return this;
  }

  /** Sends each entry of a {@code @HeaderMap}; entries with null values are left out. */
  public Call<R> headerMap(String parameter, Map<String, ?> map) {
    for (Map.Entry<String, ?> entry : Values.entries(parameter, map)) {
      header(UrlEncoding.headerName(parameter, entry.getKey()), entry.getValue());
    }
    return this;
  }

  /** Adds a body field, as a form field or a JSON object member as the endpoint says; null is left out. */
  public Call<R> field(String name, Object value) {
    if (value == null) {
      return this;
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
    return this;
  }

  /** Adds each entry of a {@code @FieldMap}; entries with null values are left out. */
  public Call<R> fieldMap(String parameter, Map<String, ?> map) {
    for (Map.Entry<String, ?> entry : Values.entries(parameter, map)) {
      field(entry.getKey(), entry.getValue());
    }
    return this;
  }

  /** Sets the {@code @Body}, written by {@code writer} when the call executes. */
  @SuppressWarnings("unchecked") // the generated code pairs each writer with a value of its type
  public <T> Call<R> body(String parameter, BodyWriter<? super T> writer, T value) {
    if (value == null) {
      throw new IllegalArgumentException(
          "@Body parameter '" + parameter + "' of " + endpoint.describe() + " must not be null");
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
      request = request();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return endpoint.engine.executor().executeAsync(endpoint, request);
  }

  private TransportRequest request() {
    RequestBody body = endpoint.hasBody ? body() : null;
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

  private String uri() {
    String text = withQuery == null ? resolved : withQuery.toString();
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

  private void appendQuery(String name, String value) {
    if (withQuery == null) {
      withQuery = new StringBuilder(resolved.length() + 32).append(resolved);
    }
    withQuery.append(hasQuery ? '&' : '?').append(name).append('=').append(value);
    hasQuery = true;
  }
}
