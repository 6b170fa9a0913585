// <baclofen-guide>: the one file a clinic's page loads.
//
//   <script type="module" async src="https://your-host/baclofen-guide/baclofen-guide.js"></script>
//   <baclofen-guide></baclofen-guide>
//
// The build (src/embed/write-loader.mjs, a Trunk post-build hook) copies this
// file to dist/ and fills in the hashed names of the wasm and its JS glue.
// Both are found relative to this module's own URL, so the files can live on
// any path or origin. This file makes no request until an element appears.

const CORE_JS = "__CORE_JS__";
const CORE_WASM = "__CORE_WASM__";

let core = null;
// After a crash the wasm cannot be used again: every element shows the message.
let crashed = false;
// The elements with a mounted widget, to tell of a crash the wasm cannot report.
const mounted = new Set();

/** Loads and starts the wasm once, for every element on the page. */
function loadCore() {
  if (!core) {
    // Start the wasm download while its JS glue loads.
    const wasm = fetch(new URL(CORE_WASM, import.meta.url));
    core = import(new URL(CORE_JS, import.meta.url).href).then(async (glue) => {
      await glue.default({ module_or_path: wasm });
      return glue;
    });
  }
  return core;
}

// The failure message cannot come from the wasm (it may be what failed).
const FAILURE = {
  en: ["Sorry, the baclofen guide could not load. Please try again later.", "Read about baclofen on this site instead."],
  es: ["Lo sentimos, la guía sobre el baclofeno no se pudo cargar. Inténtelo de nuevo más tarde.", "Lea sobre el baclofeno en este sitio."],
};

/** Never a blank box: a short message, and the clinic's own page if given. */
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
  shadow.replaceChildren(message);
}

// A Rust panic is reported by the wasm itself (the "baclofen-guide:crash"
// event). A trap that is not a panic (out of stack or memory) stops the wasm
// at once: it reaches the page as an uncaught WebAssembly.RuntimeError. Only
// one thrown through this widget's wasm or glue counts, not another script's.
function onTrap(error) {
  if (crashed || !(error instanceof WebAssembly.RuntimeError)) return;
  const stack = String(error.stack);
  const ours = [CORE_WASM, CORE_JS].some((file) => stack.includes(new URL(file, import.meta.url).href));
  if (!ours) return;
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
      .then((glue) => {
        this.#starting = false;
        if (this.isConnected && !this.#widget && !crashed) {
          this.#widget = glue.mount(this, shadow);
          mounted.add(this);
        }
      })
      .catch((error) => {
        this.#starting = false;
        onTrap(error);
        showFailure(this, shadow, error);
      });
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

  /** How many widgets are mounted on the page (0 before the wasm loads). */
  static async liveWidgets() {
    return core ? (await core).liveWidgets() : 0;
  }

  /** Bytes of wasm memory the widgets use (0 before the wasm loads). */
  static async memoryBytes() {
    return core ? (await core).memoryBytes() : 0;
  }
}

if (!customElements.get("baclofen-guide")) {
  customElements.define("baclofen-guide", BaclofenGuideElement);
}
