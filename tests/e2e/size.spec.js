// The size budget of what a clinic serves, brotli-compressed: the code (js +
// wasm) every reader downloads, and one language file per reader. Sizes are
// deterministic, so they are asserted; timings are not, so `cargo xtask
// bench` reports them instead.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { embedFiles, languageFiles, sizes } from "../bench/bench.mjs";

/** Issue 7's budget for everything, both languages included. */
const TARGET = 90 * 1024;
/**
 * What the build may not grow past: the measured size when it was last
 * lowered. Since release 0.3.5 the code is under TARGET (with the content
 * in the language files, which issue 15 budgets per reader below); this
 * keeps it from drifting back. Lower it, never raise it, without a reason in
 * the commit.
 */
// Raised from 111 KB to 116.8 KB (measured 116.7 KB) on 2026-11-26 for the
// clinical sign-off (issue 13): the independent review's corrections and new
// topics add 4.1 KB of text (both languages, brotli), the emergency numbers
// by country, review record and compact citations about 1.7 KB of code and
// markup; inlining the glue into the loader saved 0.35 KB. Each reader
// downloading only their language (issue 15) is what brings it down.
// Raised to 118.2 KB (measured 118.1 KB) on 2026-11-26 for reading on a phone
// (issue 14): the comparison's one-row-at-a-time view (its list, "Next", the
// state and focus), the closed source list and the phone-number spans cost
// 1.4 KB of code, markup and styles.
// Raised from 116.8 KB to 118.6 KB (measured 118.56 KB) on 2026-11-26 for
// the pre-rendered text (issue 15, part 2): the stylesheet moved from the
// wasm to the loader (wasm -2.1 KB, loader +2.1 KB), and the loader gained
// the fragments' SHA-384 values (14 of them, about 1 KB that does not
// compress) and the code that shows them (0.7 KB).
// Both together: 120.2 KB (measured 120.09 KB: wasm 110.1 KB, loader 10.0 KB).
// Raised to 120.4 KB (measured 120.32 KB): the loader carries over what a
// reader did in the pre-rendered text before the wasm ran (0.3 KB).
// Lowered to 97.1 KB (measured 97.07 KB): the content left the wasm
// (issue 15, part 3); each reader now downloads their language as a file
// (below), and the code holds none.
// Then 99.6 KB (measured 99.54 KB in release 0.3.0) with issue 15, part 4: no long
// task at the takeover on a phone (Lighthouse's total blocking time). The
// wasm +2.1 KB (its first render in stages, the closed answers filled a few
// per task, the FAQ's callbacks kept between renders so a stage does not
// render every question again), the loader +0.3 KB (a guide far below the
// fold fetches the wasm only when the reader comes near; the fragment
// hidden at the swap and removed a frame later).
// Lowered to 96.5 KB (measured 96.42 KB in release 0.3.1): the loader
// minified (-2.0 KB) and holding one hash per language rather than one per
// language and emergency-number group (-0.8 KB), and the takeover in fewer
// steps (wasm -0.3 KB). Raised to 96.7 KB (measured 96.63 KB): the first of
// those steps is the mounting alone again, which halved Lighthouse's
// blocking time (wasm +0.2 KB). Raised to 96.9 KB (measured 96.83 KB in
// release 0.3.2): the answers about emergencies give the reader's number,
// as a link, not only the safety box (wasm +0.2 KB). Then to 97.0 KB
// (measured 96.92 KB): the loader paints the header and the safety box a
// frame before the rest of the guide (+0.09 KB; the text shows about 0.1 s
// sooner on a phone). Then to 97.1 KB (measured 97.04 KB in release
// 0.3.3): a search for an emergency number highlights the reader's number
// in the answers (wasm +0.06 KB; the new version number moved its brotli
// size by another 0.05 KB), and the rest of the pre-rendered guide is
// completed at the takeover if its frame has not come (loader +0.01 KB).
// Lowered to 96.5 KB (measured 96.40 KB in release 0.3.3): no computed
// `class` left, so Yew's `Classes` set leaves the wasm (-0.6 KB).
// Lowered to 92.3 KB (measured 92.28 KB in release 0.3.4): a panic is a
// trap at once in a release build (src/embed/trap-panics.mjs), so the panic
// machinery and the formatting only its messages used leave the wasm
// (-4.1 KB), and the glue's imports for them leave the loader.
// Lowered to 88.5 KB (measured 88.41 KB in release 0.3.5), under issue 7's
// 90 KB: the widget formats nothing (no `format!`), so every formatter
// left becomes a trap too (-2.5 KB, and `debugString` leaves the glue,
// -0.3 KB), and no attribute goes through Yew's `IndexMap` (-1.1 KB); the
// loader's read-only guide, for when the wasm cannot start, adds 0.09 KB.
// Raised to 88.6 KB (measured 88.59 KB in release 0.3.6): where the wasm
// cannot start, the loader fills in every answer and the list of all
// sources from the language's answers file, which only those readers fetch
// (loader +0.17 KB; the answers file's hash, in the language file, +0.02 KB);
// after a crash it opens the answers the wasm had filled in (+0.06 KB); the
// source list's links are far enough apart to tap (+0.01 KB).
// Raised to 89.0 KB (measured 88.88–88.90 KB in release 0.3.7): the comparison's
// picker names each treatment with a boxed warning (wasm +0.18 KB), the
// answer about taking too much gives the reader's poison or urgent-advice
// line (`{other_numbers}`: wasm +0.02 KB, loader +0.04 KB); the rest,
// +0.07 KB, is the new version number and where brotli's blocks fall.
const CEILING = 89.0 * 1024;

