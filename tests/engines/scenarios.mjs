// The cross-engine scenarios: one set, run unchanged in Chromium, Firefox and
// WebKit (engines.test.mjs). Each gets `open(path)` -> page (drivers.mjs) and
// asserts on what a reader sees or does. Expressions run in the page, with
// the helpers of tests/e2e/pages/engines/capture.js (q, qa, shown, __seen).
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { artifactsDir, waitFor } from "./drivers.mjs";

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const EMERGENCY_RED = "rgb(213, 40, 27)";

/** Opens a page and waits until its first widget has rendered (the wasm, not the pre-rendered HTML). */
async function rendered(open, path, n = 0) {
  const page = await open(path);
  await waitFor(page, `shown(q("div:not([data-prerendered]) > .guide", ${n})) && !q("[data-prerendered]", ${n})`);
  return page;
}

/** Nothing the reader's console would call alarming. */
async function quiet(page, { allowErrors = false } = {}) {
  const seen = await page.eval("window.__seen");
  assert.deepEqual(seen.violations, [], "CSP violations");
  if (!allowErrors) assert.deepEqual(seen.errors, [], "console errors");
  assert.deepEqual(seen.warnings, [], "console warnings");
  return seen;
}

/** A closed answer's state as a reader meets it. */
const answer = (id, n = 0) =>
  `(() => { const b = q("#q-${id}", ${n}), a = q("#a-${id}", ${n});
     return { expanded: b.getAttribute("aria-expanded"), shown: shown(a), text: shown(a) ? a.innerText : "" }; })()`;

