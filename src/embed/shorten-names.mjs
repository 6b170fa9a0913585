// Shortens the names wasm-bindgen gives the functions the wasm and its JS glue
// pass each other (`__wbg_addEventListener_f2d27251d333a631`, …) to `$0`,
// `$1`, … in both files. The 16-digit hashes in those names do not compress:
// shortening them takes about 3 KB of brotli off what a patient downloads.
// The widget's own exports (`mount`, `liveWidgets`, …) and `memory` keep
// their names. The glue's imports the wasm no longer has are dropped.

const GENERATED = /^(__wbg_|__wbindgen_|wasm_bindgen__)/;

/**
 * @param {Uint8Array} wasm the `_bg.wasm` wasm-bindgen wrote
 * @param {string} glue the JS glue wasm-bindgen wrote with it
 * @returns {{ wasm: Uint8Array, glue: string, renamed: number, unused: number }}
 */
export function shortenNames(wasm, glue) {
  const names = new Map();
  const rename = (name) => {
    if (!GENERATED.test(name)) return name;
    if (!names.has(name)) names.set(name, `$${names.size.toString(36)}`);
    return names.get(name);
  };

  // The names the wasm imports, before shortening.
  const imported = new Set();
  const out = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const header = reader(wasm, at + 1);
    const size = header.leb();
    const start = header.at();
    const end = start + size;
    if (id !== 2 && id !== 7) {
      out.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    // The import (2) or export (7) section, rebuilt with the new names.
    const r = reader(wasm, start);
    const body = [];
    const count = r.leb();
    body.push(leb(count));
    for (let i = 0; i < count; i++) {
      if (id === 2) body.push(name(r.name()));
      const oldName = r.name();
      if (id === 2) imported.add(oldName);
      const entryName = rename(oldName);
      const descStart = r.at();
      const kind = r.byte();
      if (id === 7 || kind === 0) r.leb(); // function type, or exported index
      else if (kind === 1) (r.byte(), r.limits()); // table: element type, limits
      else if (kind === 2) r.limits(); // memory
      else if (kind === 3) (r.byte(), r.byte()); // global: type, mutability
      else if (kind === 4) (r.byte(), r.leb()); // tag
      else throw new Error(`shorten-names: unknown import kind ${kind}`);
      body.push(name(entryName), wasm.subarray(descStart, r.at()));
    }
    if (r.at() !== end) throw new Error(`shorten-names: section ${id} was not read to its end`);
    const content = concat(body);
    out.push(Uint8Array.of(id), leb(content.length), content);
    at = end;
  }

  // The glue's imports the wasm no longer has (wasm-opt removed them after
  // trap-panics.mjs: the panic hook's console calls) go, rather than ship
  // unused in the loader.
  let unused = 0;
  const pruned = glue.replace(/^ {8}([\w$]+): function\([^)]*\) \{\n[\s\S]*?^ {8}\},\n/gm, (entry, key) => {
    if (!GENERATED.test(key) || imported.has(key)) return entry;
    unused++;
    return "";
  });
  for (const key of imported) {
    if (!pruned.includes(`        ${key}: function(`)) throw new Error(`shorten-names: the wasm imports ${key}, which the glue does not define`);
  }

  // Each old name is a whole identifier in the glue: an object key, a
  // `wasm.` property or a function of the same name.
  let renamed = pruned;
  for (const [old, short] of names) {
    renamed = renamed.replace(new RegExp(`(?<![\\w$])${old}(?![\\w$])`, "g"), short);
  }
  return { wasm: concat(out), glue: renamed, renamed: names.size, unused };
}

function leb(value) {
  const bytes = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    bytes.push(byte);
  } while (value);
  return Uint8Array.from(bytes);
}

function name(text) {
  const bytes = new TextEncoder().encode(text);
  return concat([leb(bytes.length), bytes]);
}

function concat(parts) {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/**
 * Reads a wasm binary from `at`: unsigned LEB128 numbers (a non-negative
 * signed one reads the same), names, limits and bytes.
 */
export function reader(bytes, at) {
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const name = () => {
    const length = leb();
    const text = new TextDecoder().decode(bytes.subarray(at, at + length));
    at += length;
    return text;
  };
  const limits = () => {
    const flags = bytes[at++];
    leb();
    if (flags & 1) leb();
  };
  return { leb, name, limits, byte: () => bytes[at++], at: () => at };
}
