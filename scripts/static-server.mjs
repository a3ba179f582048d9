// A minimal static server for dist/ on 127.0.0.1, used by the e2e tests and the
// benchmark (the same thing any static web server does for officials).
import { existsSync, readFileSync, statSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

// Compressed once per file, as a production server with compression on (or
// precompressed files) would send them.
const cache = new Map();
function compressed(path, encoding) {
  const key = `${encoding}:${path}`;
  if (!cache.has(key)) {
    const raw = readFileSync(path);
    cache.set(key, encoding === "br"
      ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(raw, { level: 9 }));
  }
  return cache.get(key);
}

export function serve(root, port) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(path) || statSync(path).isDirectory()) path = join(root, "index.html");
    const type = TYPES[extname(path)] ?? "application/octet-stream";
    const accept = String(req.headers["accept-encoding"] ?? "");
    const encoding = extname(path) === ".woff2" ? null
      : accept.includes("br") ? "br" : accept.includes("gzip") ? "gzip" : null;
    const body = encoding ? compressed(path, encoding) : readFileSync(path);
    const headers = { "content-type": type, "cache-control": "no-cache", vary: "accept-encoding" };
    if (encoding) headers["content-encoding"] = encoding;
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? "dist";
  const port = Number(process.argv[3] ?? 4791);
  await serve(root, port);
  console.log(`serving ${root} on http://127.0.0.1:${port}`);
}
