// <baclofen-guide>: the one file a clinic's page loads.
//
//   <script type="module" async src="https://your-host/baclofen-guide/baclofen-guide.js"></script>
//   <baclofen-guide></baclofen-guide>
//
// The build (src/embed/write-loader.mjs, a Trunk post-build hook) copies this
// file to dist/ with the wasm's JS glue inlined and fills in the hashed name
// of the wasm and its SHA-384, so one `integrity` attribute on the clinic's
// script tag pins the glue and the wasm too. The wasm is found relative to
// this module's own URL, so the files can live on any path or origin. This
// file makes no request until an element appears.

const CORE_WASM = "__CORE_WASM__";
// The wasm's SHA-384, stamped in by the build: fetch() refuses other bytes.
const CORE_WASM_INTEGRITY = "__CORE_WASM_INTEGRITY__";

let core = null;
// After a crash the wasm cannot be used again: every element shows the message.
let crashed = false;
// The elements with a mounted widget, to tell of a crash the wasm cannot report.
const mounted = new Set();

// Trusted Types: the only HTML the widget parses is its own, escaped when the
// guide was built (model/src/markup.rs). The glue's one raw-HTML sink (Yew's
// innerHTML) passes it through this named policy, so a page that enforces
// Trusted Types allows it with `trusted-types baclofen-guide`.
let trustedHTML = (html) => html;
function createPolicy() {
  try {
    const policy = globalThis.trustedTypes?.createPolicy("baclofen-guide", { createHTML: (html) => html });
    if (policy) trustedHTML = (html) => policy.createHTML(html);
  } catch (error) {
    // The page's CSP names other policies: that only matters if it also
    // requires Trusted Types, which this probe finds out.
    try {
      document.createElement("p").innerHTML = "";
    } catch {
      throw new Error("the page requires Trusted Types: add `trusted-types baclofen-guide` to its CSP", { cause: error });
    }
  }
}

/** wasm-bindgen's glue, put here by the build; returns its exports. */
function startGlue() {
  "__GLUE__";
}

/** Loads and starts the wasm once, for every element on the page. */
function loadCore() {
  if (!core) {
    core = (async () => {
      createPolicy();
      const glue = startGlue();
      await glue.default(fetch(new URL(CORE_WASM, import.meta.url), { integrity: CORE_WASM_INTEGRITY }));
      return glue;
    })();
  }
  return core;
}

// The failure message cannot come from the wasm (it may be what failed).
const FAILURE = {
  en: ["Sorry, the baclofen guide could not load. Please try again later.", "Read about baclofen on this site instead."],
  es: ["Lo sentimos, la guía sobre el baclofeno no se pudo cargar. Inténtelo de nuevo más tarde.", "Lea sobre el baclofeno en este sitio."],
};

/**
 * Never a blank box: a short message, and the clinic's own page if given.
 * Text the widget already shows stays below it: a reader keeps what they
 * were reading.
 */
function showFailure(element, shadow, error) {
  console.error("<baclofen-guide> could not start.", error);
  const lang = (element.lang || document.documentElement.lang || navigator.language || "en").slice(0, 2).toLowerCase();
  const [text, linkText] = FAILURE[lang] ?? FAILURE.en;
  const message = document.createElement("p");
  message.lang = FAILURE[lang] ? lang : "en";
  message.setAttribute("role", "alert");
  message.textContent = text;
  const href = element.getAttribute("fallback-href");
  if (href) {
    const link = document.createElement("a");
    link.href = href;
    link.textContent = linkText;
    message.append(" ", link);
  }
  if (shadow.firstChild?.role === "alert") shadow.firstChild.remove();
  shadow.prepend(message);
}

