package io.courier.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What the interop tests do with a server process they start: find it a port, wait for it, stop it. */
final class ServerProcesses {
  private ServerProcesses() {}

  /** A node server of an interop test's fixture, and the port it listens on. */
  record Node(Process process, int port) {}

  /**
   * Runs {@code node server.js} in {@code fixture}; the server prints its port once it listens. Throws
   * {@code IOException} when node cannot be started (not installed), and stops the server and throws
   * {@code IllegalStateException} when it printed no port.
   */
  static Node startNode(Path fixture) throws IOException {
    Process node = new ProcessBuilder("node", "server.js").directory(fixture.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String port;
    try {
      port = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8)).readLine();
    } catch (IOException e) {
      stop(node);
      throw new UncheckedIOException("could not read what node server.js in " + fixture + " printed", e);
    }
    // A server that fails exits, which ends the line as null.
    if (port == null || !port.strip().matches("\\d+")) {
      stop(node);
      throw new IllegalStateException("node server.js in " + fixture + " did not print its port; it said: " + port);
    }
    return new Node(node, Integer.parseInt(port.strip()));
  }

  /** A loopback port that was free a moment ago; a server that finds it taken is started again on another. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Waits until {@code process} accepts connections on {@code port}; false if it exited first. A deadline only. */
  static boolean awaitPort(Process process, int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        return false;
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
        return true;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    return false;
  }

  /** Stops {@code process} with SIGTERM, which lets the server stop its workers, and kills it if it lingers. */
  static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
