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
// Raised from 111 KB to 111.3 KB for issue 13's emergency numbers by
// country (`content/regions.json`, the `region` attribute) and the clinic's
// contact slot: 0.7 KB, cut down from 2 KB first (see the README, "Size").
const CEILING = 111.3 * 1024;

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
