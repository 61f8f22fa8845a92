package io.courier.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A keep-alive HTTP/1.1 server on 127.0.0.1 for {@link LoadWithCuts} that records every update it applies and cuts
 * the connection, instead of serving it, for a share of the requests drawn from a seeded {@link Random}.
 *
 * <p>It serves {@code PUT /items/{id}} (stores the item; 204), {@code GET /items/{id}} (the stored item, or 404),
 * {@code POST /orders} (applies the order; 201) and {@code POST /payments}, which needs an {@code Idempotency-Key}
 * and applies a key once: a request with a key already applied is answered 201 again without applying it (422 when
 * the key came with another item). An update is counted by its item's {@code name}, which each call makes unique.
 * Request bodies must have a {@code Content-Length}. A connection idle for 30 s is closed, so that nothing outlives
 * a client that went away.
 */
final class CuttingServer implements AutoCloseable {
  /** Where in a request's life the server closes its connection. */
  enum Cut {
    /**
     * Once the request line is in (read only to count the cut by route), with the rest of the head and the body
     * unread: nothing is applied, and the client may see a reset rather than an end of stream.
     */
    BEFORE_READING("before reading the request"),
    /** Once the head and body are read, before the update is applied: nothing happened. */
    BEFORE_APPLYING("after reading it, before applying it"),
    /** Once the update is applied, before a byte of the answer: it happened, and the client cannot know. */
    BEFORE_ANSWERING("after applying it, before answering");

    final String description;

    Cut(String description) {
      this.description = description;
    }
  }

  /** The routes, as the report names them. */
  static final List<String> ROUTES = List.of("PUT", "GET", "POST", "POST+key");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_HEAD_BYTES = 64 * 1024;
  private static final int IDLE_TIMEOUT_MILLIS = 30_000;

  private final ServerSocket serverSocket;
  private final Random random;
  private final int cutsPerTenThousand;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  private final Map<Long, byte[]> items = new ConcurrentHashMap<>();
  /** How often each route applied each item name. */
  private final Map<String, Map<String, AtomicInteger>> applied = new ConcurrentHashMap<>();
  /** The item name each payment key was applied with. */
  private final Map<String, String> paymentKeys = new ConcurrentHashMap<>();
  private final Map<Cut, AtomicInteger> cuts = new EnumMap<>(Cut.class);
  /** Cuts by route. */
  private final Map<String, AtomicInteger> cutsByRoute = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicInteger accepted = new AtomicInteger();

