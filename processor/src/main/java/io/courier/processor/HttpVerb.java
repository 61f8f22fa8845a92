package io.courier.processor;

import io.courier.http.Delete;
import io.courier.http.Get;
import io.courier.http.Head;
import io.courier.http.Http;
import io.courier.http.Options;
import io.courier.http.Patch;
import io.courier.http.Post;
import io.courier.http.Put;
import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;

/** The verb annotations and what each means: adding a verb is one annotation and one line here. */
enum HttpVerb {
  PUT(Put.class, true, true),
  GET(Get.class, false, true),
  POST(Post.class, true, false),
  PATCH(Patch.class, true, false),
  DELETE(Delete.class, false, true),
  HEAD(Head.class, false, true),
  OPTIONS(Options.class, false, true),
  /** {@code @Http}: method, path and body come from the annotation's own values. */
  HTTP(Http.class, false, false);

  final Class<? extends Annotation> annotation;
  final boolean hasBody;
  final boolean idempotent;

  private static final Map<String, HttpVerb> BY_ANNOTATION_NAME = new HashMap<>();

  static {
    for (HttpVerb verb : values()) {
      BY_ANNOTATION_NAME.put(verb.annotation.getCanonicalName(), verb);
    }
  }

  HttpVerb(Class<? extends Annotation> annotation, boolean hasBody, boolean idempotent) {
    this.annotation = annotation;
    this.hasBody = hasBody;
    this.idempotent = idempotent;
  }

  /** The verb whose annotation is {@code mirror}, or null for any other annotation. */
  static HttpVerb of(AnnotationMirror mirror) {
    return BY_ANNOTATION_NAME.get(Annotations.qualifiedName(mirror).toString());
  }
}
