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
//
// Text first: the build also pre-renders the widget's first render as HTML
// (prerender/), one fragment per language and emergency-number group, and
// stamps their SHA-384 in here. When an element appears, the loader adopts
// the styles and fetches the reader's fragment alongside the wasm; the
// fragment shows as soon as it arrives, and the wasm renders over it.

const CORE_WASM = "__CORE_WASM__";
// The wasm's SHA-384, stamped in by the build: fetch() refuses other bytes.
const CORE_WASM_INTEGRITY = "__CORE_WASM_INTEGRITY__";
// The widget's stylesheet (src/components/styles.css, minified).
const STYLES = "__STYLES__";
// The pre-rendered fragments, by language: [next review (days since
// 1970-01-01), whether they show the review notice, the countries of each
// emergency-number group (space-separated; the last group is anywhere),
// each group's fragment's SHA-384]. Each fragment is named after its hash.
const PRERENDERED = "__PRERENDERED__";

let core = null;
// Once the wasm has started, a new element renders at once: no fragment.
let started = false;
// After a crash the wasm cannot be used again: every element shows the message.
let crashed = false;
// The elements with a mounted widget, to tell of a crash the wasm cannot report.
const mounted = new Set();

// Trusted Types: the only HTML the widget parses is its own, escaped when the
// guide was built (model/src/markup.rs). The glue's one raw-HTML sink (Yew's
// innerHTML) passes it through this named policy, so a page that enforces
// Trusted Types allows it with `trusted-types baclofen-guide`.
// The loader's own sink, for the pre-rendered HTML, uses it too.
let trustedHTML = null;
/** Once: a second policy of the same name would be refused. */
function createPolicy() {
  if (trustedHTML) return;
  try {
    const policy = globalThis.trustedTypes?.createPolicy("baclofen-guide", { createHTML: (html) => html });
    trustedHTML = policy ? (html) => policy.createHTML(html) : (html) => html;
  } catch (error) {
    // The page's CSP names other policies: that only matters if it also
    // requires Trusted Types, which this probe finds out.
    try {
      document.createElement("p").innerHTML = "";
    } catch {
      throw new Error("the page requires Trusted Types: add `trusted-types baclofen-guide` to its CSP", { cause: error });
    }
    trustedHTML = (html) => html;
  }
}

// One constructed sheet for every element: adopted, not injected, so a
// strict `style-src 'self'` allows it.
let sheet = null;
function adoptStyles(shadow) {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
    }
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // No constructable stylesheets: the widget still works, unstyled.
  }
}

/**
 * The fragment the wasm's first render would equal for this element, or
 * nothing: the same choice of language and country as src/embed/config.rs
 * and `props` in src/embed.rs (tests/e2e/prerender.spec.js checks them
 * against each other). Only for the default sections and heading level; the
 * theme and accent are the stylesheet's. Never a guess: the wrong emergency
 * number must not show even briefly.
 */