test("the files a clinic serves stay within the size ceiling", () => {
  const files = sizes();
  const names = files.map((f) => f.file);
  expect(names).toContain("baclofen-guide.js");
  expect(names.filter((n) => n.endsWith("_bg.wasm"))).toHaveLength(1);
  const total = files.reduce((sum, f) => sum + f.brotli, 0);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`brotli total ${kb(total)} (target ${kb(TARGET)}, ceiling ${kb(CEILING)})`);
  expect(total).toBeLessThanOrEqual(CEILING);
});

// A reader fetches the loader, then their language's file, whose HTML shows
// as soon as it has come (before the content after it); the wasm follows.
// Issue 15's budget for the bytes before the text is visible.
const BEFORE_VISIBLE = 20 * 1024;
// A first visit in each language: the loader, the wasm and the largest file
// of that language. Issue 15's targets are 105 / 107 KB; these ceilings are
// what was measured (2026-11-26) when the content left the wasm and the
// takeover came in steps: 114.77 / 116.54 KB (with both languages in the
// wasm, 127.56 / 128.48 KB); then 111.77 / 113.55 KB in release 0.3.1 (the
// loader minified, one file per language); raised to 111.9 / 113.7 KB
// (measured 111.86 / 113.64 KB) for the reader's phone numbers as tel:
// links (+0.06 KB in each language file, +0.02 KB in the loader's styles);
// then to 112.1 / 113.9 KB (measured 112.05 / 113.83 KB) with the code's
// ceiling above; then to 112.4 / 114.2 KB (measured 112.35 / 114.13 KB in
// release 0.3.2) with the code's ceiling above, for the reader's number in
// the answers and the header painted first; then to 112.6 / 114.4 KB
// (measured 112.55 / 114.28 KB in release 0.3.3; the same code built with
// another version number compressed 0.05 KB apart) with the code's ceiling
// above and two synonym groups, the emergency numbers and "call" / "ring"
// (+0.09 / +0.04 KB in the language files); then lowered to 112.0 /
// 113.7 KB (measured 111.92 / 113.64 KB) with the code's ceiling above;
// then to 107.8 / 109.6 KB (measured 107.71 / 109.50 KB in release 0.3.4)
// with the code's ceiling above (the language files -0.07 / +0.00 KB, from
// the new version number); then to 103.9 / 105.7 KB (measured 103.87 /
// 105.67 KB in release 0.3.5, within issue 15's targets) with the code's
// ceiling above; then raised to 104.1 / 105.9 KB (measured 104.07 /
// 105.85 KB in release 0.3.6) with the code's ceiling above; then to
// 104.6 / 106.4 KB (measured 104.51 / 106.31 KB in release 0.3.7) with the
// code's ceiling above, and the pump's callout once per emergency-number
// group in the language files (+0.02 KB each); then to 104.7 / 106.5 KB
// (measured 104.62 / 106.42 KB in release 0.3.8): the wasm built from the
// same code compressed to 0.10 KB more with version 0.3.8 in it than with
// 0.3.7 (81,631 against 81,733 bytes); the new review label costs nothing
// in the wasm, which leaves it blank.
// Lower them, never raise them, without a reason.
const FIRST_VISIT = { en: 104.7 * 1024, es: 106.5 * 1024 };

