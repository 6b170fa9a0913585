// Release builds: a Rust panic stops the wasm with a trap at once, as the
// unstable `-Cpanic=immediate-abort` would, instead of first formatting a
// message for the panic hook. The loader shows the failure message for a
// trap as for a panic (`onTrap` in baclofen-guide.js); the console gets the
// trap and its stack, not the message. The panic machinery and the
// formatting only its messages use (the widget itself formats nothing) are
// about 5.6 KB of brotli every reader downloads (README, "Size"). Debug
// builds (`trunk serve`) keep the messages.
//
// Run on wasm-bindgen's output, which still has the functions' names, before
// wasm-opt; wasm-opt then removes what only a panic used. The same idea as
// the Rust and WebAssembly working group's `wasm-snip`, with npm binaryen's
// JS API (already here for wasm-opt).
import binaryen from "binaryen";
import { reader } from "./shorten-names.mjs";

// Where every panic in the standard library and our dependencies starts:
// the bodies become `unreachable`. Only functions that panic, and nothing
// else, may be listed (std::panicking::set_hook, for one, runs at mounting).
const PANICS = new RegExp(
  [
    String.raw`^(core|alloc)(\[[0-9a-f]+\])?::(panicking::|result::unwrap_failed|option::(unwrap|expect)_failed` +
      String.raw`|str::slice_error_fail|slice::index::slice_index_fail|slice::copy_from_slice_impl::len_mismatch_fail` +
      String.raw`|cell::panic_already_(mutably_)?borrowed|cell::lazy::panic_poisoned|raw_vec::(handle_error|capacity_overflow)|alloc::handle_alloc_error)`,
    String.raw`^std(\[[0-9a-f]+\])?::thread::local::panic_access_error`,
    String.raw`^<alloc(\[[0-9a-f]+\])?::vec::Vec<_, _>>::\w+::assert_failed$`,
    String.raw`^<?hashbrown(\[[0-9a-f]+\])?::raw::Fallibility>?::capacity_overflow`,
    String.raw`^wasm_bindgen::__rt::borrow_fail::`,
    // Panic hooks: with the above, no panic reaches one. Yew installs this
    // one in release builds (src/embed.rs installs its own in debug builds).
    String.raw`^console_error_panic_hook::hook::`,
  ].join("|"),
);

// The formatting: `Debug` and `Display` impls, panic payloads, the
// `write_fmt` of a `dyn fmt::Write` vtable. Reached through the function
// table (as `&dyn Debug` in a panic message's arguments, or a payload's
// methods), so wasm-opt cannot tell they are unused. Two ways to tell here
// (formatters only: other functions in the table are reached in ways this
// does not see, as the glue calls closures through exports):
// - one nothing calls directly whose table index is nowhere any more (not in
//   the code, the data or the glue, below) is dead;
// - only `core::fmt::write` and the panic runtime call them through the
//   table, and `to_string` on a `dyn Display` (below). Anything else calls
//   them directly, as `to_string` calls a `Display` impl (and is then seen
//   here): a `Formatter` is made only there (a `&mut dyn fmt::Write` formats
//   through `fmt::write`). So once no code outside this set reaches those,
//   every one not called directly is dead wherever its table index lies,
//   for instance in the vtables a panic message left in the data.
// (A name may end in a hash, `::h…`, or in binaryen's `[n]` for a duplicate.)
const FORMATTING =
  /fmt::(Debug|Display)>::fmt(::h[0-9a-f]{16})?(\[\d+\])?$|::panic::PanicPayload>::\w+|fmt::Write>::write_fmt|^core::fmt::Write::write_fmt::|^<?std(\[[0-9a-f]+\])?::panicking::/;
// What calls them through the table: `fmt::write`, the panic runtime (a
// payload's methods), and a `to_string` that calls through the table
// (TO_STRING, with a `call_indirect`): on a `&dyn Display`, say.
const TO_STRING = /ToString>::(spec_)?to_string/;
const CALLERS =
  /^core(\[[0-9a-f]+\])?::fmt::write$|^std(\[[0-9a-f]+\])?::panicking::(panic_with_hook|rust_panic_with_hook|panic_handler|begin_panic)|(^|::)(rust_begin_unwind|rust_panic|__rust_start_panic)$|__rust_end_short_backtrace/;

