package io.courier.testsupport;

import io.courier.Courier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw {@code ServerSocket} server on 127.0.0.1 for tests where the server must misbehave: each accepted
 * connection is served by the next scripted {@link Behaviour}, the last one serving every later connection.
 */
public final class RawServer implements AutoCloseable {
  /** What the server does with one accepted connection. */
  @FunctionalInterface
  public interface Behaviour {
    void serve(Socket socket) throws IOException, InterruptedException;
  }

  private final ServerSocket serverSocket;
  private final List<Behaviour> script;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final Thread acceptor;

  private RawServer(List<Behaviour> script) throws IOException {
    this.script = script;
    this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.acceptor = new Thread(this::acceptLoop, "raw-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A started server whose n-th connection is served by the n-th behaviour, the last serving all later ones. */
  public static RawServer start(Behaviour... script) throws IOException {
    return new RawServer(List.of(script));
  }

  /** A loopback port where nothing listens, so connecting to it is refused. */
  public static int refusedPort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }

  /** {@code http://127.0.0.1:port/api/}. */
  public URI base() {
    return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + "/api/");
  }

  /** A Courier builder aimed at {@link #base()} that sends through {@code transport}. */
  public Courier.Builder courier(TransportKind transport) {
    return transport.configure(Courier.builder().baseUri(base()));
  }

  /** How many connections were accepted. */
  public int connections() {
    return connections.get();
  }

  /** Reads one request's head and its {@code Content-Length} body; returns the head. */
  public static String readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed before the request's head ended");
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        long length = Long.parseLong(line.substring("content-length:".length()).trim());
        in.readNBytes((int) length);
      }
    }
    return text;
  }

  /** Writes a complete response with a text body. */
  public static void respond(OutputStream out, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    out.write(("HTTP/1.1 " + status + " Status\r\nContent-Length: " + bytes.length + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    out.write(bytes);
    out.flush();
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException closed) {
        return;
      }
      sockets.add(socket);
      int index = connections.getAndIncrement();
      Behaviour behaviour = script.get(Math.min(index, script.size() - 1));
      Thread thread = new Thread(() -> {
        try (socket) {
          behaviour.serve(socket);
        } catch (IOException | InterruptedException ignored) {
          // the client went away or the test closed the server
        }
      }, "raw-server-" + index);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    try {
      acceptor.join(5_000);
      for (Thread thread : threads) {
        thread.interrupt();
        thread.join(5_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
