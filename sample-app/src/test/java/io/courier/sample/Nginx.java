package io.courier.sample;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs nginx in the foreground with WebDAV PUT on a free loopback port, everything it writes kept in one directory. */
final class Nginx implements AutoCloseable {
  private static final Pattern VERSION = Pattern.compile("nginx/(\\d+)\\.(\\d+)\\.(\\d+)");

  private final Process process;
  private final int port;
  private final Path root;
  private final Path errorLog;

  private Nginx(Process process, int port, Path root, Path errorLog) {
    this.process = process;
    this.port = port;
    this.root = root;
    this.errorLog = errorLog;
  }

  /** The nginx executable: {@code /usr/sbin/nginx}, else the first {@code nginx} on the PATH. */
  static Optional<Path> locate() {
    List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/sbin/nginx")));
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        candidates.add(Path.of(dir, "nginx"));
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  /** What {@code nginx -V} prints: the version and the configure arguments. */
  static String describe(Path nginx) throws IOException, InterruptedException {
    Process version = new ProcessBuilder(nginx.toString(), "-V").redirectErrorStream(true).start();
    String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    version.waitFor(30, TimeUnit.SECONDS);
    return text;
  }

  /** Starts nginx from {@code dir}, retrying on another port if the free one was taken meanwhile. */
  static Nginx start(Path nginx, String description, Path dir) throws IOException, InterruptedException {
    // The worker runs as an unprivileged user when nginx starts as root: it must reach and write these.
    Path root = Files.createDirectories(dir.resolve("root"));
    Path logs = Files.createDirectories(dir.resolve("logs"));
    Path body = Files.createDirectories(dir.resolve("client_body_temp"));
    for (Path path : List.of(dir, root, logs, body)) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxrwxrwx"));
    }
    Path errorLog = logs.resolve("error.log");
    for (int attempt = 1; ; attempt++) {
      int port = ServerProcesses.freePort();
      Path conf = dir.resolve("nginx.conf");
      Files.writeString(conf, config(description, dir, port));
      List<String> command = new ArrayList<>(List.of(nginx.toString(), "-p", dir + "/", "-c", conf.toString()));
      if (atLeast(description, 1, 19, 5)) {
        command.addAll(List.of("-e", errorLog.toString())); // else the log before the config is read is the default
      }
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(logs.resolve("console.log").toFile()).start();
      Nginx server = new Nginx(process, port, root, errorLog);
      if (ServerProcesses.awaitPort(process, port)) {
        return server;
      }
      server.close();
      String log = server.log() + Files.readString(logs.resolve("console.log"));
      if (attempt == 3 || !log.contains("Address already in use")) {
        throw new IllegalStateException("nginx did not start:\n" + log);
      }
    }
  }

  private static String config(String description, Path dir, int port) throws IOException {
    StringBuilder conf = new StringBuilder();
    conf.append("daemon off;\nmaster_process on;\nworker_processes 1;\n");
    if ("root".equals(System.getProperty("user.name"))) {
      conf.append("user nobody ").append(groupOfNobody()).append(";\n");
    }
    conf.append("pid ").append(dir.resolve("nginx.pid")).append(";\n")
        .append("error_log ").append(dir.resolve("logs/error.log")).append(" info;\n")
        .append("events { worker_connections 64; }\n")
        .append("http {\n")
        .append("  access_log ").append(dir.resolve("logs/access.log")).append(";\n")
        .append("  client_body_temp_path ").append(dir.resolve("client_body_temp")).append(";\n");
    // Every other temp path defaults to /var/lib/nginx or the prefix; keep them here, for the modules built in.
    for (String module : List.of("proxy", "fastcgi", "uwsgi", "scgi")) {
      if (!description.contains("--without-http_" + module + "_module")) {
        conf.append("  ").append(module).append("_temp_path ").append(dir.resolve(module + "_temp")).append(";\n");
      }
    }
    conf.append("  server {\n")
        .append("    listen 127.0.0.1:").append(port).append(";\n")
        .append("    root ").append(dir.resolve("root")).append(";\n")
        .append("    client_max_body_size 0;\n")
        .append("    location / {\n")
        .append("      dav_methods PUT DELETE MKCOL;\n")
        .append("      create_full_put_path on;\n")
        .append("    }\n")
        .append("  }\n")
        .append("}\n");
    return conf.toString();
  }

  /** Debian and Ubuntu call nobody's group {@code nogroup}; Fedora and Alpine call it {@code nobody}. */
  private static String groupOfNobody() throws IOException {
    Path groups = Path.of("/etc/group");
    boolean nogroup = Files.isReadable(groups)
        && Files.readAllLines(groups).stream().anyMatch(line -> line.startsWith("nogroup:"));
    return nogroup ? "nogroup" : "nobody";
  }

  static boolean atLeast(String description, int major, int minor, int patch) {
    Matcher version = VERSION.matcher(description);
    if (!version.find()) {
      return false;
    }
    int[] found = {Integer.parseInt(version.group(1)), Integer.parseInt(version.group(2)),
        Integer.parseInt(version.group(3))};
    int[] wanted = {major, minor, patch};
    for (int i = 0; i < 3; i++) {
      if (found[i] != wanted[i]) {
        return found[i] > wanted[i];
      }
    }
    return true;
  }

  /** The base URI of the WebDAV location. */
  URI baseUri() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** The directory that PUT writes into. */
  Path root() {
    return root;
  }

  /** The error log so far, for failure messages. */
  String log() throws IOException {
    return Files.exists(errorLog) ? Files.readString(errorLog) : "";
  }

  @Override
  public void close() {
    ServerProcesses.stop(process); // SIGTERM: the master stops its workers and exits
  }
}
