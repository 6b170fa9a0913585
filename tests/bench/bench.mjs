// The benchmark behind `cargo xtask bench` (which first builds the release
// and writes target/bench/static.html). Prints:
//   1. the bytes of every file a clinic serves for the widget: raw, gzip, brotli;
//   2. in headless Chromium, over alternating cold-cache runs of the widget's
//      page and a static page of the same content, all files served with
//      brotli, on a phone profile (Lighthouse's mobile one: Slow 4G, CPU 4x
//      slower) and on desktop: largest contentful paint and its median ratio,
//      when the widget is interactive and how fast it answers a tap, and the
//      bytes transferred before the content is visible and in all;
//   3. what a first visit downloads in each language;
//   4. wasm memory and JS heap after load and after opening every answer;
//   5. Lighthouse (mobile preset) on the demo clinic page, the widget's page
//      and the static page.
// Results also go to target/bench/results.json.
import { chromium } from "@playwright/test";
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { startServer } from "../e2e/server.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4180);

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

/**
 * The language files: one per language (guide-<lang>-<hash>.html), the
 * pre-rendered HTML (with every emergency-number group's callout), U+001E,
 * then the content for the wasm. A reader fetches one.
 */
export function languageFiles(dist = join(root, "dist")) {
  return readdirSync(dist).filter((name) => /^guide-[a-z]+-[\w-]+\.html$/.test(name)).map((name) => join(dist, name));
}

/** What the iframe embed adds: its page and script, and the parent's resize helper. */
export function embedFiles(dist = join(root, "dist")) {
  return readdirSync(dist).filter((name) => name.startsWith("embed")).map((name) => join(dist, name));
}

