package io.courier.sample;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Runs Apache httpd in the foreground with mod_dav_fs on a free loopback port: a server that honours If-Match and
 * If-None-Match on PUT. Strong digest ETags ({@code FileETag Digest}) and one worker, since mod_dav's check of
 * If-Match is not atomic across workers.
 */
final class Apache implements AutoCloseable {
  /** Debian's httpd binary, from the {@code apache2} package. */
  static final Path EXECUTABLE = Path.of("/usr/sbin/apache2");
  private static final Path MODULES = Path.of("/usr/lib/apache2/modules");

  private final Process process;
  private final int port;
  private final Path errorLog;

  private Apache(Process process, int port, Path errorLog) {
    this.process = process;
    this.port = port;
    this.errorLog = errorLog;
  }

  /** Whether httpd and the modules it needs are installed. */
  static boolean installed() {
    return Files.isExecutable(EXECUTABLE) && Files.exists(MODULES.resolve("mod_dav_fs.so"));
  }

  /** Starts httpd from {@code dir}, retrying on another port if the free one was taken meanwhile. */
  static Apache start(Path dir) throws IOException, InterruptedException {
    // httpd started as root serves as www-data, which must reach and write these.
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Path run = Files.createDirectories(dir.resolve("run"));
    for (Path path : List.of(dir, docs, run)) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxrwxrwx"));
    }
    Path errorLog = run.resolve("error.log");
    for (int attempt = 1; ; attempt++) {
      int port = ServerProcesses.freePort();
      Path conf = dir.resolve("httpd.conf");
      Files.writeString(conf, config(dir, docs, run, port));
      // In a session of its own: on shutdown httpd signals its whole process group, which would else be ours.
      Process process = new ProcessBuilder("setsid", EXECUTABLE.toString(), "-f", conf.toString(), "-DFOREGROUND")
          .redirectErrorStream(true).redirectOutput(run.resolve("console.log").toFile()).start();
      Apache server = new Apache(process, port, errorLog);
      if (ServerProcesses.awaitPort(process, port)) {
        return server;
      }
      server.close();
      String log = server.log() + Files.readString(run.resolve("console.log"));
      if (attempt == 3 || !log.contains("Address already in use")) {
        throw new IllegalStateException("httpd did not start:\n" + log);
      }
    }
  }

  private static String config(Path dir, Path docs, Path run, int port) {
    String user = "root".equals(System.getProperty("user.name")) ? "User www-data\nGroup www-data\n" : "";
    return "ServerRoot " + dir + "\n"
        + "ServerName localhost\n"
        + "Listen 127.0.0.1:" + port + "\n"
        + "PidFile " + run.resolve("httpd.pid") + "\n"
        + "ErrorLog " + run.resolve("error.log") + "\n"
        + user
        + module("mpm_prefork") + module("authz_core") + module("dav") + module("dav_fs")
        + "StartServers 1\nMinSpareServers 1\nMaxSpareServers 1\nMaxRequestWorkers 1\n"
        // One worker: a kept-alive connection would hold it from every other client until its timeout.
        + "KeepAlive Off\n"
        + "DavLockDB " + run.resolve("DavLock") + "\n"
        + "DocumentRoot " + docs + "\n"
        // Without it a GET within a second of a write gives a weak size-and-time tag that no If-Match matches.
        + "FileETag Digest\n"
        + "<Directory " + docs + ">\n  Dav On\n  Require all granted\n</Directory>\n";
  }

  private static String module(String name) {
    return "LoadModule " + name + "_module " + MODULES.resolve("mod_" + name + ".so") + "\n";
  }

  /** The base URI of the WebDAV root. */
  URI baseUri() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** The error log so far, for failure messages. */
  String log() throws IOException {
    return Files.exists(errorLog) ? Files.readString(errorLog) : "";
  }

  @Override
  public void close() {
    ServerProcesses.stop(process); // SIGTERM: httpd stops its worker and exits
  }
}
