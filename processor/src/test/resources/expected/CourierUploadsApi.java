package com.acme.uploads;

import io.courier.Courier;
import io.courier.Part;
import io.courier.Response;
import io.courier.internal.BodyWriter;
import io.courier.internal.ClientFactory;
import io.courier.internal.Decoders;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import java.nio.file.Path;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Generated implementation of {@link UploadsApi}.
 */
@Generated(
    value = "io.courier.processor.CourierProcessor",
    comments = "Generated from com.acme.uploads.UploadsApi"
)
public final class CourierUploadsApi implements UploadsApi {
  private final Endpoint<Response<Void>> upload;

  private final BodyWriter<UploadsApi.Meta> metaWriter;

  private final Endpoint<Void> submit;

  /**
   * Creates a client that sends its calls through {@code courier}.
   */
  public CourierUploadsApi(Courier courier) {
    Engine engine = courier.engine();
    this.upload = engine.endpoint("POST", "/albums/{id}/photos")
        .withBody()
        .multipart()
        .returning(Returns.response(Decoders.none()));
    this.metaWriter = engine.writer(UploadsApi.Meta.class);
    this.submit = engine.endpoint("PUT", "/forms/{name}")
        .withBody()
        .idempotent()
        .multipart()
        .returning(Returns.discard());
  }

  @Override
  public Response<Void> upload(long id, String caption, byte[] thumb, Path photo, Part raw,
      UploadsApi.Meta meta, String trace) {
    // POST /albums/{id}/photos
    return this.upload.call()
        .path("albums/")
        .pathSegment("id", id)
        .path("/photos")
        .part("caption", caption)
        .part("thumb", thumb)
        .part("photo", photo)
        .part("raw", raw)
        .part("meta", this.metaWriter, meta)
        .header("X-Trace", trace)
        .execute();
  }

  @Override
  public void submit(String name, Map<String, ?> parts, UploadsApi.Meta extra) {
    // PUT /forms/{name}
    this.submit.call()
        .path("forms/")
        .pathSegment("name", name)
        .partMap("parts", parts)
        .part("extra", this.metaWriter, extra)
        .execute();
  }

  /**
   * Lets {@code Courier.create} find this implementation through {@link java.util.ServiceLoader}.
   */
  public static final class Factory implements ClientFactory {
    /**
     * Called by {@code ServiceLoader}.
     */
    public Factory() {
    }

    @Override
    public Class<?> api() {
      return UploadsApi.class;
    }

    @Override
    public Object create(Courier courier) {
      return new CourierUploadsApi(courier);
    }
  }
}
