// Loaded first (a classic script, allowed by a strict CSP) by the
// cross-engine test pages. WebKitWebDriver has no console log API, so the
// page itself records what the tests assert on, the same way in every engine.
window.__seen = { warnings: [], errors: [], violations: [], events: [] };
for (const [level, list] of [["warn", "warnings"], ["error", "errors"]]) {
  const original = console[level];
  console[level] = (...args) => {
    window.__seen[list].push(args.map(String).join(" "));
    original.apply(console, args);
  };
}
addEventListener("error", (e) => window.__seen.errors.push(String(e.error ?? e.message)));
addEventListener("unhandledrejection", (e) => window.__seen.errors.push(String(e.reason)));
document.addEventListener("securitypolicyviolation", (e) =>
  window.__seen.violations.push(`${e.violatedDirective} blocked ${e.blockedURI}`),
);
for (const type of ["ready", "toggle", "search", "compare", "language"]) {
  document.addEventListener(`baclofen-guide:${type}`, (e) => window.__seen.events.push({ type, detail: e.detail }));
}

/** The n-th widget's shadow root, and elements in it. */
window.q = (selector, n = 0) => document.querySelectorAll("baclofen-guide")[n]?.shadowRoot?.querySelector(selector) ?? null;
window.qa = (selector, n = 0) => [...(document.querySelectorAll("baclofen-guide")[n]?.shadowRoot?.querySelectorAll(selector) ?? [])];
/** Rendered and not hidden, as a reader would see it. */
window.shown = (el) =>
  !!el && el.getBoundingClientRect().height > 0 && getComputedStyle(el).visibility !== "hidden" && !el.closest("[hidden]");

// ?early-click=es: click that language's button in the same moment the
// widget's content appears (a reader tapping at once). The page's clock also
// runs fast, as on a slow phone where the first render takes longer than a
// frame: Yew then yields to the browser between rendering and running its
// effects, and the click lands in between, in every engine.
const early = new URLSearchParams(location.search).get("early-click");
if (early) {
  const now = Date.now;
  let skew = 0;
  Date.now = () => now() + (skew += 20);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attach.call(this, init);
    const observer = new MutationObserver(() => {
      // The wasm's button: the pre-rendered one does nothing yet.
      const button = shadow.querySelector(`div:not([data-prerendered]) > .guide .language button[lang="${early}"]`);
      if (button) {
        observer.disconnect();
        window.__seen.earlyClickAt = performance.now();
        button.click();
      }
    });
    observer.observe(shadow, { childList: true, subtree: true });
    return shadow;
  };
}
