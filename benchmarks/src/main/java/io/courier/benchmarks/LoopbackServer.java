package io.courier.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The server the transport and peer benchmarks talk to: nginx when it is installed (it is what the transport was
 * first measured against), else the JDK's own server. Both answer a GET of {@code /items/{id}} with
 * {@link Item#SAMPLE_JSON} and every other request with 204.
 */
final class LoopbackServer implements AutoCloseable {
  private final int port;
  private final Process nginx;
  private final HttpServer jdk;

  private LoopbackServer(int port, Process nginx, HttpServer jdk) {
    this.port = port;
    this.nginx = nginx;
    this.jdk = jdk;
  }

  static LoopbackServer start() throws IOException, InterruptedException {
    Path binary = Path.of("/usr/sbin/nginx");
    if (Files.isExecutable(binary)) {
      return startNginx(binary);
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    byte[] item = Item.SAMPLE_JSON.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    server.createContext("/", exchange -> {
      try (InputStream body = exchange.getRequestBody()) {
        body.transferTo(java.io.OutputStream.nullOutputStream());
      }
      if (exchange.getRequestMethod().equals("GET") && exchange.getRequestURI().getPath().startsWith("/items/")) {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, item.length);
        exchange.getResponseBody().write(item);
      } else {
        exchange.sendResponseHeaders(204, -1);
      }
      exchange.close();
    });
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
    return new LoopbackServer(server.getAddress().getPort(), null, server);
  }

  String describe() {
    return nginx != null ? version() : "the JDK's HttpServer (nginx not installed)";
  }

  private static String version() {
    try {
      Process process = new ProcessBuilder("/usr/sbin/nginx", "-v").redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes()).trim();
      process.waitFor();
      return output.replace("nginx version: ", "") + ", 1 worker";
    } catch (IOException | InterruptedException e) {
      return "nginx";
    }
  }

  String baseUri() {
    return "http://127.0.0.1:" + port + "/";
  }

  private static LoopbackServer startNginx(Path binary) throws IOException, InterruptedException {
    Path prefix = Files.createTempDirectory("courier-bench-nginx");
    prefix.toFile().setWritable(true, false);
    int port;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    String config = String.join("\n",
        "daemon off;",
        "worker_processes 1;",
        "pid " + prefix.resolve("nginx.pid") + ";",
        "error_log " + prefix.resolve("error.log") + ";",
        "events { worker_connections 256; }",
        "http {",
        "  access_log off;",
        // Keep connections open for the whole run, so no client pays for nginx's default of 1000 per connection.
        "  keepalive_requests 10000000;",
        "  keepalive_timeout 300s;",
        "  client_body_temp_path " + prefix.resolve("body") + ";",
        "  server {",
        "    listen 127.0.0.1:" + port + ";",
        "    location / { client_max_body_size 0; return 204; }",
        // 'if' holding only a 'return' is one of the two safe uses of 'if' in a location.
        "    location /items/ {",
        "      default_type application/json;",
        "      if ($request_method = GET) { return 200 '" + Item.SAMPLE_JSON + "'; }",
        "      return 204;",
        "    }",
        "  }",
        "}",
        "");
    Path conf = prefix.resolve("nginx.conf");
    Files.writeString(conf, config);
    Process process = new ProcessBuilder(binary.toString(), "-c", conf.toString(), "-p", prefix.toString(),
        "-e", prefix.resolve("error.log").toString())
        .redirectErrorStream(true)
        .redirectOutput(prefix.resolve("stdout.log").toFile())
        .start();
    for (int attempt = 0; attempt < 100; attempt++) {
      try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
        probe.shutdownOutput(); // nginx accepts connections: it is up
        return new LoopbackServer(port, process, null);
      } catch (IOException notYet) {
        TimeUnit.MILLISECONDS.sleep(50);
      }
    }
    process.destroyForcibly();
    throw new IOException("nginx did not start; see " + prefix.resolve("error.log"));
  }

  @Override
  public void close() {
    if (nginx != null) {
      nginx.destroy();
      try {
        nginx.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // keep the interrupt for the caller; nginx was told to stop either way
      }
    }
    if (jdk != null) {
      jdk.stop(0);
    }
  }
}