const br = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Sizes of each file; for a language file, also of its HTML (what shows before the rest has come). */
export function sizes(files = widgetFiles()) {
  return files.map((path) => {
    const bytes = readFileSync(path);
    const cut = bytes.indexOf(0x1e);
    return {
      file: relative(join(root, "dist"), path),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: br(bytes),
      ...(cut >= 0 && { htmlBrotli: br(bytes.subarray(0, cut)) }),
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
// Lighthouse's mobile profile ("Slow 4G", 4x CPU slowdown) and an unthrottled desktop.
const PROFILES = {
  phone: {
    viewport: { width: 412, height: 915 },
    cpu: 4,
    network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  },
  desktop: { viewport: { width: 1280, height: 800 }, cpu: 1, network: null },
};

// Before any of the page runs: collect largest-contentful-paint entries (they
// include text inside shadow roots) and when the content appears, the page
// loads and the widget says it is ready.
const OBSERVE = () => {
  window.__lcp = [];
  new PerformanceObserver((list) => window.__lcp.push(...list.getEntries())).observe({
    type: "largest-contentful-paint",
    buffered: true,
  });
  const at = (target, event) =>
    new Promise((resolve) => target.addEventListener(event, (e) => resolve({ t: performance.now(), e }), { once: true }));
  window.__ready = at(document, "baclofen-guide:ready").then(({ t, e }) => ({ t, lang: e.detail?.lang }));
  window.__loaded = at(window, "load");
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

async function newPage(browser, profile) {
  const context = await browser.newContext({ viewport: profile.viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile.cpu > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  if (profile.network) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...profile.network });
  }
  await page.addInitScript(OBSERVE);
  return { context, page };
}

/** One cold load of `url`; `widget` pages also wait for the ready event and time a tap. */
async function load(browser, url, profile, widget) {
  const { context, page } = await newPage(browser, profile);
  await page.goto(url);
  const result = await page.evaluate(async (widget) => {
    const late = () => new Promise((_, reject) => setTimeout(() => reject(new Error("no baclofen-guide:ready in 60 s")), 60000));
    const ready = widget ? await Promise.race([window.__ready, late()]) : null;
    await window.__loaded;
    const rendered = await window.__rendered;
    // Let the last paints and late requests settle before reading LCP.
    await new Promise((r) => setTimeout(r, 1000));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const lcp = window.__lcp.at(-1);
    const lcpTime = lcp?.startTime ?? NaN;
    const transfers = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].map(
      (entry) => ({ url: entry.name, bytes: entry.transferSize, end: entry.responseEnd }),
    );
    const sum = (list) => list.reduce((total, { bytes }) => total + bytes, 0);
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
    return {
      lcp: lcpTime,
      lcpElement: lcp?.element ? `${lcp.element.localName}.${lcp.element.className}` : lcp?.url || "(in the shadow root)",
      fcp,
      rendered,
      ready: ready?.t ?? null,
      lang: ready?.lang ?? null,
      bytesBeforeVisible: sum(transfers.filter(({ end }) => end <= lcpTime)),
      bytesTotal: sum(transfers),
      widgetBytes: sum(transfers.filter(({ url }) => new URL(url).pathname.startsWith("/widget/"))),
    };
  }, widget);
  if (widget) {
    // A tap on the first question, once settled: time until its answer shows.
    result.tap = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const root = document.querySelector("baclofen-guide").shadowRoot;
          const button = root.querySelector(".faq-item__button");
          const start = performance.now();
          button.click();
          const check = () => {
            const answer = root.getElementById(button.getAttribute("aria-controls"));
            if (answer && !answer.hasAttribute("hidden") && answer.textContent.trim()) resolve(performance.now() - start);
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
    );
  }
  await context.close();
  return result;
}

async function memory(page) {
  return page.evaluate(async () => ({
    heap: performance.memory?.usedJSHeapSize ?? NaN,
    wasm: (await customElements.get("baclofen-guide")?.memoryBytes()) ?? NaN,
  }));
}

// 5. Lighthouse -----------------------------------------------------------------
const run = promisify(execFile);

/** One Lighthouse run (mobile preset, its simulated Slow 4G and 4x CPU) of `url`. */
async function lighthouse(url, out) {
  await run(
    join(root, "node_modules/.bin/lighthouse"),
    [
      url,
      "--only-categories=performance",
      "--output=json",
      `--output-path=${out}`,
      "--chrome-flags=--headless --no-sandbox",
      "--disable-full-page-screenshot",
      "--quiet",
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? "/usr/bin/chromium" }, maxBuffer: 1 << 26 },
  );
  const report = JSON.parse(readFileSync(out, "utf8"));
  if (report.runtimeError) throw new Error(`lighthouse ${url}: ${report.runtimeError.message}`);
  // It runs against this machine only: nothing may be fetched from elsewhere.
  const elsewhere = report.audits["network-requests"].details.items
    .map((item) => item.url)
    .filter((address) => !address.startsWith(`http://127.0.0.1:${PORT}/`));
  if (elsewhere.length) throw new Error(`lighthouse ${url} requested ${elsewhere.join(", ")}`);
  return {
    score: report.categories.performance.score * 100,
    lcp: report.audits["largest-contentful-paint"].numericValue,
    fcp: report.audits["first-contentful-paint"].numericValue,
    cls: report.audits["cumulative-layout-shift"].numericValue,
    tbt: report.audits["total-blocking-time"].numericValue,
    bytes: report.audits["total-byte-weight"].numericValue,
  };
}

async function main() {
  const files = sizes();
  const total = (key) => files.reduce((sum, f) => sum + f[key], 0);
  console.log("\nFiles a clinic serves (KB)          raw     gzip   brotli");
  for (const f of files) console.log(`  ${f.file.padEnd(32)}${kb(f.raw)}  ${kb(f.gzip)}  ${kb(f.brotli)}`);
  console.log(`  ${"total".padEnd(32)}${kb(total("raw"))}  ${kb(total("gzip"))}  ${kb(total("brotli"))}`);
  const languages = sizes(languageFiles());
  for (const lang of new Set(languages.map((f) => f.file.split("-")[1]))) {
    const mine = languages.filter((f) => f.file.startsWith(`guide-${lang}-`));
    const each = (key) => mine.map((f) => `${kb(f[key]).trim()} KB`).join(", ");
    console.log(`  language file, ${lang}: ${each("brotli")} brotli, of which the HTML ${each("htmlBrotli")}`);
  }

  const widgetPage = (lang) =>
    readFileSync(join(root, "target/bench/static.html"), "utf8")
      .replace(/<div class="host">[\s\S]*<\/div><\/body>/, `<baclofen-guide${lang ? ` lang="${lang}"` : ""}></baclofen-guide></body>`)
      .replace('<link rel="stylesheet" href="static.css">', '<script type="module" async src="/widget/baclofen-guide.js"></script>');
  writeFileSync(join(root, "target/bench/widget.html"), widgetPage(null));
  writeFileSync(join(root, "target/bench/widget-es.html"), widgetPage("es"));

  const server = await startServer(PORT, { brotli: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--enable-precise-memory-info"],
  });
  const base = `http://127.0.0.1:${PORT}/bench`;
  const timings = {};
  for (const [name, profile] of Object.entries(PROFILES)) {
    const runs = { widget: [], static: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const kind of i % 2 ? ["static", "widget"] : ["widget", "static"]) {
        runs[kind].push(await load(browser, `${base}/${kind}.html`, profile, kind === "widget"));
      }
    }
    const med = (kind, key) => median(runs[kind].map((r) => r[key]));
    const summary = (kind) => ({
      lcp: med(kind, "lcp"),
      fcp: med(kind, "fcp"),
      rendered: med(kind, "rendered"),
      ...(kind === "widget" ? { ready: med(kind, "ready"), tap: med(kind, "tap") } : {}),
      bytesBeforeVisible: med(kind, "bytesBeforeVisible"),
      bytesTotal: med(kind, "bytesTotal"),
      lcpElement: runs[kind][0].lcpElement,
    });
    timings[name] = {
      widget: summary("widget"),
      static: summary("static"),
      lcpRatio: median(runs.widget.map((r, i) => r.lcp / runs.static[i].lcp)),
      runs,
    };
    const t = timings[name];
    console.log(`\n${name === "phone" ? "Phone (Slow 4G: 150 ms, 1.6 Mbit/s down, 750 kbit/s up; CPU 4x slower)" : "Desktop (no throttling)"}, brotli, ${RUNS} alternating cold runs, medians`);
    console.log("                  LCP     FCP  interactive  tap→answer  KB before visible  KB in all");
    for (const kind of ["widget", "static"]) {
      const k = t[kind];
      const interactive = kind === "widget" ? `${ms(k.ready)} ms` : "        —";
      const tap = kind === "widget" ? `${ms(k.tap)} ms` : "        —";
      console.log(`  ${kind.padEnd(8)}${ms(k.lcp)} ms${ms(k.fcp)}    ${interactive}   ${tap}   ${kb(k.bytesBeforeVisible)}        ${kb(k.bytesTotal)}`);
    }
    console.log(`  median LCP ratio widget/static: ${t.lcpRatio.toFixed(2)}   (largest element: widget ${t.widget.lcpElement}, static ${t.static.lcpElement})`);
  }

  // 3. First visit per language: what the widget's own files cost a reader.
  const perLanguage = {};
  for (const [lang, file] of [["en", "widget.html"], ["es", "widget-es.html"]]) {
    const r = await load(browser, `${base}/${file}`, PROFILES.phone, true);
    if (r.lang !== lang) throw new Error(`${file} rendered in ${r.lang}, not ${lang}`);
    perLanguage[lang] = r.widgetBytes;
  }
  console.log("\nFirst visit, the widget's files transferred (KB): " +
    Object.entries(perLanguage).map(([lang, bytes]) => `${lang} ${kb(bytes).trim()}`).join(", ") +
    (perLanguage.en === perLanguage.es ? " (one wasm holds both languages: the same bytes)" : ""));

  // 4. Memory.
  const { context, page } = await newPage(browser, PROFILES.desktop);
  await page.goto(`${base}/widget.html`);
  await page.evaluate(() => window.__ready);
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

  // 5. Lighthouse, alternating runs of the demo clinic page and the static page.
  const reports = join(root, "target/bench/lighthouse");
  mkdirSync(reports, { recursive: true });
  // On the demo page the largest paint is often the clinic's own
  // introduction, so the benchmark's widget page (the widget's text only) is
  // run as well.
  const pages = {
    demo: `http://127.0.0.1:${PORT}/widget/index.html`,
    widget: `${base}/widget.html`,
    static: `${base}/static.html`,
  };
  const lh = { demo: [], widget: [], static: [] };
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    for (const kind of i % 2 ? ["static", "widget", "demo"] : ["demo", "widget", "static"]) {
      lh[kind].push(await lighthouse(pages[kind], join(reports, `${kind}-${i + 1}.json`)));
    }
  }
  server.close();
  const LIGHTHOUSE_VERSION = JSON.parse(readFileSync(join(root, "node_modules/lighthouse/package.json"), "utf8")).version;
  const lighthouseSummary = {};
  console.log(`\nLighthouse ${LIGHTHOUSE_VERSION}, mobile preset, brotli, ${LIGHTHOUSE_RUNS} runs, medians (runs)`);
  console.log("                  score      FCP       LCP       TBT    CLS       KB");
  for (const kind of ["demo", "widget", "static"]) {
    const m = (key) => median(lh[kind].map((r) => r[key]));
    lighthouseSummary[kind] = { score: m("score"), lcp: m("lcp"), fcp: m("fcp"), cls: m("cls"), tbt: m("tbt"), bytes: m("bytes"), runs: lh[kind] };
    const list = (key) => lh[kind].map((r) => r[key].toFixed(0)).join(" ");
    console.log(`  ${kind.padEnd(8)}${ms(m("score"))}   ${ms(m("fcp"))} ms ${ms(m("lcp"))} ms ${ms(m("tbt"))} ms  ${m("cls").toFixed(2)}  ${kb(m("bytes"))}   (score ${list("score")}; LCP ${list("lcp")}; TBT ${list("tbt")})`);
  }

  const results = {
    date: new Date().toISOString(),
    files,
    brotliTotal: total("brotli"),
    runs: RUNS,
    timings,
    firstVisitWidgetBytes: perLanguage,
    memory: { afterLoad, afterOpen },
    lighthouse: { version: LIGHTHOUSE_VERSION, runs: LIGHTHOUSE_RUNS, ...lighthouseSummary },
  };
  writeFileSync(join(root, "target/bench/results.json"), JSON.stringify(results, null, 2));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
