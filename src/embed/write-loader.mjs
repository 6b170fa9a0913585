// Trunk post-build hook. In release builds it first makes the wasm small:
// panics become traps (trap-panics.mjs), then wasm-opt runs (Trunk's own is
// off, as it would run before that step). It writes dist/baclofen-guide.js,
// the stable-named module clinics load, from src/embed/baclofen-guide.js,
// with the JS glue Trunk just built inlined (so the script tag's
// `integrity` covers it) and pointing it at the hashed wasm, with the
// wasm's SHA-384 for fetch() to check. It shortens the names the wasm and
// the glue share (shorten-names.mjs) and minifies the whole with terser,
// once the glue is inlined (Trunk's own minifier is off: it breaks
// wasm-bindgen's output).
//
// It also runs the pre-renderer (prerender/, natively, with the same
// components): one file per language, the HTML of the first render (with
// the emergency callout of each emergency-number group) followed by the
// language's content for the wasm, written as guide-<lang>-<hash>.html, and
// the stylesheet; it stamps both, with each file's SHA-384, into the loader.
// Each language also has an answers file (answers-<lang>-<hash>.html), which
// only a reader whose wasm cannot start fetches.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { minify } from "terser";
import { shortenNames } from "./shorten-names.mjs";
import { trapPanics } from "./trap-panics.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? ".";
if (!staging) throw new Error("run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)");

const wasm = readdirSync(staging).filter((f) => f.endsWith("_bg.wasm"));
if (wasm.length !== 1) throw new Error(`expected one *_bg.wasm in ${staging}, found: ${wasm.join(", ") || "none"}`);
const glue = wasm[0].replace(/_bg\.wasm$/, ".js");

/** The Subresource Integrity value of `bytes`. */
const sha384 = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

/** Removes whole-line comments: `/** … *\/` blocks and `//` lines, nothing inside code. */
const stripComments = (js) =>
  js.replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*\n/gm, "").replace(/^[ \t]*\/\/.*\n/gm, "");

// The release's version: the widget crate's, in Cargo.toml (the wasm shows the same).
const version = readFileSync(join(source, "Cargo.toml"), "utf8").match(/^\[package\][^[]*?^version = "([^"]+)"/m)?.[1];
if (!version) throw new Error("write-loader: no [package] version in Cargo.toml");

const gluePath = join(staging, glue);
const wasmPath = join(staging, wasm[0]);
if (process.env.TRUNK_PROFILE === "release") {
  const trapped = trapPanics(readFileSync(wasmPath), readFileSync(gluePath, "utf8"));
  writeFileSync(wasmPath, trapped.wasm);
  // npm binaryen's, the version Trunk.toml names. Repeating -Oz until
  // nothing changes, and knowing that the first 1 KB of memory is unused
  // (Rust puts the 1 MB stack there, growing down), takes 1.2 KB more off.
  execFileSync(
    join(source, "node_modules/.bin/wasm-opt"),
    ["-Oz", "--converge", "--low-memory-unused", "--strip-debug", "--strip-producers", wasmPath, "-o", wasmPath],
    { stdio: "inherit" },
  );
  console.log(`${wasm[0]}: ${trapped.panics} panic functions and ${trapped.formatters} formatting functions made traps, then wasm-opt`);
  if (trapped.formats) {
    console.warn(`write-loader: the wasm formats text (${trapped.formats}), so Rust's formatting code stays in it: about 1.5 KB. Build strings with concat() instead.`);
  }
}
const short = shortenNames(readFileSync(wasmPath), stripComments(readFileSync(gluePath, "utf8")));
writeFileSync(wasmPath, short.wasm);
// The glue is inlined into the loader (see inlineGlue): no separate file.
rmSync(gluePath);

// The language files. The loader finds each by its SHA-384 (`fileOf()` in
// baclofen-guide.js builds the same name).
const scratch = join(staging, "prerender.tmp");
execFileSync("cargo", ["run", "--quiet", "--package", "baclofen-guide-prerender", "--", scratch], {
  cwd: source,
  stdio: "inherit",
});
const languages = {};
for (const { lang, name, next_review: next, due, groups } of JSON.parse(readFileSync(join(scratch, "prerender.json"), "utf8"))) {
  // Its answers file, fetched only where the wasm cannot start, is pinned
  // by the language file's last part, 22 characters (132 bits) of its
  // SHA-384, as the HTML is: not in the loader, which every reader
  // downloads, once per language.
  const answers = readFileSync(join(scratch, `answers-${lang}.html`));
  const answersHash = sha384(answers).slice(7, 29);
  writeFileSync(join(staging, `answers-${lang}-${answersHash.replace(/[+/]/g, "_")}.html`), answers);
  const file = Buffer.concat([readFileSync(join(scratch, `guide-${lang}.html`)), Buffer.from(`\x1e${answersHash}`)]);
  const integrity = sha384(file);
  writeFileSync(join(staging, `guide-${lang}-${integrity.slice(7, 23).replace(/[+/]/g, "_")}.html`), file);
  // The HTML is checked on its own as it arrives: 22 characters (132 bits) of its hash.
  const htmlHash = sha384(file.subarray(0, file.indexOf(0x1e))).slice(7, 29);
  languages[lang] = [name, next, due, groups, integrity, htmlHash];
}
const styles = readFileSync(join(scratch, "styles.css"), "utf8");
rmSync(scratch, { recursive: true });