test("the text arrives in few bytes, and each language's first visit stays within its ceiling", () => {
  const code = sizes();
  const loader = code.find((f) => f.file === "baclofen-guide.js").brotli;
  const all = code.reduce((sum, f) => sum + f.brotli, 0);
  const files = sizes(languageFiles());
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  for (const lang of ["en", "es"]) {
    const mine = files.filter((f) => f.file.startsWith(`guide-${lang}-`));
    // One per language, for every emergency-number group.
    expect(mine.length, lang).toBe(1);
    const [{ brotli: file, htmlBrotli: html }] = mine;
    console.log(`${lang}: before visible ${kb(loader + html)}, first visit ${kb(all + file)}`);
    expect(loader + html, lang).toBeLessThanOrEqual(BEFORE_VISIBLE);
    expect(all + file, lang).toBeLessThanOrEqual(FIRST_VISIT[lang]);
  }
});

test("a reader downloads one language: the code holds no content, and another language adds no content to it", () => {
  const at = (path) => new URL(`../../${path}`, import.meta.url);
  const wasm = readFileSync(at(`dist/${sizes().find((f) => f.file.endsWith("_bg.wasm")).file}`));
  const loader = readFileSync(at("dist/baclofen-guide.js"), "utf8");
  for (const lang of ["en", "es"]) {
    const faq = JSON.parse(readFileSync(at(`content/${lang}/faq.json`), "utf8"));
    const questions = JSON.stringify(faq).match(/"question":\s*"[^"]+"/g).map((q) => JSON.parse(`{${q}}`).question);
    expect(questions.length, lang).toBeGreaterThan(10);
    for (const question of questions) {
      expect(wasm.includes(Buffer.from(question)), `${lang}: "${question}" in the wasm`).toBe(false);
      expect(loader.includes(question), `${lang}: "${question}" in the loader`).toBe(false);
    }
  }
  // What a language adds to the code every reader downloads: its entry in
  // the loader's list (its name, review date, the countries of each
  // emergency-number group, the SHA-384 of its file and 22 characters of
  // that of its HTML, which do not compress): 55 bytes on 2026-11-26, in
  // release 0.3.1 (520 bytes before, with a file per emergency-number
  // group). Not 0, as issue 15 asks: the loader must pin every file a reader
  // may fetch before the text shows, or the text waits for one more
  // request, and only a full SHA-384 works where a page has no SubtleCrypto.
  // Measured by taking Spanish out of the list. The 86 characters of hash
  // carry 64.5 bytes that no compressor can shrink, and where the entry
  // falls in brotli's blocks moves the rest by tens of bytes from one build
  // to the next (55 in 0.3.1, 103 in 0.3.2, 40 in 0.3.3 and 75 in 0.3.4,
  // with the same list): hence 128.
  const br = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  // The build stamps the list in as JSON, English first, after minifying.
  const start = loader.indexOf('{"en":[');
  const list = loader.slice(start, loader.indexOf("}", start) + 1);
  const { es, ...others } = JSON.parse(list);
  expect(es).toBeDefined();
  const added = br(loader) - br(loader.replace(list, JSON.stringify(others)));
  console.log(`a language adds ${added} bytes (brotli) to the loader, and no content`);
  expect(added).toBeLessThanOrEqual(128);
});

test("the iframe embed adds little: its page, its script and the parent's helper", () => {
  const files = sizes(embedFiles());
  expect(files.map((f) => f.file).sort()).toEqual(["embed-page.js", "embed-resize.js", "embed.html"]);
  const total = files.reduce((sum, f) => sum + f.brotli, 0);
  console.log(`iframe embed: ${total} bytes brotli`);
  expect(total).toBeLessThanOrEqual(1536);
});
