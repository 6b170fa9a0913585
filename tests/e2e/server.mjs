// A small static server for the end-to-end tests, like a clinic's web host:
//   /widget/…  the release build (dist/), as a clinic would host it
//   /pages/…   test pages (tests/e2e/pages/), which load /widget/baclofen-guide.js
//   /bench/…   the benchmark's pages (target/bench/, written by `cargo xtask bench`)
//   /broken-404/…   dist/ as a badly configured host serves it: the .wasm is missing
//   /broken-html/…  dist/ with an HTML error page (200 text/html) in place of the .wasm
//   /altered-wasm/…  dist/ with one byte of the .wasm changed (a letter in its text)
//   /extra-section/… dist/ with a valid extra custom section appended to the .wasm
//   /altered-glue/…  dist/ with one byte of the glue, inside baclofen-guide.js, changed
//   /other-version/… dist/ as another release of the widget (its loader says version 0.0.1-other)
//   /slow-wasm/…     dist/ with the .wasm sent 2 s late, as on a slow phone (the pre-rendered text shows first)
//   /slow-content/…  dist/ with each language file's content (after its HTML and U+001E) sent 2 s after its HTML
// A page's Content-Security-Policy can be set with ?csp=<policy>, so each
// test can choose the CSP its page is served with. Pages that load the widget
// from another origin name it http://localhost:4173; the server puts in its
// own port, so the tests can run on any port; __LOADER_INTEGRITY__ becomes
// the integrity value (SHA-384) of dist/baclofen-guide.js.
// `startServer(port, { brotli: true })` (the benchmark's server only) sends
// every file brotli-compressed, as a real host or CDN does; the end-to-end
// tests get the files as they are.
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

const root = fileURLToPath(new URL("../..", import.meta.url));
const mounts = {
  "/widget/": join(root, "dist"),
  "/broken-404/": join(root, "dist"),
  "/broken-html/": join(root, "dist"),
  "/altered-wasm/": join(root, "dist"),
  "/extra-section/": join(root, "dist"),
  "/altered-glue/": join(root, "dist"),
  "/other-version/": join(root, "dist"),
  "/slow-wasm/": join(root, "dist"),
  "/slow-content/": join(root, "dist"),
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

/** A copy of `bytes` with the byte `offset` into the first `marker` changed: a letter's case. */
function changeOneByte(bytes, marker, offset = 0) {
  const copy = Buffer.from(bytes);
  const at = copy.indexOf(marker) + offset;
  if (at < offset) throw new Error(`server: ${marker} not found`);
  copy[at] ^= 0x20;
  return copy;
}

// What the altered mounts serve in place of a file of dist/, by extension.
const alterations = {
  // "baclofen" becomes "Baclofen" somewhere in the wasm's text: it would still run.
  "/altered-wasm/": { ".wasm": (bytes) => changeOneByte(bytes, "baclofen") },
  // A custom section (id 0) named "x" holding one byte: still a valid module.
  "/extra-section/": { ".wasm": (bytes) => Buffer.concat([bytes, Buffer.from([0, 3, 1, 0x78, 0x21])]) },
  // The glue's TextDecoder('utf-8') becomes ('Utf-8'), a label that works as well.
  "/altered-glue/": { ".js": (bytes) => changeOneByte(bytes, '"utf-8"', 1) },
  "/other-version/": { ".js": (bytes) => Buffer.from(String(bytes).replace(/static version ?= ?"[^"]+"/, 'static version="0.0.1-other"')) },
};

/**
 * A test page as served: "localhost:4173" (the other origin pages load the
 * widget from) becomes this server's own port.
 */
function page(body, port) {
  const text = body.toString("utf8");
  if (!/localhost:4173|__LOADER_INTEGRITY__/.test(text)) return body;
  const loader = readFileSync(join(root, "dist/baclofen-guide.js"));
  const integrity = `sha384-${createHash("sha384").update(loader).digest("base64")}`;
  return text.replaceAll("localhost:4173", `localhost:${port}`).replaceAll("__LOADER_INTEGRITY__", integrity);
}

/** `body` brotli-compressed at the highest quality, as hosts pre-compress static files (cached by content). */
const compressed = new Map();
function brotli(body) {
  const key = createHash("sha1").update(body).digest("hex");
  if (!compressed.has(key)) {
    compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return compressed.get(key);
}

export function startServer(port, { brotli: useBrotli = false } = {}) {
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
    if (extname(relative) === ".wasm" && mount === "/slow-wasm/") {
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    try {
      let body = await readFile(join(mounts[mount], relative));
      const alter = alterations[mount]?.[extname(relative)];
      if (alter) body = alter(body);
      const headers = { "content-type": types[extname(relative)] ?? "application/octet-stream" };
      // As a CDN serving the widget to other sites would.
      if (mount === "/widget/") headers["access-control-allow-origin"] = "*";
      const csp = url.searchParams.get("csp");
      if (csp && extname(relative) === ".html") headers["content-security-policy"] = csp;
      if (mount === "/pages/") body = page(body, port);
      // Whatever the Accept-Encoding: Chromium may not offer `br` over plain
      // http, but it decodes it.
      if (useBrotli) {
        body = brotli(body);
        headers["content-encoding"] = "br";
      }
      if (mount === "/slow-content/" && /^guide-.*\.html$/.test(relative)) {
        const cut = body.indexOf(0x1e) + 1;
        response.writeHead(200, headers).write(body.subarray(0, cut));
        setTimeout(() => response.end(body.subarray(cut)), 2000);
        return;
      }
      response.writeHead(200, headers).end(body);
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