// A Rust panic is reported by the wasm itself (the "baclofen-guide:crash"
// event). Anything else that escapes the widget's code stops it too: a trap
// (out of stack or memory: an uncaught WebAssembly.RuntimeError through its
// wasm or glue), or an exception thrown in its glue or wasm (a DOM call that
// fails, a blocked Trusted Types sink), which leaves the wasm half-way
// through a render. Another script's errors, and those of the page's own
// event listeners, do not count.
function onTrap(error) {
  if (crashed || !error) return;
  const stack = String(error.stack);
  const urls = [import.meta.url, new URL(CORE_WASM, import.meta.url).href];
  // Where it was thrown: the first frame, "  at f (URL:…)" (after the
  // message) in Chromium, "f@URL:…" in Firefox and Safari.
  const lines = stack.split("\n");
  const top = lines.find((line) => /^\s+at /.test(line)) ?? lines.find((line) => line.includes("@")) ?? "";
  const trap = error instanceof WebAssembly.RuntimeError && urls.some((url) => stack.includes(url));
  if (trap || urls.some((url) => top.includes(`${url}:`))) crash(error);
}

function crash(error) {
  console.error("<baclofen-guide> stopped after an error:", error);
  for (const element of mounted) element.dispatchEvent(new Event("baclofen-guide:crash"));
  crashed = true;
}
addEventListener("error", (event) => onTrap(event.error));
addEventListener("unhandledrejection", (event) => onTrap(event.reason));

class BaclofenGuideElement extends HTMLElement {
  static observedAttributes = ["lang", "region", "sections", "heading-level", "theme"];

  #widget = null;
  #starting = false;

  constructor() {
    super();
    // A crash is reported on each mounted element (see onTrap).
    this.addEventListener("baclofen-guide:crash", () => {
      crashed = true;
      this.#widget = null;
      mounted.delete(this);
      showFailure(this, this.shadowRoot, "see the error above");
    });
  }

  connectedCallback() {
    if (this.#widget || this.#starting) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    if (crashed) return showFailure(this, shadow, "the widget stopped after an error");
    this.#starting = true;
    loadCore()
      .then(
        (glue) => {
          this.#starting = false;
          if (this.isConnected && !this.#widget && !crashed) {
            mounted.add(this);
            this.#widget = glue.mount(this, shadow);
          }
        },
        (error) => {
          this.#starting = false;
          showFailure(this, shadow, error);
        },
      )
      // Anything thrown while mounting stops the wasm (the crash event shows the message).
      .catch((error) => crashed || crash(error));
  }

  disconnectedCallback() {
    // Moving an element disconnects and reconnects it at once: keep its widget then.
    queueMicrotask(() => {
      if (!this.isConnected && this.#widget && !crashed) {
        this.#widget.destroy();
        this.#widget = null;
        mounted.delete(this);
      }
    });
  }

  attributeChangedCallback() {
    if (!crashed) this.#widget?.update();
  }

  /** The release (Cargo.toml's version): `customElements.get("baclofen-guide").version`. */
  static version = "__VERSION__";

  /** How many widgets are mounted on the page (0 before the wasm loads). */
  static async liveWidgets() {
    return core ? (await core).liveWidgets() : 0;
  }

  /** Bytes of wasm memory the widgets use (0 before the wasm loads). */
  static async memoryBytes() {
    return core ? (await core).memoryBytes() : 0;
  }

  /** For the end-to-end tests: a function the wasm exports (`panicForTests`, …). */
  static async exportForTests(name) {
    return (await loadCore())[name];
  }
}

// Loaded twice, the first definition stays (an element name is defined once
// per page). Another release of the widget is worth a warning: the page gets
// that one, not this one.
const defined = customElements.get("baclofen-guide");
if (!defined) {
  customElements.define("baclofen-guide", BaclofenGuideElement);
} else if (defined.version !== BaclofenGuideElement.version) {
  console.warn(
    `<baclofen-guide> ${BaclofenGuideElement.version} (${import.meta.url}) not used: version ${defined.version} is already on this page. Load one version per page.`,
  );
}
