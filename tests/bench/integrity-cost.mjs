// What verifying the .wasm's integrity costs at load, on a phone profile:
// headless Chromium with a 4x CPU slowdown and Lighthouse's mobile network
// ("Slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), the files
// brotli-compressed as a CDN serves them. Alternating cold runs of the
// release's loader (fetch with `integrity`) and the same loader with the
// option removed; prints the median time until the content is rendered.
//   node tests/bench/integrity-cost.mjs     (after a release build; RUNS=12)
import { chromium } from "@playwright/test";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { widgetFiles } from "./bench.mjs";

const RUNS = Number(process.env.RUNS ?? 12);
const PORT = 4181;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const files = widgetFiles();
const loader = readFileSync(files.find((f) => f.endsWith("/baclofen-guide.js")), "utf8");
const unchecked = loader.replace("{ integrity: CORE_WASM_INTEGRITY }", "{}");
if (unchecked === loader) throw new Error("the loader no longer fetches with { integrity: CORE_WASM_INTEGRITY }");
const wasmPath = files.find((f) => f.endsWith(".wasm"));
const wasm = brotli(readFileSync(wasmPath));
const served = { checked: brotli(Buffer.from(loader)), unchecked: brotli(Buffer.from(unchecked)) };

const server = createServer((request, response) => {
  const [, kind, file] = request.url.split("/");
  if (file === "page.html") {
    response.writeHead(200, { "content-type": "text/html" });
    response.end(`<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script type="module" async src="/${kind}/baclofen-guide.js"></script><baclofen-guide></baclofen-guide>`);
  } else if (file === "baclofen-guide.js" && served[kind]) {
    response.writeHead(200, { "content-type": "text/javascript", "content-encoding": "br" }).end(served[kind]);
  } else if (file?.endsWith(".wasm")) {
    response.writeHead(200, { "content-type": "application/wasm", "content-encoding": "br" }).end(wasm);
  } else {
    response.writeHead(404).end();
  }
}).listen(PORT, "127.0.0.1");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"],
});
const times = { checked: [], unchecked: [] };
for (let i = 0; i < RUNS; i++) {
  for (const kind of i % 2 ? ["unchecked", "checked"] : ["checked", "unchecked"]) {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await page.goto(`http://127.0.0.1:${PORT}/${kind}/page.html`);
    times[kind].push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const check = () => {
              const root = document.querySelector("baclofen-guide").shadowRoot;
              if (root?.querySelector(".guide .faq")) resolve(performance.now());
              else requestAnimationFrame(check);
            };
            check();
          }),
      ),
    );
    await context.close();
  }
}
await browser.close();
server.close();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log(`Content rendered on the phone profile, ${RUNS} alternating cold runs (median ms)`);
for (const kind of ["checked", "unchecked"]) {
  console.log(`  ${kind.padEnd(10)} ${median(times[kind]).toFixed(0).padStart(6)}   (${times[kind].map((t) => t.toFixed(0)).join(" ")})`);
}
console.log(`  cost of the integrity check: ${(median(times.checked) - median(times.unchecked)).toFixed(0)} ms`);
