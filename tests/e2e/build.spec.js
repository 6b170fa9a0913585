// The release build's post-processing (src/embed/write-loader.mjs): the
// shortened names still join the wasm and its JS glue, and no wasm-bindgen
// hash is left to download. (Every other spec proves the widget still runs.)
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { widgetFiles } from "../bench/bench.mjs";

const files = widgetFiles();
const wasmFile = files.find((f) => f.endsWith("_bg.wasm"));
// The glue is inlined into the loader.
const glueFile = files.find((f) => f.endsWith("/baclofen-guide.js"));
const module = new WebAssembly.Module(readFileSync(wasmFile));
const glue = readFileSync(glueFile, "utf8");

test("every function the wasm imports is given by the glue", () => {
  const imports = WebAssembly.Module.imports(module);
  expect(imports.length).toBeGreaterThan(50);
  const missing = imports.filter((i) => !new RegExp(`[{,\\s]\\${i.name}:`).test(glue));
  expect(missing.map((i) => i.name)).toEqual([]);
});

test("everything the glue uses from the wasm is exported", () => {
  const exported = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  const used = [...new Set([...glue.matchAll(/\bwasm\.([\w$]+)/g)].map((m) => m[1]))];
  expect(used.length).toBeGreaterThan(10);
  expect(used.filter((name) => !exported.has(name))).toEqual([]);
});

test("no long generated names or comments are left in what is downloaded", () => {
  const names = [
    ...WebAssembly.Module.imports(module).map((i) => i.name),
    ...WebAssembly.Module.exports(module).map((e) => e.name),
  ];
  expect(names.filter((n) => /[0-9a-f]{16}/.test(n))).toEqual([]);
  // The only hash left is in the wasm's file name.
  expect(glue.replaceAll(wasmFile.split("/").pop(), "")).not.toMatch(/[0-9a-f]{16}/);
  expect(glue).not.toMatch(/^\s*\/\*\*/m);
});

test("the loader holds the glue: the wasm is the only other file it loads", () => {
  const names = files.map((f) => f.split("/").pop()).filter((f) => /\.(js|wasm)$/.test(f));
  expect(names.sort()).toEqual(["baclofen-guide.js", wasmFile.split("/").pop()].sort());
  expect(glue).not.toMatch(/\bimport\(/);
});

test("the glue's one raw-HTML sink goes through the Trusted Types policy", () => {
  // (The others are the loader's probe, an empty string, and its insertion
  // of the pre-rendered HTML, through the same policy.)
  // (Minified: what follows each `.innerHTML=` is all that is checked.)
  const sinks = [...glue.matchAll(/\.innerHTML\s*=\s*(""|trustedHTML\(|)/g)].map((m) => m[1]);
  expect(sinks.sort()).toEqual(['""', "trustedHTML(", "trustedHTML("]);
});