// Operations whose 32-bit constant operand is a number (an offset, a
// length, a bound), not a function's index.
const ARITHMETIC = /^i32\.(add|sub|mul|div_[su]|rem_[su]|eq|ne|[lg][te]_[su])$/;

/**
 * @param {Uint8Array} wasm wasm-bindgen's output, with its name section
 * @param {string} glue the JS glue wasm-bindgen wrote with it
 * @returns {{ wasm: Uint8Array, panics: number, formatters: number, formats: string | undefined }}
 *   `formats`: where the wasm still formats text, if it does
 */
export function trapPanics(wasm, glue) {
  const module = binaryen.readBinary(wasm);
  try {
    const trap = ([ref]) => binaryen.Function.setBody(ref, module.unreachable());

    const panics = [];
    for (let i = 0; i < module.getNumFunctions(); i++) {
      const ref = module.getFunctionByIndex(i);
      const info = binaryen.getFunctionInfo(ref);
      if (!info.module && PANICS.test(info.name)) panics.push([ref, info.name]);
    }
    // Rust renamed something: fail the build rather than ship the messages unnoticed.
    for (const needed of [/::panicking::panic_fmt$/, /::panicking::panic_bounds_check$/, /::option::unwrap_failed$/]) {
      if (!panics.some(([, name]) => needed.test(name))) throw new Error(`trap-panics: no function matching ${needed} in the wasm`);
    }
    panics.forEach(trap);
    // Drops the functions only those panics called, and the code that built their messages.
    module.runPasses(["remove-unused-module-elements"]);

    // Where a table index can still come from: a constant in the code (not
    // one added to or compared with something, an offset or a length that
    // happens to equal it; either half of a 64-bit one, where two stores
    // were merged), an aligned word in the data (a vtable), or a number in
    // the glue. And the functions called directly, or exported.
    const used = new Set();
    const called = new Set();
    const callees = new Map(); // function -> the functions it calls directly
    const indirect = new Set(); // the functions that call through the table
    let current = null;
    const parents = [];
    const nameOf = (quoted, bare) => (quoted === undefined ? bare : JSON.parse(`"${quoted}"`));
    for (const line of module.emitText().split("\n")) {
      const func = line.match(/^ \(func \$(?:"((?:[^"\\]|\\.)*)"|([^\s()]+))/);
      if (func) callees.set((current = nameOf(func[1], func[2])), new Set());
      const call = line.match(/^ *\((?:call|return_call|ref\.func) \$(?:"((?:[^"\\]|\\.)*)"|([^\s()]+))/);
      if (call) {
        const name = nameOf(call[1], call[2]);
        called.add(name);
        callees.get(current)?.add(name);
      }
      const [, indent, op] = line.match(/^( *)\(([\w.]+)/) ?? [];
      if (!op) continue;
      if (op === "call_indirect" || op === "return_call_indirect") indirect.add(current);
      parents[indent.length] = op;
      const constant = line.match(/^ *\((i32|i64)\.const (-?\d+)\)/);
      if (!constant || (constant[1] === "i32" && ARITHMETIC.test(parents[indent.length - 1] ?? ""))) continue;
      const n = BigInt(constant[2]);
      used.add(Number(BigInt.asUintN(32, n)));
      if (constant[1] === "i64") used.add(Number(BigInt.asUintN(32, n >> 32n)));
    }
    for (const word of dataWords(module.emitBinary())) used.add(word);
    for (const [number] of glue.matchAll(/\b\d+\b/g)) used.add(Number(number));
    const exported = [];
    for (let i = 0; i < module.getNumExports(); i++) {
      const { kind, value } = binaryen.getExportInfo(module.getExportByIndex(i));
      if (kind === binaryen.ExternalFunction) exported.push(value);
    }
    exported.forEach((name) => called.add(name));
    // The functions left after the pass above, once: those defined here by
    // name, and every name, imports too (they may be called).
    const byName = new Map();
    const all = new Set();
    for (let i = 0; i < module.getNumFunctions(); i++) {
      const ref = module.getFunctionByIndex(i);
      const info = binaryen.getFunctionInfo(ref);
      all.add(info.name);
      if (!info.module) byName.set(info.name, ref);
    }
    // A name misread from the text would hide a call.
    const unknown = [...called].find((name) => !all.has(name));
    if (unknown) throw new Error(`trap-panics: a call to ${unknown}, which is not a function of the wasm`);
    const formatters = new Set();
    const table = [];
    for (let s = 0; s < module.getNumElementSegments(); s++) {
      const { offset, data } = binaryen.getElementSegmentInfo(module.getElementSegmentByIndex(s));
      const start = binaryen.getExpressionInfo(offset);
      if (start.id !== binaryen.ConstId) throw new Error("trap-panics: a function table segment at an offset that is not a constant");
      table.push(...data);
      data.forEach((name, i) => {
        if (FORMATTING.test(name) && byName.has(name) && !used.has(start.value + i) && !called.has(name)) {
          trap([byName.get(name)]);
          formatters.add(name);
        }
      });
    }

    // What runs from outside FORMATTING: the exports, the start function and
    // the rest of the table, and what they call directly.
    const reached = new Set();
    const start = module.getStart();
    const roots = [...exported, ...table.filter((name) => !FORMATTING.test(name))];
    if (start) roots.push(binaryen.getFunctionInfo(start).name);
    const from = new Map(); // function -> a function that calls it, for the warning
    for (let name; (name = roots.pop()) !== undefined; ) {
      if (reached.has(name)) continue;
      reached.add(name);
      for (const callee of callees.get(name) ?? []) {
        if (!from.has(callee)) from.set(callee, name);
        roots.push(callee);
      }
    }
    const caller = [...reached].find((name) => CALLERS.test(name) || (TO_STRING.test(name) && indirect.has(name)));
    // Which code keeps the formatting (about 1.5 KB), for the build's log.
    const formats = caller && [caller, from.get(caller), from.get(from.get(caller))].filter(Boolean).join(" <- ");
    if (!caller) {
      for (const [name, ref] of byName) {
        if (FORMATTING.test(name) && !reached.has(name)) {
          trap([ref]);
          formatters.add(name);
        }
      }
    }
    return { wasm: module.emitBinary(), panics: panics.length, formatters: formatters.size, formats };
  } finally {
    module.dispose();
  }
}

/**
 * Every 4-byte-aligned little-endian word of the wasm's data segments (every
 * word at all where a segment's address is not known).
 */
function dataWords(wasm) {
  const words = new Set();
  let at = 8;
  while (at < wasm.length) {
    const section = reader(wasm, at + 1);
    const size = section.leb();
    const start = section.at();
    if (wasm[at] === 11) {
      let r = reader(wasm, start);
      for (let count = r.leb(); count > 0; count--) {
        const flags = r.leb();
        let base = null;
        if (flags !== 1) {
          if (flags === 2) r.leb();
          if (r.byte() !== 0x41) throw new Error("trap-panics: a data segment at an offset that is not an i32 constant");
          // Read as unsigned: a negative one comes out past 2^31, and is treated as unknown.
          base = r.leb();
          if (base >= 2 ** 31) base = null;
          if (r.byte() !== 0x0b) throw new Error("trap-panics: a data segment's offset is not one constant");
        }
        const length = r.leb();
        const from = r.at();
        const view = new DataView(wasm.buffer, wasm.byteOffset + from, length);
        const step = base === null ? 1 : 4;
        for (let i = base === null ? 0 : (4 - (base % 4)) % 4; i + 4 <= length; i += step) words.add(view.getUint32(i, true));
        r = reader(wasm, from + length);
      }
    }
    at = start + size;
  }
  return words;
}
