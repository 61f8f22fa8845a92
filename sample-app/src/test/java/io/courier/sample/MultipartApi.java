package io.courier.sample;

import io.courier.http.Multipart;
import io.courier.http.Part;
import io.courier.http.PartMap;
import io.courier.http.Post;
import java.nio.file.Path;
import java.util.Map;

/** Multipart uploads as a user writes them: text, bytes, a file, an explicit {@code io.courier.Part}, JSON, a map. */
interface MultipartApi {
  /** A JSON part. */
  record Meta(String title, int year) {}

  @Post("/upload")
  @Multipart
  String upload(@Part("title") String title, @Part("thumb") byte[] thumb, @Part("doc") Path doc,
      @Part("raw") io.courier.Part raw, @Part("meta") Meta meta, @PartMap Map<String, ?> extra);

  @Post("/upload")
  @Multipart
  String uploadFile(@Part("title") String title, @Part("file") Path file);
}
