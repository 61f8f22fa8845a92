// A server-sent event server built on better-sse, a library no one here wrote: Courier's sample test reads it.
// Listens on a free loopback port and prints the port on its first line of output.
const http = require("node:http");
const { createSession } = require("better-sse");

const server = http.createServer(async (req, res) => {
  if (req.url !== "/prices") {
    res.writeHead(404).end();
    return;
  }
  // Read before the pushes, which move better-sse's own lastId along.
  const resumedFrom = req.headers["last-event-id"] || "none";
  // No keep-alive comments, a 1.5 s reconnection time; better-sse sends it as its first field.
  const session = await createSession(req, res, { keepAlive: null, retry: 1500 });
  session.push({ symbol: "A", cents: 100 }, "price", "1");
  session.push({ symbol: "B", cents: 250 }, "price", "2");
  // The last ID the client sent back, so that the test can see Last-Event-ID arrive.
  session.push({ symbol: "resumed-from-" + resumedFrom, cents: 0 }, "note", "3");
  res.end();
});

server.listen(0, "127.0.0.1", () => {
  console.log(server.address().port);
});
