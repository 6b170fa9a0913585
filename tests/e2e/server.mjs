// A small static server for the end-to-end tests, like a clinic's web host:
//   /widget/…  the release build (dist/), as a clinic would host it
//   /pages/…   test pages (tests/e2e/pages/), which load /widget/baclofen-guide.js
//   /bench/…   the benchmark's pages (target/bench/, written by `cargo xtask bench`)
//   /broken-404/…   dist/ as a badly configured host serves it: the .wasm is missing
//   /broken-html/…  dist/ with an HTML error page (200 text/html) in place of the .wasm
// A page's Content-Security-Policy can be set with ?csp=<policy>, so each
// test can choose the CSP its page is served with. Pages that load the widget
// from another origin name it http://localhost:4173; the server puts in its
// own port, so the tests can run on any port.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const mounts = {
  "/widget/": join(root, "dist"),
  "/broken-404/": join(root, "dist"),
  "/broken-html/": join(root, "dist"),
  "/pages/": join(root, "tests/e2e/pages"),
  "/bench/": join(root, "target/bench"),
};
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
};

/**
 * A test page as served: "localhost:4173" (the other origin pages load the
 * widget from) becomes this server's own port.
 */
function page(body, port) {
  const text = body.toString("utf8");
  return text.includes("localhost:4173") ? text.replaceAll("localhost:4173", `localhost:${port}`) : body;
}

export function startServer(port) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, "http://localhost");
    const mount = Object.keys(mounts).find((prefix) => url.pathname.startsWith(prefix));
    const relative = mount && normalize(url.pathname.slice(mount.length) || "index.html");
    if (!mount || relative.startsWith("..")) {
      response.writeHead(404).end("not found");
      return;
    }
    if (extname(relative) === ".wasm" && mount === "/broken-404/") {
      response.writeHead(404).end("not found");
      return;
    }
    if (extname(relative) === ".wasm" && mount === "/broken-html/") {
      response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Page not found</title>");
      return;
    }
    try {
      const body = await readFile(join(mounts[mount], relative));
      const headers = { "content-type": types[extname(relative)] ?? "application/octet-stream" };
      // As a CDN serving the widget to other sites would.
      if (mount === "/widget/") headers["access-control-allow-origin"] = "*";
      const csp = url.searchParams.get("csp");
      if (csp && extname(relative) === ".html") headers["content-security-policy"] = csp;
      response.writeHead(200, headers).end(mount === "/pages/" ? page(body, port) : body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

// `node tests/e2e/server.mjs [port]` serves until stopped (Playwright's webServer).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 4173);
  await startServer(port);
  console.log(`serving dist/ at http://127.0.0.1:${port}/widget/ and test pages at /pages/`);
}
