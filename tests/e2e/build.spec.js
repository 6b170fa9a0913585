// The release build's post-processing (src/embed/write-loader.mjs): the
// shortened names still join the wasm and its JS glue, no wasm-bindgen
// hash is left to download, and no formatter that can run becomes a trap.
// (Every other spec proves the widget still runs.)
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { widgetFiles } from "../bench/bench.mjs";
import binaryen from "binaryen";
import { trapPanics } from "../../src/embed/trap-panics.mjs";

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

/**
 * A module with Rust's names: a `Display` impl that only the function table
 * reaches (its index in a vtable in the data), and, if `toString`, an
 * exported `to_string` on a `dyn Display`, which calls it through the table.
 */
function formattingFixture(toString) {
  const m = new binaryen.Module();
  const pair = binaryen.createType([binaryen.i32, binaryen.i32]);
  // trap-panics fails a build without these.
  for (const name of ["core::panicking::panic_fmt", "core::panicking::panic_bounds_check", "core::option::unwrap_failed"]) {
    m.addFunction(name, binaryen.none, binaryen.none, [], m.nop());
  }
  const display = "<baclofen_guide::Thing as core::fmt::Display>::fmt";
  m.addFunction(display, pair, binaryen.i32, [], m.i32.const(0));
  m.addTable("table", 2, 2);
  m.addActiveElementSegment("table", "elements", [display], m.i32.const(1));
  m.addTableExport("table", "table");
  m.setMemory(1, 1, "memory", [{ offset: m.i32.const(8), data: new Uint8Array([1, 0, 0, 0]) }]);
  if (toString) {
    const name = "<dyn core::fmt::Display as alloc::string::ToString>::to_string";
    const args = [m.local.get(0, binaryen.i32), m.local.get(0, binaryen.i32)];
    m.addFunction(name, pair, binaryen.i32, [], m.call_indirect("table", m.local.get(1, binaryen.i32), args, pair, binaryen.i32));
    m.addFunctionExport(name, "to_string");
  }
  const debug = binaryen.getDebugInfo();
  binaryen.setDebugInfo(true); // keeps the names
  const wasm = m.emitBinary();
  binaryen.setDebugInfo(debug);
  m.dispose();
  return wasm;
}

// A release build makes the formatting nothing can reach a trap
// (src/embed/trap-panics.mjs). A `to_string` on a `dyn Display` formats
// without `fmt::write`: if a dependency brings one in, its formatters must
// stay (a trap there would stop the widget), and the build log says so.
test("trap-panics keeps a formatter that to_string on a dyn Display reaches, and traps one nothing reaches", () => {
  const reached = trapPanics(formattingFixture(true), "");
  expect(reached.formatters).toBe(0);
  expect(reached.formats).toContain("dyn core::fmt::Display as alloc::string::ToString");
  const unreached = trapPanics(formattingFixture(false), "");
  expect(unreached.formatters).toBe(1);
  expect(unreached.formats).toBeUndefined();
});
