// A tiny static file server for the page (www/) and the package (pkg/), on
// 127.0.0.1 only: `node tests/server.mjs [port]` serves them and prints the
// page's address; the browser test imports `serve`.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

/** Serves the files under `root`/www and `root`/pkg on 127.0.0.1 and
 * `port` (0: any free port). */
export function serve(root, port = 0) {
  const base = resolve(root);
  const served = [resolve(base, "www") + sep, resolve(base, "pkg") + sep];
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, "http://localhost");
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (pathname === "/") {
      response.writeHead(302, { location: "/www/" }).end();
      return;
    }
    let path;
    try {
      path = resolve(base, "." + decodeURIComponent(pathname));
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (path.endsWith(sep) || pathname.endsWith("/")) path = resolve(path, "index.html");
    const type = TYPES[extname(path)];
    if (!served.some((dir) => path.startsWith(dir)) || !type) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(path);
      response.writeHead(200, { "content-type": type, "cache-control": "no-store" });
      response.end(request.method === "HEAD" ? undefined : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      done({ url, close: () => new Promise((closed) => server.close(closed)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const { url } = await serve(root, Number(process.argv[2] ?? 8080));
  console.log(`serving ${root} at ${url}/www/`);
}
