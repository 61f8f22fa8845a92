package com.acme.uploads;

import io.courier.Response;
import io.courier.http.Header;
import io.courier.http.Multipart;
import io.courier.http.Part;
import io.courier.http.PartMap;
import io.courier.http.Path;
import io.courier.http.Post;
import io.courier.http.Put;
import java.util.Map;

/** {@code @Multipart} with a part of each kind: text, bytes, a file, an {@code io.courier.Part}, JSON and a map. */
public interface UploadsApi {
  record Meta(String title, int year) {}

  @Post("/albums/{id}/photos")
  @Multipart
  Response<Void> upload(@Path("id") long id, @Part("caption") String caption, @Part("thumb") byte[] thumb,
      @Part("photo") java.nio.file.Path photo, @Part("raw") io.courier.Part raw, @Part("meta") Meta meta,
      @Header("X-Trace") String trace);

  @Put("/forms/{name}")
  @Multipart
  void submit(@Path("name") String name, @PartMap Map<String, ?> parts, @Part("extra") Meta extra);
}
