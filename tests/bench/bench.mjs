// The benchmark behind `cargo xtask bench` (which first builds the release
// and writes target/bench/static.html). Prints:
//   1. the bytes of every file a clinic serves for the widget: raw, gzip, brotli;
//   2. in headless Chromium, over alternating cold-cache runs, the time until
//      the content is rendered and first contentful paint, for the widget and
//      for a static page of the same content, and the median ratio;
//   3. wasm memory and JS heap after load and after opening every answer.
// Results also go to target/bench/results.json.
import { chromium } from "@playwright/test";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { startServer } from "../e2e/server.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PORT = 4180;

// 1. Sizes ------------------------------------------------------------------
/**
 * The files a page with the widget downloads: not the demo page and its CSS,
 * nor the iframe embed's own files (`embedFiles`).
 */
export function widgetFiles(dist = join(root, "dist")) {
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(dist).filter((path) => /\.(js|wasm|css)$/.test(path) && !/(demo-[^/]*\.css|\/embed[^/]*)$/.test(path));
}

/** What the iframe embed adds: its page and script, and the parent's resize helper. */
export function embedFiles(dist = join(root, "dist")) {
  return readdirSync(dist).filter((name) => name.startsWith("embed")).map((name) => join(dist, name));
}

export function sizes(files = widgetFiles()) {
  return files.map((path) => {
    const bytes = readFileSync(path);
    return {
      file: relative(join(root, "dist"), path),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
const ms = (value) => value.toFixed(0).padStart(6);

// 2. Timings ------------------------------------------------------------------
// Resolves with the time at which the content first appears in a frame.
const WATCH_RENDER = () => {
  window.__rendered = new Promise((resolve) => {
    const check = () => {
      const host = document.querySelector("baclofen-guide");
      const scope = host ? host.shadowRoot : document;
      if (scope && scope.querySelector(".guide .faq")) resolve(performance.now());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
};

async function load(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH_RENDER);
  await page.goto(url);
  const rendered = await page.evaluate(() => window.__rendered);
  // Let paint entries arrive.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  const fcp = await page.evaluate(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
  );
  return { page, context, rendered, fcp };
}

async function memory(page) {
  return page.evaluate(async () => ({
    heap: performance.memory?.usedJSHeapSize ?? NaN,
    wasm: (await customElements.get("baclofen-guide")?.memoryBytes()) ?? NaN,
  }));
}

async function main() {
  const files = sizes();
  const total = (key) => files.reduce((sum, f) => sum + f[key], 0);
  console.log("\nFiles a clinic serves (KB)          raw     gzip   brotli");
  for (const f of files) console.log(`  ${f.file.padEnd(32)}${kb(f.raw)}  ${kb(f.gzip)}  ${kb(f.brotli)}`);
  console.log(`  ${"total".padEnd(32)}${kb(total("raw"))}  ${kb(total("gzip"))}  ${kb(total("brotli"))}`);

  writeFileSync(
    join(root, "target/bench/widget.html"),
    readFileSync(join(root, "target/bench/static.html"), "utf8")
      .replace(/<div class="host">[\s\S]*<\/div><\/body>/, "<baclofen-guide></baclofen-guide></body>")
      .replace('<link rel="stylesheet" href="static.css">', '<script type="module" async src="/widget/baclofen-guide.js"></script>'),
  );

  const server = await startServer(PORT);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--enable-precise-memory-info"],
  });
  const base = `http://127.0.0.1:${PORT}/bench`;
  const runs = { widget: [], static: [] };
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 ? ["static", "widget"] : ["widget", "static"];
    for (const kind of order) {
      const { context, rendered, fcp } = await load(browser, `${base}/${kind}.html`);
      runs[kind].push({ rendered, fcp });
      await context.close();
    }
  }
  const med = (kind, key) => median(runs[kind].map((r) => r[key]));
  const ratios = runs.widget.map((r, i) => r.rendered / runs.static[i].rendered);
  console.log(`\nLoad in headless Chromium, ${RUNS} alternating cold runs (median ms)   rendered    FCP`);
  for (const kind of ["widget", "static"]) {
    console.log(`  ${kind.padEnd(60)}${ms(med(kind, "rendered"))}  ${ms(med(kind, "fcp"))}`);
  }
  console.log(`  median ratio widget/static (rendered)                      ${median(ratios).toFixed(2)}`);

  const { page, context } = await load(browser, `${base}/widget.html`);
  const afterLoad = await memory(page);
  const widget = page.locator("baclofen-guide");
  await widget.getByRole("button", { name: /show all/i }).click();
  await widget.locator(".faq-item__answer[hidden]").first().waitFor({ state: "detached" }).catch(() => {});
  const afterOpen = await memory(page);
  await context.close();
  console.log("\nMemory (KB)                          wasm     JS heap");
  console.log(`  after load                    ${kb(afterLoad.wasm)}  ${kb(afterLoad.heap)}`);
  console.log(`  after opening every answer    ${kb(afterOpen.wasm)}  ${kb(afterOpen.heap)}`);

  await browser.close();
  server.close();
  const results = {
    date: new Date().toISOString(),
    files,
    brotliTotal: total("brotli"),
    runs: RUNS,
    rendered: { widget: med("widget", "rendered"), static: med("static", "rendered"), ratio: median(ratios) },
    fcp: { widget: med("widget", "fcp"), static: med("static", "fcp") },
    memory: { afterLoad, afterOpen },
  };
  writeFileSync(join(root, "target/bench/results.json"), JSON.stringify(results, null, 2));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
