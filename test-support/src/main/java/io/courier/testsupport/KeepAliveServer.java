package io.courier.testsupport;

import io.courier.Courier;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A keep-alive HTTP/1.1 server on 127.0.0.1 that counts its connections, for tests that must see whether a client
 * released them: the JDK's {@code HttpServer} does not say how many are open.
 *
 * <p>Each accepted connection gets a thread that serves its requests one after the other until the client closes
 * it, sends {@code Connection: close}, or speaks HTTP/1.0. Request bodies must come with a {@code Content-Length}
 * (a chunked request is answered 411 and the connection closed); every response carries a {@code Content-Length}.
 */
public final class KeepAliveServer implements AutoCloseable {
  /** One request: method, target as sent (such as {@code /api/items/3}), headers keyed case-insensitively, body. */
  public record Request(String method, String target, Map<String, String> headers, byte[] body) {
    /** A header's value, or null when it was not sent. */
    public String header(String name) {
      return headers.get(name);
    }
  }

  /** An answer: status, {@code Content-Type} (null for none) and body. */
  public record Answer(int status, String contentType, byte[] body) {
    /** An answer with this status and no body. */
    public static Answer status(int status) {
      return new Answer(status, null, new byte[0]);
    }

    /** A 200 with a JSON body. */
    public static Answer json(byte[] body) {
      return new Answer(200, "application/json", body);
    }
  }

  /** Answers one request; called on the connection's thread, so concurrently for different connections. */
  @FunctionalInterface
  public interface Handler {
    Answer answer(Request request) throws IOException;
  }

  private static final int MAX_HEAD_BYTES = 64 * 1024;

  private final ServerSocket serverSocket;
  private final Handler handler;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicLong requests = new AtomicLong();
  private final Thread acceptor;

  private KeepAliveServer(Handler handler) throws IOException {
    this.handler = handler;
    this.serverSocket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
    this.acceptor = new Thread(this::acceptLoop, "keep-alive-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A started server that answers every request with {@code handler}. */
  public static KeepAliveServer start(Handler handler) throws IOException {
    return new KeepAliveServer(handler);
  }

  /** {@code http://127.0.0.1:port/api/}. */
  public URI base() {
    return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + "/api/");
  }

  /** A Courier builder aimed at {@link #base()} that sends through {@code transport}. */
  public Courier.Builder courier(TransportKind transport) {
    return transport.configure(Courier.builder().baseUri(base()));
  }

  /** How many connections were accepted so far. */
  public int acceptedConnections() {
    return accepted.get();
  }

  /** How many accepted connections are still open: neither side has closed them yet. */
  public int openConnections() {
    return open.size();
  }

  /** How many requests were read in full, answered or not. */
  public long requests() {
    return requests.get();
  }

  /**
   * Waits until no connection is open, or {@code timeout} has passed; returns how many are still open. A client
   * that closed its end is seen at once: the connection's thread reads end of stream and closes the socket.
   */
  public int awaitNoOpenConnections(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!open.isEmpty() && System.nanoTime() - deadline < 0) {
      Thread.sleep(20);
    }
    return open.size();
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException closed) {
        return;
      }
      open.add(socket);
      if (serverSocket.isClosed()) { // close() may have run between accept() and add()
        closeQuietly(socket);
        open.remove(socket);
        return;
      }
      Thread thread = new Thread(() -> serve(socket), "keep-alive-server-" + accepted.incrementAndGet());
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = new BufferedOutputStream(socket.getOutputStream());
      boolean keepAlive = true;
      while (keepAlive) {
        String head = readHead(in);
        if (head == null) {
          return; // the client closed the connection between requests
        }
        String[] lines = head.split("\r\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length != 3) {
          write(out, Answer.status(400), false, false);
          return;
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
          int colon = lines[i].indexOf(':');
          if (colon > 0) {
            headers.put(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
          }
        }
        if (headers.containsKey("Transfer-Encoding")) {
          write(out, Answer.status(411), false, false);
          return;
        }
        String length = headers.get("Content-Length");
        byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
        if (length != null && body.length != Integer.parseInt(length)) {
          return; // the client closed the connection within the body
        }
        requests.incrementAndGet();
        String connection = headers.getOrDefault("Connection", "").toLowerCase(Locale.ROOT);
        keepAlive = requestLine[2].equals("HTTP/1.1") && !connection.contains("close");
        Answer answer = handler.answer(
            new Request(requestLine[0], requestLine[1], Collections.unmodifiableMap(headers), body));
        write(out, answer, requestLine[0].equals("HEAD"), keepAlive);
      }
    } catch (IOException | RuntimeException e) {
      // the client reset the connection, or the server is closing; the connection ends either way
    } finally {
      open.remove(socket);
    }
  }

  /** The request's head up to its blank line, or null at end of stream before its first byte. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(512);
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        if (head.size() == 0) {
          return null;
        }
        throw new IOException("connection closed within a request's head");
      }
      if (head.size() >= MAX_HEAD_BYTES) {
        throw new IOException("request head longer than " + MAX_HEAD_BYTES + " bytes");
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static void write(OutputStream out, Answer answer, boolean head, boolean keepAlive) throws IOException {
    int status = answer.status();
    boolean bodiless = status == 204 || status == 304 || (status >= 100 && status < 200);
    StringBuilder text = new StringBuilder(128).append("HTTP/1.1 ").append(status).append(" Status\r\n");
    if (!bodiless) {
      text.append("Content-Length: ").append(answer.body().length).append("\r\n");
    }
    if (answer.contentType() != null) {
      text.append("Content-Type: ").append(answer.contentType()).append("\r\n");
    }
    if (!keepAlive) {
      text.append("Connection: close\r\n");
    }
    out.write(text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    if (!bodiless && !head) {
      out.write(answer.body());
    }
    out.flush();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing a socket the server is done with
    }
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    for (Socket socket : open) {
      socket.close();
    }
    try {
      acceptor.join(5_000);
      for (Thread thread : threads) {
        thread.join(5_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
