// Parses each request with busboy and answers, as JSON, what arrived: each part's name, filename, mimeType,
// byte length and sha-256. It listens on a free loopback port and prints the port on stdout for the test.
'use strict';
const http = require('http');
const crypto = require('crypto');
const busboy = require('busboy');

const server = http.createServer((req, res) => {
  const parts = [];
  let bb;
  try {
    // UTF-8 file names, as browsers send them; text parts up to 64 MiB rather than busboy's 1 MiB.
    bb = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { fieldSize: 64 * 1024 * 1024 } });
  } catch (e) {
    res.writeHead(400, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: String(e.message) }));
    return;
  }
  // Text parts and file parts alike are listed in arrival order, with the digest of their raw bytes.
  bb.on('file', (name, stream, info) => {
    const entry = { name, filename: info.filename ?? null, mimeType: info.mimeType, length: 0, sha256: null };
    parts.push(entry);
    const hash = crypto.createHash('sha256');
    stream.on('data', (chunk) => { entry.length += chunk.length; hash.update(chunk); });
    stream.on('end', () => { entry.sha256 = hash.digest('hex'); });
  });
  bb.on('field', (name, value, info) => {
    const bytes = Buffer.from(value, 'utf8');
    parts.push({ name, filename: null, mimeType: info.mimeType, length: bytes.length,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex') });
  });
  bb.on('error', (e) => {
    res.writeHead(400, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: String(e.message) }));
  });
  bb.on('close', () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ contentLength: req.headers['content-length'] ?? null, parts }));
  });
  req.pipe(bb);
});

server.listen(0, '127.0.0.1', () => {
  console.log(server.address().port);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