function prerendered(element) {
  if (element.hasAttribute("sections") || element.hasAttribute("heading-level")) return null;
  const languages = Object.keys(PRERENDERED);
  const country = (code) => (/^[a-z]{2}$/i.test(code) ? code.toUpperCase() : undefined);
  let lang, region;
  // Rust's trim() and JavaScript's differ beyond ASCII (U+0085, U+FEFF):
  // such a value gets no fragment rather than a guess.
  let odd = false;
  // [language, country] of a language tag: `es-MX` gives ["es", "MX"].
  const read = (tag) => {
    odd ||= /[^\0-\x7f]/.test(tag);
    const [primary, ...rest] = tag.trim().split(/[-_]/);
    return [languages.find((l) => l === primary.toLowerCase()), rest.map(country).find(Boolean)];
  };
  const attribute = element.getAttribute("lang");
  if (attribute !== null) [lang, region] = read(attribute);
  const asked = element.getAttribute("region");
  odd ||= /[^\0-\x7f]/.test(asked);
  const code = country(asked?.trim());
  if (code) region = code;
  if (!lang || !region) {
    const page = element.ownerDocument.documentElement?.getAttribute("lang");
    for (const tag of [...(page == null ? [] : [page]), ...navigator.languages]) {
      const [l, r] = read(tag);
      lang ??= l;
      region ??= r;
    }
  }
  if (odd) return null;
  lang ??= languages[0];
  const [next, due, groups, hashes] = PRERENDERED[lang];
  // The review notice depends on the reader's date.
  if (Math.floor(Date.now() / 864e5) >= next !== due) return null;
  const found = groups.findIndex((group) => group.split(" ").includes(region));
  const group = found < 0 ? groups.length - 1 : found;
  const integrity = hashes[group];
  const name = `guide-${lang}-${group}-${integrity.slice(7, 23).replace(/[+/]/g, "_")}.html`;
  return { key: name, url: new URL(name, import.meta.url), integrity };
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
      started = true;
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

/**
 * Settles once what was inserted at `since` has been painted, so the wasm
 * does not replace it first: a text replaced before its paint is shown does
 * not count as painted for the page's largest contentful paint. Where the
 * browser reports that metric, its next entry says so; elsewhere, two frames.
 * At most 300 ms (a larger element elsewhere on the page makes no entry, and
 * frames wait in a background tab).
 */
function shown(since) {
  return new Promise((resolve) => {
    setTimeout(resolve, 300);
    if (!PerformanceObserver.supportedEntryTypes?.includes("largest-contentful-paint")) {
      requestAnimationFrame(() => requestAnimationFrame(resolve));
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => entry.startTime >= since)) resolve();
    });
    observer.observe({ type: "largest-contentful-paint" });
    setTimeout(() => observer.disconnect(), 300);
  });
}

// Settles once a widget is near: within two screens of the viewport, or
// the page links to an answer (the wasm opens it). Until then the wasm is
// not fetched: a reader who never scrolls to a guide far below the fold
// does not download it. Then every widget on the page mounts. Not in an
// iframe, whose own viewport says nothing of the reader's.
let wake;
const woken = new Promise((resolve) => (wake = resolve));
const linked = () => location.hash.startsWith("#baclofen-");
addEventListener("hashchange", () => linked() && wake());
function near(element) {
  // Near already (as most are): no waiting for the observer's first report.
  if (linked() || self !== top || !globalThis.IntersectionObserver || element.getBoundingClientRect().top < 3 * innerHeight) wake();
  else {
    const observer = new IntersectionObserver((entries) => entries[0].isIntersecting && wake(), { rootMargin: "200% 0px" });
    observer.observe(element);
    woken.then(() => observer.disconnect());
  }
  return woken;
}

/** The controls of a render, in document order (a fragment's and the wasm's match). */
const controls = (root) => [...root.querySelectorAll("button, input, select, details")];

class BaclofenGuideElement extends HTMLElement {
  static observedAttributes = ["lang", "region", "sections", "heading-level", "theme"];

  #widget = null;
  #starting = false;
  // The pre-rendered fragment wanted (its name), and its container once shown.
  #fragment = null;
  #prerendered = null;
  // Settles once the fragment has been painted, or will not be.
  #shown = null;
  // The control last tapped in the fragment (its index in `controls`).
  #tapped = -1;

  constructor() {
    super();
    // A crash is reported on each mounted element (see onTrap).
    this.addEventListener("baclofen-guide:crash", () => {
      crashed = true;
      this.#widget = null;
      mounted.delete(this);
      showFailure(this, this.shadowRoot, "see the error above");
    });
    // The wasm's first render is done (in a <div> the stylesheet hides while
    // the pre-rendered one is there): the swap is one DOM change, so no frame
    // shows neither or both.
    this.addEventListener("baclofen-guide:ready", () => {
      const focus = this.#carryOver();
      this.#dropPrerendered(true);
      // Once shown: a hidden control takes no focus.
      focus?.focus({ preventScroll: true });
    });
  }