export const scenarios = {
  async "renders the guide with its styles, safety first"({ open, engine }) {
    const page = await rendered(open, "/pages/engines/one.html");
    const seen = await page.eval(`({
      title: q("#guide-title").textContent,
      firstSection: q(".guide > :nth-child(2)").className,
      red: getComputedStyle(q(".callout--emergency .callout__title")).backgroundColor,
      hostColour: getComputedStyle(q(".guide")).color,
    })`);
    assert.equal(seen.title, "Baclofen: questions and answers");
    assert.match(seen.firstSection, /safety/);
    assert.equal(seen.red, EMERGENCY_RED, "the adopted stylesheet applies");
    await waitFor(page, `__seen.events.some((e) => e.type === "ready" && e.detail.lang === "en")`);
    await page.screenshot(`${artifactsDir()}${engine}-412-top.png`);
    await page.eval(`q(".compare").scrollIntoView()`);
    await page.screenshot(`${artifactsDir()}${engine}-412-compare.png`);
    await quiet(page);
  },

  async "the red emergency title stays inside its box"({ open }) {
    const page = await rendered(open, "/pages/engines/one.html");
    const overhang = await page.eval(`qa(".callout").map((box) => {
      const title = box.querySelector(".callout__title").getBoundingClientRect();
      const outer = box.getBoundingClientRect(), style = getComputedStyle(box);
      const left = outer.left + parseFloat(style.borderLeftWidth);
      const right = outer.right - parseFloat(style.borderRightWidth);
      return Math.max(left - title.left, title.right - right);
    })`);
    assert.ok(overhang.length >= 2, "the callouts render");
    for (const px of overhang) assert.ok(px <= 0.5, `a callout title sticks out ${px.toFixed(1)} px`);
  },

  async "answers open and close by mouse and by keyboard"({ open }) {
    const page = await rendered(open, "/pages/engines/one.html");
    const [first, second] = await page.eval(`qa(".faq-item__button").slice(0, 2).map((b) => b.id.slice(2))`);
    let state = await page.eval(answer(first));
    assert.deepEqual([state.expanded, state.shown], ["false", false], "answers start closed");
    await page.click(`q("#q-${first}")`);
    state = await waitFor(page, `(() => { const s = ${answer(first)}; return s.shown && s; })()`);
    assert.equal(state.expanded, "true");
    assert.ok(state.text.length > 40, "the opened answer's text is readable");
    await page.click(`q("#q-${first}")`);
    await waitFor(page, `!${answer(first)}.shown`);
    // Keyboard: Enter opens, Space closes.
    await page.focus(`q("#q-${second}")`);
    await page.press("Enter");
    await waitFor(page, `${answer(second)}.shown`);
    await page.press(" ");
    await waitFor(page, `${answer(second)}.expanded === "false" && !${answer(second)}.shown`);
    const toggles = await page.eval(`__seen.events.filter((e) => e.type === "toggle").map((e) => e.detail.open)`);
    assert.deepEqual(toggles, [true, false, true, false]);
    await quiet(page);
  },

  async "a closed answer stays hidden, with or without hidden=until-found"({ open }) {
    // Engines without `hidden="until-found"` treat it as plain `hidden`:
    // closed answers are not shown, open ones are, and their text can then be
    // found. The widget does not depend on `beforematch` for anything else.
    const page = await rendered(open, "/pages/engines/one.html");
    const found = await page.eval(`({
      untilFound: "onbeforematch" in HTMLElement.prototype,
      closedShown: qa(".faq-item__answer[hidden]").some(shown),
      closedCount: qa(".faq-item__answer[hidden]").length,
    })`);
    assert.ok(found.closedCount > 10);
    assert.equal(found.closedShown, false, "a closed answer shows");
    const id = await page.eval(`q(".faq-item__button").id.slice(2)`);
    await page.click(`q("#q-${id}")`);
    const text = (await waitFor(page, `${answer(id)}.text`)).slice(0, 30);
    assert.ok(await page.eval(`q("#a-${id}").textContent.includes(${JSON.stringify(text)})`));
    await quiet(page);
  },

  async "search filters the questions as the reader types"({ open }) {
    const page = await rendered(open, "/pages/engines/one.html");
    const all = await page.eval(`qa(".faq-item").filter(shown).length`);
    await page.click(`q(".search__input")`);
    await page.type("pregnant");
    const visible = await waitFor(
      page,
      `(() => { const v = qa(".faq-item").filter(shown); return v.length > 0 && v.length < ${all} && v.map((i) => i.innerText); })()`,
    );
    assert.ok(visible.some((t) => /pregnan/i.test(t)), "a pregnancy question is found");
    await waitFor(page, `/\\d+ questions? match|1 question matches/.test(q(".search__results").textContent)`);
    await waitFor(page, `__seen.events.some((e) => e.type === "search" && e.detail.query === "pregnant")`);
    await quiet(page);
  },

  async "the language switch changes everything to Spanish"({ open }) {
    const page = await rendered(open, "/pages/engines/one.html");
    await page.click(`q('.language button[lang="es"]')`);
    await waitFor(page, `q(".guide").lang === "es"`);
    const seen = await page.eval(`({ title: q("#guide-title").textContent, pressed: q('.language button[lang="es"]').getAttribute("aria-pressed"), text: q(".guide").innerText })`);
    assert.equal(seen.title, "Baclofeno: preguntas y respuestas");
    assert.equal(seen.pressed, "true");
    assert.ok(!seen.text.includes("Questions and answers"));
    await quiet(page);
  },

  async "a language chosen the moment the guide appears is kept"({ open }) {
    // A reader who taps "Español" at once must not be switched back, while
    // the host page is told Spanish (issue 12).
    const page = await open("/pages/engines/one.html?early-click=es");
    await waitFor(page, `__seen.earlyClickAt`);
    // Whatever the widget runs after its first render has run by now.
    await sleep(1500);
    const seen = await page.eval(`({ lang: q(".guide").lang, title: q("#guide-title").textContent,
      events: __seen.events.filter((e) => e.type === "language").map((e) => e.detail.lang) })`);
    assert.deepEqual(seen.events, ["es"]);
    assert.equal(seen.lang, "es", "the guide went back to English");
    assert.equal(seen.title, "Baclofeno: preguntas y respuestas");
    await quiet(page);
  },

  async "the comparison follows the reader's choice of treatments, and stacks on a phone"({ open }) {
    const page = await rendered(open, "/pages/engines/one.html");
    const columns = `qa(".compare__table thead th[scope=col]").length`;
    const ticked = `qa(".compare__options input:checked").length`;
    assert.equal(await page.eval(ticked), 3);
    const before = await page.eval(columns);
    await page.eval(`q(".compare").scrollIntoView()`);
    await page.click(`qa(".compare__options input:checked").at(-1)`);
    await waitFor(page, `${columns} === ${before - 1}`);
    // With two compared, an unticked one can be ticked again, by keyboard.
    await page.focus(`qa(".compare__options input:not(:checked)").at(-1)`);
    await page.press(" ");
    await waitFor(page, `${columns} === ${before}`);
    const events = await page.eval(`__seen.events.filter((e) => e.type === "compare").map((e) => e.detail.treatments.length)`);
    assert.deepEqual(events, [2, 3]);
    // At 412 px the table stacks (a container query): nothing reaches past
    // the comparison's edge, each cell is full width and says whose it is.
    const layout = await page.eval(`(() => {
      const compare = q(".compare"), edge = compare.getBoundingClientRect().right + 0.5;
      const table = q(".compare__table").getBoundingClientRect(), cell = q(".compare__table tbody td");
      return {
        past: [...compare.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > edge).length,
        full: cell.getBoundingClientRect().width > table.width * 0.9,
        label: shown(cell.querySelector(".compare__label")),
        // (The rows a phone does not show have theirs hidden with them.)
        cites: qa(".compare .source-links a").filter(shown).length > 3
          && qa(".compare .source-links a").filter(shown).every((a) => shown(a.querySelector(".cite__short"))
          && a.querySelector(".cite__ref").getBoundingClientRect().width <= 1),
      };
    })()`);
    assert.deepEqual(layout, { past: 0, full: true, label: true, cites: true });
    // …and shows one row at a time, the boxed warnings always: "Next" steps
    // on and takes the reader back up to the list of rows.
    const rows = `qa(".compare__table tbody tr").filter(shown).map((tr) => tr.querySelector("th").textContent)`;
    assert.deepEqual(await page.eval(rows), ["What it is used for", "Serious warnings"]);
    await page.click(`q(".compare__view .button")`);
    await waitFor(page, `${rows}.join() === "How it works,Serious warnings"`);
    assert.equal(await page.eval(`q(".guide").getRootNode().activeElement?.id`), "compare-row");
    assert.equal(await page.eval(`q("#compare-row").selectedOptions[0].textContent`), "How it works");
    await quiet(page);
  },

  async "two widgets and a late one work side by side"({ open }) {
    const page = await rendered(open, "/pages/engines/two.html");
    await waitFor(page, `shown(q("div:not([data-prerendered]) > .guide", 1)) && !q("[data-prerendered]", 1)`);
    const seen = await page.eval(`({
      firstHasCompare: !!q(".compare", 0), firstHasFaq: !!q(".faq", 0),
      secondLang: q(".guide", 1).lang, secondHasFaq: !!q(".faq", 1),
    })`);
    assert.deepEqual(seen, { firstHasCompare: false, firstHasFaq: true, secondLang: "es", secondHasFaq: false });
    // Opening an answer in one does not touch the other.
    const id = await page.eval(`q(".faq-item__button", 0).id.slice(2)`);
    await page.click(`q("#q-${id}", 0)`);
    await waitFor(page, `${answer(id, 0)}.shown`);
    await page.eval(`document.body.append(Object.assign(document.createElement("baclofen-guide"), { id: "late" })), true`);
    await waitFor(page, `shown(q("div:not([data-prerendered]) > .guide", 2))`);
    assert.equal(await page.eval(`customElements.get("baclofen-guide").liveWidgets()`), 3);
    assert.equal(await page.eval(`q("#q-${id}", 2).getAttribute("aria-expanded")`), "false");
    await quiet(page);
  },

  async "a strict CSP page shows the styled guide with no violation"({ open }) {
    const page = await rendered(open, `/pages/engines/one.html?csp=${encodeURIComponent(STRICT_CSP)}`);
    const red = await page.eval(`getComputedStyle(q(".callout--emergency .callout__title")).backgroundColor`);
    assert.equal(red, EMERGENCY_RED);
    await quiet(page);
  },

  async "a link to one answer opens it and scrolls to it"({ open }) {
    const page = await rendered(open, "/pages/engines/one.html#baclofen-missed-dose");
    await waitFor(page, `${answer("missed-dose")}.shown`);
    // (Within a pixel: text sizes give fractional positions, scrolling whole pixels.)
    await waitFor(page, `(() => { const r = q("#q-missed-dose").getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight; })()`);
    await quiet(page);
  },

  async "without the clipboard API, Copy link still gives the link"({ open }) {
    const page = await rendered(open, "/pages/engines/lacking.html");
    const id = await page.eval(`q(".faq-item__button").id.slice(2)`);
    await page.click(`q("#q-${id}")`);
    await waitFor(page, `${answer(id)}.shown`);
    await page.click(`q("#a-${id} .faq-item__copy")`);
    await waitFor(page, `location.hash === "#baclofen-${id}"`);
    await waitFor(page, `qa("[role=status]").some((s) => s.textContent.includes("address bar"))`);
    await quiet(page);
  },

  async "a bug in the wasm shows the failure message in every widget"({ open }) {
    // A release build traps on a panic (src/embed/trap-panics.mjs): the
    // loader tells the trap from the error's stack, which each engine writes
    // its own way.
    const page = await rendered(open, "/pages/engines/two.html");
    // Both rendered by the wasm, the first one's answers filled in.
    await waitFor(page, `shown(q("div:not([data-prerendered]) > .guide", 1)) && !q("[data-prerendered]", 1) &&
      qa(".faq-item__answer").length > 30 && qa(".faq-item__answer").every((a) => a.querySelector(".source-links"))`);
    await page.eval(`(customElements.get("baclofen-guide").exportForTests("panicForTests").then((panic) => setTimeout(panic)), true)`);
    // In each widget's language: "could not load", "no se pudo cargar".
    for (const [n, words] of [[0, "could not load"], [1, "no se pudo cargar"]]) {
      await waitFor(page, `!!q("[role=alert]", ${n})?.textContent.includes("${words}")`);
    }
    const { errors } = await page.eval("window.__seen");
    assert.ok(errors.some((e) => e.includes("<baclofen-guide> stopped after an error")), errors.join("\n"));
    // The text already shown stays readable beside the message: every
    // answer open (nothing can open one now), no search box that does nothing.
    await waitFor(page, `qa(".faq-item__answer").every(shown) && !shown(q(".search"))`);
  },

  async "a missing wasm shows the short failure message, and the text stays as a page to read"({ open }) {
    const page = await open("/pages/engines/broken.html");
    const message = await waitFor(page, `(() => { const m = document.querySelector("baclofen-guide").shadowRoot?.querySelector("[role=alert]"); return shown(m) && m.textContent; })()`);
    assert.match(message, /could not load/);
    assert.ok(await page.eval(`!!document.querySelector("baclofen-guide").shadowRoot.querySelector('a[href="/pages/one.html"]')`));
    // At 412 px the comparison shows one row at a time with the wasm: without
    // it, every row; every answer open, with its sources (the loader fills
    // them in from the answers file), the list of all sources filled in; and
    // no control that would do nothing.
    const text = await waitFor(page, `shown(q("[data-prerendered] .faq-item__button")) && q("[data-prerendered] .review") &&
      qa("[data-prerendered] .faq-item__answer").every((a) => a.querySelector(".source-links")) && ({
      rows: qa(".compare__table tbody tr").map(shown), answers: qa(".faq-item__answer").map(shown),
      closed: qa('.faq-item__button[aria-expanded="false"]').length, sources: qa(".sources__list li").length,
      overdose: q("#a-too-much").innerText,
      controls: qa(".search, .guide__tools, .faq__controls, .compare__view, .compare__picker, .faq-item__copy").filter(shown).length })`);
    assert.ok(text.rows.length > 3 && text.rows.every(Boolean), `rows shown: ${text.rows}`);
    assert.ok(text.answers.length > 30 && text.answers.every(Boolean), `answers shown: ${text.answers}`);
    assert.equal(text.closed, 0, "questions marked closed");
    assert.ok(text.sources > 20, `sources listed: ${text.sources}`);
    // The reader's numbers where the wasm puts them (none left unfilled).
    assert.match(text.overdose, /Call (\d{3}|your local emergency number) now/);
    assert.equal(text.controls, 0, "controls that need the wasm");
    const seen = await quiet(page, { allowErrors: true });
    assert.ok(seen.errors.every((e) => /baclofen-guide|wasm|fetch|WebAssembly|NetworkError|Load failed/i.test(e)), seen.errors.join("\n"));
  },

  async "pinned with integrity on a strict CSP page, the release renders"({ open }) {
    const page = await rendered(open, `/pages/engines/pinned.html?csp=${encodeURIComponent(STRICT_CSP)}`);
    await quiet(page);
  },

  async "the pre-rendered text shows before a late .wasm, which then takes over unchanged"({ open }) {
    // The server sends this page's .wasm 2 s late.
    const page = await open("/pages/engines/slow-wasm.html");
    // All of it: the header and safety box show a frame before the rest.
    const before = await waitFor(page, `shown(q("[data-prerendered] > .guide")) && q("[data-prerendered] .review") && !q("div:not([data-prerendered]) > .guide") && ({
      text: q("[data-prerendered] > .guide").innerText, red: getComputedStyle(q(".callout--emergency .callout__title")).backgroundColor,
      after: document.querySelector("h1").getBoundingClientRect().top + document.querySelector("baclofen-guide").getBoundingClientRect().height })`);
    assert.equal(before.red, EMERGENCY_RED, "styled before the wasm");
    assert.match(before.text, /Do not stop taking baclofen suddenly/);
    await waitFor(page, `shown(q("div:not([data-prerendered]) > .guide")) && !q("[data-prerendered]")`);
    const after = await page.eval(`({ text: q(".guide").innerText,
      after: document.querySelector("h1").getBoundingClientRect().top + document.querySelector("baclofen-guide").getBoundingClientRect().height })`);
    assert.equal(after.after, before.after, "no layout jump at the takeover");
    // The closed answers are filled in once the wasm has painted: hidden, so not in innerText.
    assert.equal(after.text, before.text, "the wasm renders what was pre-rendered");
    await quiet(page);
  },

  async "a question tapped in the pre-rendered text opens once the late .wasm takes over"({ open }) {
    const page = await open("/pages/engines/slow-wasm.html");
    await waitFor(page, `shown(q("[data-prerendered] #q-missed-dose")) && !q("div:not([data-prerendered]) > .guide")`);
    await page.click(`q("[data-prerendered] #q-missed-dose")`);
    assert.equal(await page.eval(`!!q("[data-prerendered]")`), true, "tapped before the wasm ran");
    await waitFor(page, `!q("[data-prerendered]") && q("#q-missed-dose").getAttribute("aria-expanded") === "true" && shown(q("#a-missed-dose"))`);
    await quiet(page);
  },

  async "a language file's HTML shows as it arrives, before the rest of the file"({ open }) {
    // The server sends each language file's content (after its HTML) 2 s late.
    const page = await open("/pages/engines/slow-content.html");
    const seen = await waitFor(page, `shown(q("[data-prerendered] > .guide")) && ({ at: performance.now(), live: !!q("div:not([data-prerendered]) > .guide") })`);
    assert.ok(seen.at < 1900, `the HTML showed at ${Math.round(seen.at)} ms, not before the content`);
    assert.equal(seen.live, false);
    await waitFor(page, `shown(q("div:not([data-prerendered]) > .guide")) && !q("[data-prerendered]")`);
    await quiet(page);
  },

  async "a .wasm changed by one byte is refused: the failure message shows"({ open }) {
    const page = await open("/pages/engines/altered-wasm.html");
    const message = await waitFor(page, `(() => { const m = document.querySelector("baclofen-guide").shadowRoot?.querySelector("[role=alert]"); return shown(m) && m.textContent; })()`);
    assert.match(message, /could not load/);
    // The pre-rendered text stays, below the message; the wasm rendered nothing.
    await waitFor(page, `shown(q("[data-prerendered] > .guide")) && q("[role=alert]").compareDocumentPosition(q("[data-prerendered]")) & Node.DOCUMENT_POSITION_FOLLOWING`);
    assert.equal(await page.eval(`!!q("div:not([data-prerendered]) > .guide")`), false);
  },
};
