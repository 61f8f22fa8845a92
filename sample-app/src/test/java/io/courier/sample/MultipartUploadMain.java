package io.courier.sample;

import io.courier.Courier;
import io.courier.testsupport.TransportKind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Uploads one file as a multipart part through the generated client and exits 0 when the server answers;
 * {@link LargeMultipartUploadTest} runs it in a JVM too small to hold the file.
 */
public final class MultipartUploadMain {
  private MultipartUploadMain() {}

  /** Arguments: the server's port on 127.0.0.1, the file to upload, then the {@link TransportKind} to send with. */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("Usage: MultipartUploadMain <port> <file> <transport>");
      System.exit(2);
    }
    Courier courier = TransportKind.valueOf(args[2]).configure(Courier.builder())
        .baseUri(URI.create("http://127.0.0.1:" + Integer.parseInt(args[0]) + "/"))
        .requestTimeout(Duration.ofMinutes(10)) // a bound for a stuck server, far above any healthy upload
        .build();
    String answer = courier.create(MultipartApi.class).uploadFile("big", Path.of(args[1]));
    System.out.println("POST /upload -> " + answer
        + " (max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB)");
    System.exit("ok".equals(answer) ? 0 : 1);
  }
}
