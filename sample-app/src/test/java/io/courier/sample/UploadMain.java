package io.courier.sample;

import io.courier.Courier;
import io.courier.Response;
import io.courier.testsupport.TransportKind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Uploads one file through the generated client and exits 0 on 201 Created; {@link StreamingUploadTest} runs it in
 * a JVM too small to hold the file.
 */
public final class UploadMain {
  private UploadMain() {}

  /** Arguments: the server's port on 127.0.0.1, the file to upload, then the {@link TransportKind} to send with. */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("Usage: UploadMain <port> <file> <transport>");
      System.exit(2);
    }
    Courier courier = TransportKind.valueOf(args[2]).configure(Courier.builder())
        .baseUri(URI.create("http://127.0.0.1:" + Integer.parseInt(args[0]) + "/"))
        .requestTimeout(Duration.ofMinutes(10)) // a bound for a stuck server, far above any healthy upload
        .build();
    DocumentsApi api = courier.create(DocumentsApi.class);
    Response<Void> response = api.upload("big.bin", Path.of(args[1]));
    System.out.println("PUT " + response.uri().getRawPath() + " -> " + response.status()
        + " (max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB)");
    System.exit(response.status() == 201 ? 0 : 1);
  }
}