  connectedCallback() {
    if (this.#widget || this.#starting) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    adoptStyles(shadow);
    // After a failure too: the text stays readable beside the message.
    if (!started || crashed) this.#showPrerendered(shadow);
    if (crashed) return showFailure(this, shadow, "the widget stopped after an error");
    this.#starting = true;
    near(this)
      .then(loadCore)
      // Where the wasm comes as fast as the fragment (a fast network), the
      // text is still painted first (the wasm's first render is a long
      // task), but a stalled fragment does not hold the wasm back for long.
      // The first render starts in a task of its own, not the one that
      // finished compiling the wasm: no task is long on a phone.
      .then((glue) => Promise.race([this.#shown, new Promise((resolve) => setTimeout(resolve, 500))]).then(() => new Promise((resolve) => setTimeout(resolve, 0, glue))))
      .then(
        (glue) => {
          this.#starting = false;
          if (this.isConnected && !this.#widget && !crashed) {
            // The page's language may have changed since: the wasm shows its own.
            if (this.#fragment !== prerendered(this)?.key) this.#dropPrerendered();
            this.#fragment = null;
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

  /** Fetches the fragment for this element's attributes and shows it, unless the wasm got there first. */
  #showPrerendered(shadow) {
    let chosen;
    try {
      createPolicy();
      chosen = prerendered(this);
    } catch {
      return; // Trusted Types refused: the wasm's path reports it.
    }
    if (!chosen || this.#prerendered) return;
    const { key, url, integrity } = chosen;
    this.#fragment = key;
    this.#shown = fetch(url, { integrity, priority: "high" })
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status} ${url}`))))
      .then((html) => {
        if (this.#fragment !== key || this.#widget || this.#prerendered) return;
        const container = document.createElement("div");
        container.setAttribute("data-prerendered", "");
        container.innerHTML = trustedHTML(html);
        // Its buttons do nothing until the wasm runs: remember the last one
        // tapped, to tap it again in the wasm's render (#carryOver).
        container.addEventListener("click", (event) => {
          const button = event.target.closest?.("button");
          if (button) this.#tapped = controls(container).indexOf(button);
        });
        // After the failure message, if the wasm failed first.
        shadow.append(container);
        this.#prerendered = container;
        return shown(performance.now());
      })
      // Without it the reader waits for the wasm, as before.
      .catch(() => {});
  }

  /**
   * What the reader did in the fragment before the wasm ran, done again in
   * the wasm's render (same markup, so the same controls in the same order):
   * the last button tapped is tapped (an answer opens), and what the browser
   * changed by itself is copied (text typed, boxes ticked, the row chosen,
   * the source list opened); returns the control to focus. Not if the two differ.
   */
  #carryOver() {
    const from = this.#prerendered;
    const to = from && this.shadowRoot.querySelector("[data-prerendered] ~ div");
    const before = from ? controls(from) : [];
    const after = to ? controls(to) : [];
    if (!before.length || before.length !== after.length) return;
    const focused = before.indexOf(this.shadowRoot.activeElement);
    before.forEach((old, i) => {
      const now = after[i];
      if (old.tagName !== now.tagName) return;
      if (old.open) now.open = true;
      if (old.checked !== now.checked) now.click();
      else if (old.value !== now.value && old.type !== "checkbox") {
        now.value = old.value;
        now.dispatchEvent(new Event(now.tagName === "SELECT" ? "change" : "input", { bubbles: true }));
      }
    });
    after[this.#tapped]?.click();
    return after[focused];
  }

  #dropPrerendered(swap) {
    const old = this.#prerendered;
    this.#tapped = -1;
    this.#fragment = null;
    this.#prerendered = null;
    // At the swap, hidden at once and removed once a frame has dropped its
    // layout: removing a laid-out subtree from script is a long task where
    // layout is traced (as Lighthouse does).
    if (swap && old) {
      old.hidden = true;
      requestAnimationFrame(() => setTimeout(() => old.remove()));
    } else old?.remove();
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
    // Before the wasm: a fragment that no longer matches goes, and the one
    // that does, if any, is fetched (embed.html sets its options this way).
    if (this.#fragment && this.#fragment !== prerendered(this)?.key) {
      this.#dropPrerendered();
      this.#showPrerendered(this.shadowRoot);
    }
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
