// Trunk post-build hook: writes dist/baclofen-guide.js, the stable-named
// module clinics load, from src/embed/baclofen-guide.js, pointing it at the
// hashed wasm and JS glue that Trunk just built. It drops the comments from
// both JS files (1.2 KB of brotli a patient would download) and shortens the
// names the wasm and the glue share (shorten-names.mjs); Trunk's minifier is
// off because it breaks wasm-bindgen's output.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { shortenNames } from "./shorten-names.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? ".";
if (!staging) throw new Error("run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)");

const wasm = readdirSync(staging).filter((f) => f.endsWith("_bg.wasm"));
if (wasm.length !== 1) throw new Error(`expected one *_bg.wasm in ${staging}, found: ${wasm.join(", ") || "none"}`);
const glue = wasm[0].replace(/_bg\.wasm$/, ".js");

/** Removes whole-line comments: `/** … *\/` blocks and `//` lines, nothing inside code. */
const stripComments = (js) =>
  js.replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*\n/gm, "").replace(/^[ \t]*\/\/.*\n/gm, "");

const loader = stripComments(readFileSync(join(source, "src/embed/baclofen-guide.js"), "utf8"))
  .replace("__CORE_JS__", `./${glue}`)
  .replace("__CORE_WASM__", `./${wasm[0]}`);
writeFileSync(
  join(staging, "baclofen-guide.js"),
  `// Baclofen Guide: the loader for <baclofen-guide> elements.\n${loader}`,
);
const gluePath = join(staging, glue);
const wasmPath = join(staging, wasm[0]);
const short = shortenNames(readFileSync(wasmPath), stripComments(readFileSync(gluePath, "utf8")));
writeFileSync(gluePath, short.glue);
writeFileSync(wasmPath, short.wasm);

// With inject_scripts off, Trunk leaves its own rust <link> in index.html.
const index = join(staging, "index.html");
writeFileSync(index, readFileSync(index, "utf8").replace(/\s*<link data-trunk rel="rust"[^>]*>/, ""));
console.log(`baclofen-guide.js -> ${glue}, ${wasm[0]} (${short.renamed} names shortened)`);