const code = stripComments(readFileSync(join(source, "src/embed/baclofen-guide.js"), "utf8"))
  .replace('"__GLUE__";', () => inlineGlue(short.glue))
  .replace("__CORE_WASM__", `./${wasm[0]}`)
  .replace("__CORE_WASM_INTEGRITY__", sha384(short.wasm))
  .replace("__VERSION__", version);
// Minified: 2 KB less brotli before the text shows. `wasm` and `trustedHTML`
// keep their names so that build.spec.js can check what the glue uses.
const minified = await minify(code, {
  module: true,
  ecma: 2020,
  compress: { passes: 2 },
  mangle: { reserved: ["wasm", "trustedHTML"] },
  format: { comments: false, preamble: "// Baclofen Guide: the loader for <baclofen-guide> elements." },
});
const stamp = (js, name, value) => {
  const parts = js.split(name);
  if (parts.length !== 2) throw new Error(`write-loader: expected ${name} once in the minified loader, found ${parts.length - 1}`);
  return parts.join(value);
};
writeFileSync(
  join(staging, "baclofen-guide.js"),
  stamp(stamp(minified.code, "__STYLES__", JSON.stringify(styles)), "__LANGUAGES__", JSON.stringify(languages)),
);

// The iframe embed: embed.html loads the loader and embed-page.js, each
// pinned by its integrity value; embed-resize.js is for the clinic's page.
const copyScript = (name, header) => {
  const js = `// ${header}\n${stripComments(readFileSync(join(source, "src/embed", name), "utf8"))}`;
  writeFileSync(join(staging, name), js);
  return js;
};
const embedPage = copyScript("embed-page.js", "Baclofen Guide: the script of embed.html.");
copyScript("embed-resize.js", "Baclofen Guide: sizes iframes showing embed.html (optional, on the clinic's page).");
writeFileSync(
  join(staging, "embed.html"),
  readFileSync(join(source, "src/embed/embed.html"), "utf8")
    .replace(/\s*<!--[\s\S]*?-->/g, "")
    .replace("__LOADER_INTEGRITY__", sha384(readFileSync(join(staging, "baclofen-guide.js"))))
    .replace("__EMBED_PAGE_INTEGRITY__", sha384(embedPage)),
);

// With inject_scripts off, Trunk leaves its own rust <link> in index.html.
const index = join(staging, "index.html");
writeFileSync(index, readFileSync(index, "utf8").replace(/\s*<link data-trunk rel="rust"[^>]*>/, ""));
console.log(`baclofen-guide.js: ${glue} inlined, -> ${wasm[0]} (${short.renamed} names shortened, ${short.unused} unused imports dropped), ${Object.keys(languages).length} language files`);

/**
 * The glue as the body of the loader's `startGlue()`: its exports become the
 * object it returns, and its one raw-HTML sink (Yew's innerHTML) goes through
 * the loader's Trusted Types policy. Fails the build if wasm-bindgen's output
 * changed shape, or gained another raw-HTML sink, rather than ship it unchecked.
 */
function inlineGlue(js) {
  const names = [];
  let started = false;
  let body = js
    // The loader starts the wasm once, from a fetch() Response: initSync and
    // __wbg_init's other ways to be called would be dead code.
    .replace(/^function initSync\(module\) \{\n[\s\S]*?\n\}\n/m, "")
    .replace(/^export \{ initSync, /m, "export { ")
    // __wbg_load's branch for a compiled module rather than a fetch() Response.
    .replace(/\n {4}\} else \{\n {8}const instance = await WebAssembly\.instantiate\(module, imports\);\n[\s\S]*?\n {4}\}\n/, "\n    }\n")
    .replace(/^let __wbg_init_promise;\n[\s\S]*?^async function __wbg_init_once\([\s\S]*?\n\}\n/m, () => {
      started = true;
      return "async function __wbg_init(response) {\n    const { instance, module } = await __wbg_load(await response, __wbg_get_imports());\n    return __wbg_finalize_init(instance, module);\n}\n";
    })
    .replace(/^export (class|function|async function) ([\w$]+)/gm, (_, kind, name) => (names.push(name), `${kind} ${name}`))
    .replace(/^export \{([^}]*)\};?$/m, (_, list) => {
      for (const item of list.split(",")) {
        const [local, as = local] = item.trim().split(/\s+as\s+/);
        names.push(as === local ? local : `${as}: ${local}`);
      }
      return "";
    });
  if (/^\s*(export|import)\b/m.test(body) || !started || names.join() !== names.filter((n) => n !== "initSync").join() || !names.includes("default: __wbg_init")) {
    throw new Error("write-loader: the glue's exports are not what inlineGlue expects");
  }
  let routed = 0;
  body = body.replace(/\.innerHTML = (getStringFromWasm0\(\w+, \w+\));/g, (_, string) => (routed++, `.innerHTML = trustedHTML(${string});`));
  const sinks = body.match(/\.(innerHTML|outerHTML|srcdoc)\s*=|insertAdjacentHTML|createContextualFragment|parseFromString|setHTMLUnsafe|document\.write|\beval\(|new Function/g) ?? [];
  if (routed !== 1 || sinks.length !== routed || /\btrustedHTML\b\s*[=(,]/.test(js)) {
    throw new Error(`write-loader: expected one innerHTML sink in the glue to route through Trusted Types, found ${routed} routed and ${sinks.join(", ")}`);
  }
  return `${body}\n  return { ${names.join(", ")} };`;
}
