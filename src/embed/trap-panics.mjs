// Release builds: a Rust panic stops the wasm with a trap at once, as the
// unstable `-Cpanic=immediate-abort` would, instead of first formatting a
// message for the panic hook. The loader shows the failure message for a
// trap as for a panic (`onTrap` in baclofen-guide.js); the console gets the
// trap and its stack, not the message. The message text and the formatting
// code behind it are about 4 KB of brotli every reader downloads (README,
// "Size"). Debug builds (`trunk serve`) keep the messages.
//
// Run on wasm-bindgen's output, which still has the functions' names, before
// wasm-opt; wasm-opt then removes what only a panic used. The same idea as
// the Rust and WebAssembly working group's `wasm-snip`, with npm binaryen's
// JS API (already here for wasm-opt).
import binaryen from "binaryen";

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

// What formats a panic's message and payload: reached only through the
// function table (as `&dyn Debug` in a message's arguments, or a payload's
// methods), so wasm-opt cannot tell they are unused. Each becomes
// `unreachable` only if no code or data holds its table index any more.
const FORMATTERS = /(fmt::Debug>::fmt$|fmt::Display>::fmt$|::panic::PanicPayload>::|^std(\[[0-9a-f]+\])?::panicking::)/;

/**
 * @param {Uint8Array} wasm wasm-bindgen's output, with its name section
 * @returns {{ wasm: Uint8Array, panics: number, formatters: number }}
 */
export function trapPanics(wasm) {
  const module = binaryen.readBinary(wasm);
  try {
    const functions = () => {
      const all = [];
      for (let i = 0; i < module.getNumFunctions(); i++) {
        const ref = module.getFunctionByIndex(i);
        const info = binaryen.getFunctionInfo(ref);
        if (!info.module) all.push([ref, info.name]);
      }
      return all;
    };
    const trap = ([ref]) => binaryen.Function.setBody(ref, module.unreachable());

    const panics = functions().filter(([, name]) => PANICS.test(name));
    // Rust renamed something: fail the build rather than ship the messages unnoticed.
    for (const needed of [/::panicking::panic_fmt$/, /::panicking::panic_bounds_check$/, /::option::unwrap_failed$/]) {
      if (!panics.some(([, name]) => needed.test(name))) throw new Error(`trap-panics: no function matching ${needed} in the wasm`);
    }
    panics.forEach(trap);
    // Drops the functions only those panics called, and the code that built their messages.
    module.runPasses(["remove-unused-module-elements"]);

    // The table indices still written somewhere: as a constant in the code
    // (also either half of a 64-bit one: two stores merged into one), or as
    // 4 bytes anywhere in the file (a vtable in the data).
    const text = module.emitText();
    const bytes = Buffer.from(module.emitBinary());
    const used = new Set();
    for (const [, bits, value] of text.matchAll(/\b(i32|i64)\.const (-?\d+)/g)) {
      const n = BigInt(value);
      used.add(Number(BigInt.asUintN(32, n)));
      if (bits === "i64") used.add(Number(BigInt.asUintN(32, n >> 32n)));
    }
    const written = (index) => {
      const word = Buffer.alloc(4);
      word.writeUInt32LE(index);
      return used.has(index) || bytes.includes(word);
    };
    const byName = new Map(functions().map(([ref, name]) => [name, ref]));
    let formatters = 0;
    for (let s = 0; s < module.getNumElementSegments(); s++) {
      const { offset, data } = binaryen.getElementSegmentInfo(module.getElementSegmentByIndex(s));
      const start = binaryen.getExpressionInfo(offset);
      if (start.id !== binaryen.ConstId) throw new Error("trap-panics: a function table segment at an offset that is not a constant");
      data.forEach((name, i) => {
        if (FORMATTERS.test(name) && byName.has(name) && !written(start.value + i)) {
          trap([byName.get(name)]);
          formatters++;
        }
      });
    }
    return { wasm: module.emitBinary(), panics: panics.length, formatters };
  } finally {
    module.dispose();
  }
}
