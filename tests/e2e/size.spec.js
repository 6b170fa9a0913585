// The size budget of what a clinic serves (js + wasm), brotli-compressed.
// Sizes are deterministic, so they are asserted; timings are not, so
// `cargo xtask bench` reports them instead.
import { test, expect } from "@playwright/test";
import { embedFiles, sizes } from "../bench/bench.mjs";

/** Issue 7's budget for everything, both languages included. */
const TARGET = 90 * 1024;
/**
 * What the build may not grow past: the measured size when it was last
 * lowered. The widget is over TARGET (see the README, "Size"); this keeps it
 * from drifting further while it is brought down. Lower it, never raise it,
 * without a reason in the commit.
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
const CEILING = 118.2 * 1024;

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

test("the iframe embed adds little: its page, its script and the parent's helper", () => {
  const files = sizes(embedFiles());
  expect(files.map((f) => f.file).sort()).toEqual(["embed-page.js", "embed-resize.js", "embed.html"]);
  const total = files.reduce((sum, f) => sum + f.brotli, 0);
  console.log(`iframe embed: ${total} bytes brotli`);
  expect(total).toBeLessThanOrEqual(1536);
});
