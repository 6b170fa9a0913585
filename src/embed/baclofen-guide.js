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
// One language per reader: the wasm carries no content. Each language is a
// file (prerender/ writes it): the widget's first render pre-rendered as HTML,
// with the emergency callout of each emergency-number group (the loader keeps
// the reader's), followed by the language's content for the wasm
// (model/src/wire.rs), the same words twice in one compressed file, then the
// SHA-384 of its answers file (what the wasm fills in after its first render,
// fetched only where the wasm cannot start: #readOnly). When
// an element appears, the loader adopts the styles and fetches the reader's
// file alongside the wasm; its HTML shows as soon as it arrives, and the wasm,
// given its content, renders over it. Another language is fetched when the
// reader picks it.

const CORE_WASM = "__CORE_WASM__";
// The wasm's SHA-384, stamped in by the build: fetch() refuses other bytes.
const CORE_WASM_INTEGRITY = "__CORE_WASM_INTEGRITY__";
// The widget's stylesheet (src/components/styles.css, minified). This and
// LANGUAGES are stamped in after the loader is minified, so the minifier
// cannot fold or copy them: until then they are bare names.
const STYLES = __STYLES__;
// The language files, by language, default first: [the language's own name,
// next review (days since 1970-01-01), whether the HTML shows the review
// notice, the countries of each emergency-number group (space-separated; the
// last group is anywhere), the file's SHA-384, and the first 22 characters of
// the SHA-384 of its HTML]. Each file is named after its hash.
const LANGUAGES = __LANGUAGES__;

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
 * The language file for this element, and whether its HTML is what the
 * wasm's first render would show: the same choice of language and country
 * as src/embed/config.rs and `props` in src/embed.rs (tests/e2e/prerender.spec.js
 * checks them against each other). The HTML is only for the default sections
 * and heading level (the theme and accent are the stylesheet's). Never a
 * guess: the wrong emergency number must not show even briefly.
 */
function choose(element) {
  const languages = Object.keys(LANGUAGES);
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
  lang ??= languages[0];
  const [, next, due] = LANGUAGES[lang];
  const file = fileOf(lang, region);
  // The review notice depends on the reader's date.
  file.html = !odd && !element.hasAttribute("sections") && !element.hasAttribute("heading-level") && Math.floor(Date.now() / 864e5) >= next === due;
  return file;
}

/**
 * The file of `lang`, and the emergency-number group of `region`: which of
 * the file's emergency callouts to show. `fragment` names what is shown.
 */
function fileOf(lang, region) {
  const [, , , groups, integrity, htmlHash] = LANGUAGES[lang];
  const found = groups.findIndex((group) => group.split(" ").includes(region));
  const group = found < 0 ? groups.length - 1 : found;
  const key = `guide-${lang}-${integrity.slice(7, 23).replace(/[+/]/g, "_")}.html`;
  return { lang, region, group, key, fragment: `${key}#${group}`, url: new URL(key, import.meta.url), integrity, htmlHash };
}

/** `bytes` as text, if their SHA-384 starts with `hash` (its base64 after "sha384-"). */
async function verified(bytes, hash, url) {
  const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest("SHA-384", bytes))));
  if (!digest.startsWith(hash)) throw new Error(`${url} is not the file this release was built with`);
  return new TextDecoder().decode(bytes);
}

// The files fetched, by name: [its HTML, [its content, 22 characters of its answers file's SHA-384]] (promises).
const files = new Map();
/**
 * Fetches a language file. Its HTML shows as soon as it has come, checked
 * against its own SHA-384, before the content for the wasm (most of the
 * file) has: the reader waits for fewer bytes. That needs the page's
 * SubtleCrypto (secure contexts: https, localhost); elsewhere fetch() checks
 * the whole file, and the HTML shows once all of it has come.
 */