  private CuttingServer(long seed, double cutPercent) throws IOException {
    this.random = new Random(seed);
    this.cutsPerTenThousand = (int) Math.round(cutPercent * 100);
    for (Cut cut : Cut.values()) {
      cuts.put(cut, new AtomicInteger());
    }
    for (String route : ROUTES) {
      applied.put(route, new ConcurrentHashMap<>());
    }
    this.serverSocket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
    this.acceptor = new Thread(this::acceptLoop, "cutting-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A started server that cuts {@code cutPercent} percent of the requests, chosen by a {@code Random(seed)}. */
  static CuttingServer start(long seed, double cutPercent) throws IOException {
    return new CuttingServer(seed, cutPercent);
  }

  String baseUri() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort() + "/";
  }

  /** How many times {@code route} applied the update named {@code name}. */
  int applied(String route, String name) {
    AtomicInteger times = applied.get(route).get(name);
    return times == null ? 0 : times.get();
  }

  /** Every update {@code route} applied, by name, with how many times. */
  Map<String, Integer> appliedBy(String route) {
    Map<String, Integer> copy = new TreeMap<>();
    applied.get(route).forEach((name, times) -> copy.put(name, times.get()));
    return copy;
  }

  int cuts(Cut cut) {
    return cuts.get(cut).get();
  }

  /** Cuts of any kind made on requests for {@code route}. */
  int cuts(String route) {
    AtomicInteger count = cutsByRoute.get(route);
    return count == null ? 0 : count.get();
  }

  /** Requests that arrived, cut or not: every attempt a client made. */
  long requests() {
    return requests.get();
  }

  int acceptedConnections() {
    return accepted.get();
  }

  private Cut nextCut() {
    synchronized (random) {
      if (random.nextInt(10_000) >= cutsPerTenThousand) {
        return null;
      }
      return Cut.values()[random.nextInt(Cut.values().length)];
    }
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
        open.remove(socket);
        try {
          socket.close();
        } catch (IOException ignored) {
          // a socket no one will serve
        }
        return;
      }
      Thread thread = new Thread(() -> serve(socket), "cutting-server-" + accepted.incrementAndGet());
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = new BufferedOutputStream(socket.getOutputStream());
      while (true) {
        int first = in.read();
        if (first < 0) {
          return; // the client closed the connection between requests
        }
        requests.incrementAndGet();
        Cut cut = nextCut(); // one draw per request that arrives
        if (cut == Cut.BEFORE_READING) {
          String[] requestLine = readRequestLine(in, first).split(" ");
          cut(cut, requestLine.length == 3 ? route(requestLine[0], requestLine[1]) : "other");
          return; // closing with the request unread: the client may see a reset rather than an end of stream
        }
        String[] lines = readHead(in, first).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
          int colon = lines[i].indexOf(':');
          if (colon > 0) {
            headers.put(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
          }
        }
        if (requestLine.length != 3 || headers.containsKey("Transfer-Encoding")) {
          answer(out, 400, null, false);
          return;
        }
        int length = Integer.parseInt(headers.getOrDefault("Content-Length", "0"));
        byte[] body = in.readNBytes(length);
        if (body.length != length) {
          return; // the client closed the connection within the body
        }
        String route = route(requestLine[0], requestLine[1]);
        if (cut == Cut.BEFORE_APPLYING) {
          cut(cut, route);
          return;
        }
        Answer answer = apply(route, requestLine[1], headers, body);
        if (cut == Cut.BEFORE_ANSWERING) {
          cut(cut, route);
          return;
        }
        boolean keepAlive = requestLine[2].equals("HTTP/1.1")
            && !headers.getOrDefault("Connection", "").toLowerCase(Locale.ROOT).contains("close");
        answer(out, answer.status, answer.body, keepAlive);
        if (!keepAlive) {
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the client reset the connection, went quiet for too long, or sent what this server does not parse
    } finally {
      open.remove(socket);
    }
  }

  private void cut(Cut cut, String route) {
    cuts.get(cut).incrementAndGet();
    cutsByRoute.computeIfAbsent(route, r -> new AtomicInteger()).incrementAndGet();
  }

  private record Answer(int status, byte[] body) {}

  private static String route(String method, String target) {
    if (target.startsWith("/items/")) {
      return method.equals("PUT") ? "PUT" : method.equals("GET") ? "GET" : "other";
    }
    if (method.equals("POST")) {
      return target.equals("/orders") ? "POST" : target.equals("/payments") ? "POST+key" : "other";
    }
    return "other";
  }

  private Answer apply(String route, String target, Map<String, String> headers, byte[] body) throws IOException {
    switch (route) {
      case "GET": {
        byte[] item = items.get(Long.parseLong(target.substring("/items/".length())));
        return item == null ? new Answer(404, null) : new Answer(200, item);
      }
      case "PUT": {
        String name = JSON.readValue(body, Item.class).name();
        items.put(Long.parseLong(target.substring("/items/".length())), body);
        count(route, name);
        return new Answer(204, null);
      }
      case "POST": {
        count(route, JSON.readValue(body, Item.class).name());
        return new Answer(201, null);
      }
      case "POST+key": {
        String key = headers.get("Idempotency-Key");
        if (key == null) {
          return new Answer(400, null);
        }
        String name = JSON.readValue(body, Item.class).name();
        String first = paymentKeys.putIfAbsent(key, name);
        if (first == null) {
          count(route, name);
        } else if (!first.equals(name)) {
          return new Answer(422, null); // the key reused for another payment
        }
        return new Answer(201, null); // the first answer again, for a retry of an applied payment
      }
      default:
        return new Answer(404, null);
    }
  }

  private void count(String route, String name) {
    applied.get(route).computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
  }

  /** The rest of a request's first line, whose first byte was read. */
  private static String readRequestLine(InputStream in, int first) throws IOException {
    StringBuilder line = new StringBuilder().append((char) first);
    for (int b = in.read(); b >= 0 && b != '\n' && line.length() < MAX_HEAD_BYTES; b = in.read()) {
      line.append((char) b);
    }
    return line.toString().trim();
  }

  /** The rest of a request's head, whose first byte was read, up to its blank line. */
  private static String readHead(InputStream in, int first) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(512);
    head.write(first);
    int matched = first == '\r' ? 1 : 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
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

  private static void answer(OutputStream out, int status, byte[] body, boolean keepAlive) throws IOException {
    StringBuilder head = new StringBuilder(128).append("HTTP/1.1 ").append(status).append(" Status\r\n");
    if (status != 204) {
      head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Type: application/json\r\n");
    }
    if (!keepAlive) {
      head.append("Connection: close\r\n");
    }
    out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    if (body != null) {
      out.write(body);
    }
    out.flush();
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
