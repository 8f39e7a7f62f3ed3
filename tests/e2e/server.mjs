// A tiny static server on 127.0.0.1 for the browser tests and the load-time bench (no dependencies).
import { createServer } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Serves `dir` on 127.0.0.1 (port 0 = any free one); `mounts` maps URL prefixes to other directories
 * (the browser tests' generated workbooks). Resolves with { url, close }.
 */
export function serveStatic(dir, port = 0, mounts = {}) {
  const roots = Object.entries(mounts).map(([prefix, d]) => [prefix, resolve(d)]);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const mount = roots.find(([prefix]) => path.startsWith(prefix));
    const root = mount ? mount[1] : resolve(dir);
    const rest = mount ? path.slice(mount[0].length) : path;
    const file = normalize(join(root, rest === "/" ? "index.html" : rest));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(port, "127.0.0.1", () => {
      const { port: p } = server.address();
      ok({ url: `http://127.0.0.1:${p}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