function fetchFile({ key, url, integrity, htmlHash }) {
  if (!files.has(key)) {
    let html, content;
    if (!globalThis.crypto?.subtle) {
      const whole = fetch(url, { integrity, priority: "high" })
        .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status} ${url}`))))
        .then((text) => text.split("\x1e"));
      html = whole.then(([html]) => html);
      content = whole.then(([, ...rest]) => rest);
    } else {
      let showHtml, failHtml;
      html = new Promise((resolve, reject) => ((showHtml = resolve), (failHtml = reject)));
      content = (async () => {
        const response = await fetch(url, { priority: "high" });
        if (!response.ok) throw new Error(`${response.status} ${url}`);
        const reader = response.body.getReader();
        let bytes = new Uint8Array(0);
        let cut = -1;
        for (let chunk; !(chunk = await reader.read()).done; ) {
          const grown = new Uint8Array(bytes.length + chunk.value.length);
          grown.set(bytes);
          grown.set(chunk.value, bytes.length);
          bytes = grown;
          if (cut < 0 && (cut = bytes.indexOf(0x1e)) >= 0) verified(bytes.subarray(0, cut), htmlHash, url).then(showHtml, failHtml);
        }
        // The whole file, against the SHA-384 fetch() would check.
        return (await verified(bytes, integrity.slice(7), url)).split("\x1e").slice(1);
      })();
      content.catch(failHtml);
    }
    // Each is awaited by some elements only: a failure must not go unhandled.
    html.catch(() => {});
    // A failed fetch is tried again next time (the reader may be back online).
    content.catch(() => files.delete(key));
    files.set(key, [html, content]);
  }
  return files.get(key);
}

// The languages being given to the wasm, by code (once per page, for every
// element), and those it has.
const added = new Map();
const ready = new Set();
/** Fetches the content of `file`'s language, unless the wasm has it, and gives it to the wasm. */
function addLanguage(glue, file) {
  if (!added.has(file.lang)) {
    const adding = fetchFile(file)[1].then(([content]) => {
      // Bad content is an error for this language only; a trap stops the wasm.
      wasmCall(() => glue.addLocale(content));
      ready.add(file.lang);
    });
    adding.catch(() => added.delete(file.lang));
    added.set(file.lang, adding);
  }
  return added.get(file.lang);
}

/**
 * What the wasm fills in after its first render, from the language's
 * answers file (prerender's `answers`): the source list, the answers, then
 * each emergency-number group's numbers, for U+001D in the answers.
 */
function fillIn(container, answersFile, group) {
  const parts = answersFile.split("\x1f");
  const answers = container.querySelectorAll(".faq-item__answer");
  container.querySelector(".sources__list").insertAdjacentHTML("beforeend", trustedHTML(parts[0]));
  // The group's numbers: what `{emergency}` says, and its other lines.
  const [emergency, lines] = parts[answers.length + 1 + group].split("\x1c");
  answers.forEach((answer, i) => answer.insertAdjacentHTML("afterbegin", trustedHTML(parts[i + 1].replaceAll("\x1d", emergency).replaceAll("\x1c", lines))));
  openAnswers(container);
}

/** Opens every answer that has its text (its sources end it): nothing else will. */
function openAnswers(container) {
  for (const answer of container.querySelectorAll(".faq-item__answer")) {
    if (!answer.querySelector(".source-links")) continue;
    answer.hidden = false;
    answer.previousElementSibling.firstChild.setAttribute("aria-expanded", "true");
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
      // For the language switch: every language, loaded or not.
      glue.setLanguages(Object.entries(LANGUAGES).flatMap(([lang, [name]]) => [lang, name]).join("\x1f"));
      started = true;
      return glue;
    })();
  }
  return core;
}

// The failure message cannot come from the wasm (it may be what failed).
// The third: another language could not load (the text shown stays).
const FAILURE = {
  en: ["Sorry, the baclofen guide could not load. Please try again later.", "Read about baclofen on this site instead.", "Sorry, that language could not load. Please try again later."],
  es: ["Lo sentimos, la guía sobre el baclofeno no se pudo cargar. Inténtelo de nuevo más tarde.", "Lea sobre el baclofeno en este sitio.", "Lo sentimos, ese idioma no se pudo cargar. Inténtelo de nuevo más tarde."],
};

/**
 * Never a blank box: a short message, and the clinic's own page if given.
 * Text the widget already shows stays below it: a reader keeps what they
 * were reading.
 */
function showFailure(element, shadow, error, language) {
  console.error(language ? "<baclofen-guide> could not load a language." : "<baclofen-guide> could not start.", error);
  // The language shown, else the one asked for.
  const shown = shadow.querySelector(".guide")?.lang;
  const lang = (shown || element.lang || document.documentElement.lang || navigator.language || "en").slice(0, 2).toLowerCase();
  const [text, linkText, languageText] = FAILURE[lang] ?? FAILURE.en;
  const message = document.createElement("p");
  message.lang = FAILURE[lang] ? lang : "en";
  message.setAttribute("role", "alert");
  message.textContent = language ? languageText : text;
  const href = element.getAttribute("fallback-href");
  if (href && !language) {
    const link = document.createElement("a");
    link.href = href;
    link.textContent = linkText;
    message.append(" ", link);
  }
  if (shadow.firstChild?.role === "alert") shadow.firstChild.remove();
  shadow.prepend(message);
}

// In a release build a Rust panic is a trap (src/embed/trap-panics.mjs); in
// a debug build the wasm reports it first (the "baclofen-guide:crash"
// event). Whatever escapes the widget's code stops it: a trap (a panic, or
// out of stack or memory: an uncaught WebAssembly.RuntimeError through its
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

/**
 * Calls into the wasm where the loader handles what is thrown itself (a
 * language that cannot be added shows "that language could not load"). A
 * trap there (a panic is one, in a release build) stops every widget all
 * the same.
 */
function wasmCall(call) {
  try {
    return call();
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError && !crashed) crash(error);
    throw error;
  }
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
  // The pre-rendered fragment wanted (its file and group), and its container once shown.
  #fragment = null;
  #prerendered = null;
  // Settles once the fragment has been painted, or will not be.
  #shown = null;
  // The control last tapped in the fragment (its index in `controls`).
  #tapped = -1;
  // Appends the part of the fragment below the safety box, until done.
  #below = null;
  // Fills in the fragment's answers and source list (#readOnly).
  #fillIn = null;
  // The wasm could not load for this element: with a crash (`crashed`), the
  // fragment is all the reader gets (#readOnly).
  #failed = false;

  constructor() {
    super();
    // A crash is reported on each mounted element (see onTrap).
    this.addEventListener("baclofen-guide:crash", () => {
      crashed = true;
      this.#widget = null;
      mounted.delete(this);
      showFailure(this, this.shadowRoot, "see the error above");
      this.#readOnly();
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
    // The reader picked a language the wasm does not have yet.
    this.addEventListener("baclofen-guide:load-language", (event) => {
      event.stopPropagation();
      this.#update(fileOf(event.detail.lang, choose(this).region));
    });
  }

  /** Updates the widget once the wasm has `file`'s language; a short message if it cannot be had. */
  #update(file) {
    loadCore()
      .then((glue) => addLanguage(glue, file))
      .then(
        () => {
          if (this.shadowRoot.firstChild?.role === "alert") this.shadowRoot.firstChild.remove();
          if (!crashed) this.#widget?.update();
        },
        (error) => showFailure(this, this.shadowRoot, error, true),
      );
  }

  connectedCallback() {
    if (this.#widget || this.#starting) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    // After a failure too: the text stays readable beside the message. Its
    // file is asked for before the stylesheet is parsed (about 10 ms on a
    // phone), and shown once both are there.
    if (!started || crashed) this.#showPrerendered(shadow);
    adoptStyles(shadow);
    if (crashed) return showFailure(this, shadow, "the widget stopped after an error");
    this.#starting = true;
    near(this)
      .then(loadCore)
      // Where the wasm comes as fast as the fragment (a fast network), the
      // text is still painted first, but a stalled fragment does not hold
      // the wasm back for long; the wasm needs its language's content.
      // The first render starts in a task of its own, not the one that
      // finished compiling the wasm: no task is long on a phone.
      .then((glue) =>
        Promise.all([addLanguage(glue, choose(this)), Promise.race([this.#shown, new Promise((resolve) => setTimeout(resolve, 500))])]).then(
          () => new Promise((resolve) => setTimeout(resolve, 0, glue)),
        ),
      )
      .then(
        (glue) => {
          this.#starting = false;
          if (this.isConnected && !this.#widget && !crashed) {
            // The page's language may have changed since: the wasm shows its
            // own (the language file's fetch in the next update).
            const file = choose(this);
            if (this.#fragment !== (file.html ? file.fragment : null)) this.#dropPrerendered();
            this.#fragment = null;
            mounted.add(this);
            this.#widget = glue.mount(this, shadow);
            if (!ready.has(file.lang)) this.#update(file);
          }
        },
        (error) => {
          this.#starting = false;
          showFailure(this, shadow, error);
          this.#failed = true;
          this.#readOnly();
        },
      )
      // Anything thrown while mounting stops the wasm (the crash event shows the message).
      .catch((error) => crashed || crash(error));
  }

  /** Fetches the language file for this element's attributes and shows its HTML, unless the wasm got there first. */
  #showPrerendered(shadow) {
    let file;
    try {
      createPolicy();
      file = choose(this);
    } catch {
      return; // Trusted Types refused: the wasm's path reports it.
    }
    if (this.#prerendered) return;
    // The wasm needs its content either way: fetched alongside the wasm.
    const fetched = fetchFile(file);
    if (!file.html) return;
    const { fragment, group } = file;
    this.#fragment = fragment;
    this.#shown = fetched[0]
      .then((html) => {
        if (this.#fragment !== fragment || this.#widget || this.#prerendered) return;
        const container = document.createElement("div");
        container.setAttribute("data-prerendered", "");
        container.innerHTML = trustedHTML(html);
        // The reader's emergency callout only, before anything is shown.
        for (const callout of container.querySelectorAll("[data-group]")) {
          if (callout.dataset.group !== `${group}`) callout.remove();
        }
        // Its buttons do nothing until the wasm runs: remember the last one
        // tapped, to tap it again in the wasm's render (#carryOver).
        container.addEventListener("click", (event) => {
          const button = event.target.closest?.("button");
          if (button) this.#tapped = controls(container).indexOf(button);
        });
        // The header and the safety box are painted first, the rest of the
        // guide (below them) a frame later: on a phone, laying all of it out
        // before the first paint held the text back by about 0.1 s.
        const article = container.firstElementChild;
        const safety = article?.querySelector(":scope > .safety");
        const rest = document.createRange();
        if (safety) {
          rest.setStartAfter(safety);
          rest.setEndAfter(article.lastChild);
        }
        const below = rest.extractContents();
        // After the failure message, if the wasm failed first.
        shadow.append(container);
        this.#prerendered = container;
        // Also at the takeover, if that comes first (frames held back): the
        // carry-over compares whole renders.
        this.#below = () => article?.append(below);
        this.#fillIn = () =>
          fetched[1]
            .then(async ([, hash]) => {
              const url = new URL(`answers-${file.lang}-${hash.replace(/[+/]/g, "_")}.html`, import.meta.url);
              fillIn(container, await verified(await (await fetch(url)).arrayBuffer(), hash, url), group);
            })
            // Without it (or SubtleCrypto), the questions stay, under the message.
            .catch(() => {});
        requestAnimationFrame(() => setTimeout(() => this.#completeFragment()));
        if (this.#failed || crashed) this.#readOnly();
        return shown(performance.now());
      })
      // The wasm cannot start without the file either: the mount path
      // (connectedCallback) shows the short message.
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
    this.#completeFragment();
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

  /**
   * The wasm will not run (again): what the reader sees is a page to read,
   * as on paper, with every answer open: the fragment, its answers and
   * source list filled in, or after a crash the wasm's render, whose
   * answers it had filled in. The stylesheet shows every row of the
   * comparison (one at a time on a phone needs the wasm's "Next") and hides
   * the controls that would do nothing.
   */
  #readOnly() {
    this.#completeFragment();
    const fill = this.#fillIn;
    this.#fillIn = null;
    const container = this.#prerendered ?? this.shadowRoot.querySelector(".guide")?.parentElement;
    container?.setAttribute("data-read-only", "");
    if (fill) fill();
    else if (container) openAnswers(container);
  }

  /** Appends the rest of the pre-rendered guide, once. */
  #completeFragment() {
    const below = this.#below;
    this.#below = null;
    below?.();
  }

  #dropPrerendered(swap) {
    const old = this.#prerendered;
    this.#below = this.#fillIn = null;
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
    const file = choose(this);
    if (this.#fragment && this.#fragment !== (file.html ? file.fragment : null)) {
      this.#dropPrerendered();
      this.#showPrerendered(this.shadowRoot);
    }
    // A language the wasm does not have yet is fetched first.
    if (crashed || !this.#widget) return;
    if (ready.has(file.lang)) this.#widget.update();
    else this.#update(file);
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
