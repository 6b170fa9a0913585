// Text first: the loader shows the pre-rendered HTML of the reader's
// language (and emergency number) before the wasm has loaded, and the wasm
// then renders over it without a flash, a jump or a different word. The wasm
// is held back with page.route (released when the test says), so "before
// the wasm runs" is certain rather than a race against a fixed delay.
import { test, expect } from "@playwright/test";
import { STRICT_CSP, rendered, watch } from "./helpers.js";

/** Holds every .wasm response until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The widget's pre-rendered content, shown before the wasm. */
const prerendered = (widget) => widget.locator("[data-prerendered] > .guide");
/** The wasm's own render. */
const live = (widget) => widget.locator("div:not([data-prerendered]) > .guide");

/** The text a reader sees: text nodes not inside hidden or undisplayed elements. */
function visibleText(guide) {
  return guide.evaluate((root) => {
    const parts = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (element.closest("[hidden]") || !element.checkVisibility()) continue;
      parts.push(node.data);
    }
    return parts.join("").replace(/\s+/g, " ").trim();
  });
}

test("the text shows, styled, before the wasm has loaded", async ({ page }) => {
  const seen = await watch(page);
  const release = await holdWasm(page);
  await page.goto("/pages/one.html");
  const widget = page.locator("baclofen-guide");
  await expect(prerendered(widget)).toBeVisible();
  await expect(prerendered(widget)).toContainText("Do not stop taking baclofen suddenly");
  // The adopted stylesheet applied: the emergency title is white on red.
  await expect(widget.locator(".callout--emergency .callout__title").first()).toHaveCSS("color", "rgb(255, 255, 255)");
  await expect(live(widget)).toHaveCount(0);
  // One file, of the reader's language.
  expect(seen.requests.filter((url) => /\/guide-[a-z]+-[\w-]+\.html$/.test(url))).toHaveLength(1);
  release();
  await rendered(page);
  await expect(widget.locator("[data-prerendered]")).toHaveCount(0);
  expect(seen.errors).toEqual([]);
});

test("the header and the safety box are painted first, the rest of the guide a frame later", async ({ page }) => {
  // What each frame shows, recorded in the page from its first script on.
  await page.addInitScript(() => {
    window.__frames = [];
    const look = () => {
      const root = document.querySelector("baclofen-guide")?.shadowRoot;
      const guide = root?.querySelector("[data-prerendered] > .guide");
      if (guide) window.__frames.push({ safety: !!guide.querySelector(".safety"), faq: !!guide.querySelector(".faq") });
      if (!guide?.querySelector(".review")) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const release = await holdWasm(page);
  await page.goto("/pages/one.html");
  const widget = page.locator("baclofen-guide");
  await expect(prerendered(widget).locator(".review")).toBeAttached();
  const frames = await page.evaluate(() => window.__frames);
  // Laying out the whole guide before the first paint held the text back on
  // a phone (README, "Benchmark").
  expect(frames[0]).toEqual({ safety: true, faq: false });
  expect(frames.at(-1)).toEqual({ safety: true, faq: true });
  release();
  await rendered(page);
});

test("the HTML shows as soon as it has come, before the rest of its file (the content for the wasm)", async ({ page }) => {
  const seen = await watch(page);
  // The server sends each file's content 2 s after its HTML.
  await page.goto("/pages/slow-content.html");
  const widget = page.locator("baclofen-guide");
  const start = Date.now();
  await expect(prerendered(widget)).toContainText("Do not stop taking baclofen suddenly", { timeout: 1500 });
  expect(Date.now() - start).toBeLessThan(1500);
  await rendered(page);
  expect(seen.errors).toEqual([]);
});

test("without SubtleCrypto (a plain http page), the whole file is checked, then shown", async ({ page }) => {
  const seen = await watch(page);
  await page.addInitScript(() => Object.defineProperty(crypto, "subtle", { value: undefined }));
  const release = await holdWasm(page);
  await page.goto("/pages/one.html");
  const widget = page.locator("baclofen-guide");
  await expect(prerendered(widget)).toContainText("Do not stop taking baclofen suddenly");
  release();
  await rendered(page);
  expect(seen.errors).toEqual([]);
});

test("a language file altered on the way: its HTML is not shown, and the short message is", async ({ page }) => {
  const seen = await watch(page);
  await page.route(/\/guide-en-/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replaceAll("suddenly", "slowly") });
  });
  await page.goto("/pages/one.html");
  const widget = page.locator("baclofen-guide");
  await expect(widget.getByRole("alert")).toHaveText(/could not load/);
  await expect(widget.getByText("slowly")).toHaveCount(0);
  expect(seen.errors.join("\n")).toContain("is not the file this release was built with");
});

test("the pre-rendered text is what the wasm renders, for each language and country", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/pages/empty.html");
  // navigator.languages is Playwright's en-US: the region when nothing else names one.
  const cases = [
    {},
    { lang: "es" },
    { region: "GB" },
    { lang: "es-MX" },
    { lang: "en", region: "zz" },
    { lang: "fr-CA" },
    { region: "de" },
    { lang: "ES_es" },
    { region: "mexico" },
    { lang: "en-AU", region: "IE" },
    { lang: "es", theme: "dark" },
  ];
  await page.evaluate((cases) => {
    for (const attributes of cases) {
      const element = document.createElement("baclofen-guide");
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.body.append(element);
    }
  }, cases);
  const widgets = page.locator("baclofen-guide");
  const before = [];
  for (let i = 0; i < cases.length; i++) {
    const guide = prerendered(widgets.nth(i));
    await expect(guide, JSON.stringify(cases[i])).toBeVisible();
    before.push([await guide.getAttribute("lang"), await visibleText(guide)]);
  }
  release();
  for (let i = 0; i < cases.length; i++) {
    const guide = live(widgets.nth(i));
    await expect(guide).toBeVisible();
    await expect(widgets.nth(i).locator("[data-prerendered]")).toHaveCount(0);
    const after = [await guide.getAttribute("lang"), await visibleText(guide)];
    expect(after, JSON.stringify(cases[i])).toEqual(before[i]);
  }
  // Nine different (language, emergency-number group) pairs: nine different texts.
  expect(new Set(before.map(([lang, text]) => lang + text)).size).toBe(9);
});

test.describe("a reader whose browser names no country", () => {
  test.use({ locale: "es-419" });
  test("gets the wording for anywhere, pre-rendered as the wasm renders it", async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto("/pages/es.html");
    const widget = page.locator("baclofen-guide");
    await expect(prerendered(widget)).toBeVisible();
    const before = await visibleText(prerendered(widget));
    release();
    await expect(live(widget)).toBeVisible();
    expect(await visibleText(live(widget))).toEqual(before);
  });
});

test("sections or a heading level the fragments do not cover: no fragment, the wasm renders", async ({ page }) => {
  const seen = await watch(page);
  const release = await holdWasm(page);
  // The language file comes (the wasm needs its content), its HTML is not shown.
  const file = page.waitForResponse(/\/guide-en-/);
  await page.goto("/pages/two.html");
  await file;
  await page.waitForTimeout(300);
  await expect(page.locator("baclofen-guide [data-prerendered]")).toHaveCount(0);
  release();
  await rendered(page, "#faq-only");
  await rendered(page, "#compare-and-facts");
  // One file for both widgets.
  expect(seen.requests.filter((url) => url.includes("/guide-"))).toHaveLength(1);
});

test("a value the loader might read differently from the wasm gets no fragment", async ({ page }) => {
  const seen = await watch(page);
  const release = await holdWasm(page);
  await page.goto("/pages/empty.html");
  // JavaScript's trim() removes U+FEFF, Rust's does not: the wasm rejects this region.
  await page.evaluate(() => {
    const element = document.createElement("baclofen-guide");
    element.setAttribute("region", "GB\uFEFF");
    document.body.append(element);
  });
  await page.waitForTimeout(500);
  await expect(page.locator("baclofen-guide [data-prerendered]")).toHaveCount(0);
  release();
  const widget = await rendered(page);
  await expect(widget.locator(".callout--emergency .callout__title").first()).toHaveText("Call 911 now");
  // Only for the content.
  expect(seen.requests.filter((url) => url.includes("/guide-"))).toHaveLength(1);
});

test("an attribute changed before the wasm loads replaces the fragment with the one that matches", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/pages/one.html");
  const widget = page.locator("baclofen-guide");
  const title = widget.locator(".callout--emergency .callout__title").first();
  await expect(title).toHaveText("Call 911 now");
  // The old number goes at once, before the new fragment arrives.
  const seen = await widget.evaluate((element) => {
    element.setAttribute("region", "GB");
    return element.shadowRoot.textContent.includes("911");
  });
  expect(seen).toBe(false);
  await expect(title).toContainText("999");
  await expect(widget.locator("[data-prerendered]")).toHaveCount(1);
  release();
  await rendered(page);
  await expect(widget.locator(".callout--emergency .callout__title").first()).toContainText("999");
});

test("no jump and no lost scroll position when the wasm takes over", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 915 });
  const release = await holdWasm(page);
  await page.goto("/pages/prerender.html");
  await expect(prerendered(page.locator("#en"))).toBeVisible();
  await expect(prerendered(page.locator("#es"))).toBeVisible();
  await page.evaluate(() => scrollTo(0, 1500));
  const where = () =>
    page.evaluate(() => ({
      scroll: scrollY,
      between: document.querySelector("#between").getBoundingClientRect().top,
      after: document.querySelector("#after").getBoundingClientRect().top,
    }));
  const before = await where();
  expect(before.scroll).toBe(1500);
  // Every frame from here to the takeover: the marker must not move.
  await page.evaluate(() => {
    window.__tops = [];
    const frame = () => {
      window.__tops.push(document.querySelector("#after").getBoundingClientRect().top);
      if (window.__tops.length < 600) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  release();
  await rendered(page, "#en");
  await rendered(page, "#es");
  expect(await where()).toEqual(before);
  const tops = await page.evaluate(() => window.__tops);
  expect(new Set(tops)).toEqual(new Set([before.after]));
});

test("two widgets of different languages each show their own language first", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/pages/prerender.html");
  await expect(prerendered(page.locator("#en"))).toHaveAttribute("lang", "en");
  await expect(prerendered(page.locator("#es"))).toHaveAttribute("lang", "es");
  await expect(prerendered(page.locator("#es"))).toContainText("No deje de tomar baclofeno de repente");
  release();
  await expect(live(page.locator("#en"))).toHaveAttribute("lang", "en");
  await expect(live(page.locator("#es"))).toHaveAttribute("lang", "es");
});

test("a strict CSP page shows the text first with no violation", async ({ page }) => {
  const seen = await watch(page);
  const release = await holdWasm(page);
  await page.goto(`/pages/prerender.html?csp=${encodeURIComponent(STRICT_CSP)}`);
  await expect(prerendered(page.locator("#es"))).toBeVisible();
  release();
  await rendered(page, "#en");
  await rendered(page, "#es");
  expect(seen.violations).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test("if the wasm fails, the text stays and the message shows above it", async ({ page }) => {
  await page.goto("/pages/broken-404.html");
  const widget = page.locator("baclofen-guide");
  const message = widget.getByRole("alert");
  await expect(message).toContainText("could not load");
  await expect(prerendered(widget)).toBeVisible();
  await expect(prerendered(widget)).toContainText("Do not stop taking baclofen suddenly");
  const [above, text] = [await message.boundingBox(), await prerendered(widget).boundingBox()];
  expect(above.y + above.height).toBeLessThanOrEqual(text.y);
});

// A wasm that never starts (badly hosted, blocked by the page's policy, a
// download cut off on a phone) leaves the pre-rendered text as all there is:
// it must read as a page, not as controls that do nothing.
for (const width of [360, 1280]) {
  test(`if the wasm fails, every row of the comparison and every answer can be read at ${width} px, and no control that needs the wasm shows`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/pages/broken-404.html");
    const widget = page.locator("baclofen-guide");
    await expect(widget.getByRole("alert")).toContainText("could not load");
    const guide = prerendered(widget);
    // Every row of the comparison (one at a time on a phone, with the wasm).
    const rows = guide.locator(".compare__table tbody tr");
    expect(await rows.count()).toBeGreaterThan(3);
    for (const row of await rows.all()) await expect(row).toBeVisible();
    // Text already shown stays (the safety box, the questions), and every
    // answer is open, with its sources.
    const answers = guide.locator(".faq-item__answer");
    expect(await answers.count()).toBeGreaterThan(30);
    await expect(answers.locator(".source-links")).toHaveCount(await answers.count());
    for (const answer of await answers.all()) await expect(answer).toBeVisible();
    await expect(guide.locator('.faq-item__button[aria-expanded="false"]')).toHaveCount(0);
    const text = await visibleText(guide);
    for (const words of ["Do not stop taking baclofen suddenly", "What conditions is baclofen used for?", "Take it as soon as you remember."]) {
      expect(text).toContain(words);
    }
    // The list of all sources opens without the wasm (a <details>).
    await guide.locator(".sources__all > summary").click();
    await expect(guide.locator(".sources__list li").first()).toBeVisible();
    // Nothing to tap that would do nothing.
    const controls = [
      guide.getByRole("searchbox"),
      guide.getByRole("button", { name: "Show all answers" }),
      guide.getByRole("button", { name: "Español" }),
      guide.getByRole("button", { name: "Print" }),
      guide.getByRole("button", { name: "Copy link" }).first(),
      guide.locator(".compare__picker"),
      guide.locator(".compare__view").first(),
    ];
    for (const control of controls) await expect(control).toBeHidden();
    const { default: AxeBuilder } = await import("@axe-core/playwright");
    const results = await new AxeBuilder({ page }).include("baclofen-guide").withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("if the wasm fails, each answer and the list of all sources read as the wasm renders them, with the reader's emergency number", async ({ page: working }) => {
  // One emergency-number group of each kind, in both languages, and anywhere.
  const cases = [{}, { lang: "es" }, { region: "GB" }, { lang: "es-MX" }, { lang: "en", region: "zz" }, { lang: "en-AU", region: "IE" }];
  const add = (page) =>
    page.evaluate((cases) => {
      for (const attributes of cases) {
        const element = document.createElement("baclofen-guide");
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        document.body.append(element);
      }
    }, cases);
  // What each answer and the source list hold: the wasm's, all answers open.
  const filled = (guide) =>
    guide.evaluate((root) => [
      root.querySelector(".sources__list").innerHTML,
      ...[...root.querySelectorAll(".faq-item__answer")].map((answer) => `${answer.hidden}: ${answer.innerHTML}`),
    ]);
  await working.goto("/pages/empty.html");
  await add(working);
  const expected = [];
  for (let i = 0; i < cases.length; i++) {
    const guide = live(working.locator("baclofen-guide").nth(i));
    await guide.locator(".faq__controls button").click();
    await expect(guide.locator(".faq-item__answer:not([hidden])")).toHaveCount(await guide.locator(".faq-item__answer").count());
    await expect(guide.locator(".faq-item__answer:not(:has(.source-links))")).toHaveCount(0);
    await expect(guide.locator(".sources__list li")).not.toHaveCount(0);
    expected.push(await filled(guide));
  }
  const page = await working.context().newPage();
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: "Not found" }));
  await page.goto("/pages/empty.html");
  await add(page);
  for (let i = 0; i < cases.length; i++) {
    const widget = page.locator("baclofen-guide").nth(i);
    await expect(widget.getByRole("alert")).toBeVisible();
    const guide = prerendered(widget);
    await expect(guide.locator(".faq-item__answer:not(:has(.source-links))")).toHaveCount(0);
    expect(await filled(guide), JSON.stringify(cases[i])).toEqual(expected[i]);
  }
  // The answers about emergencies name each group's numbers.
  const overdose = (i) => page.locator("baclofen-guide").nth(i).locator("#a-too-much").innerText();
  expect(await overdose(0)).toContain("Call 911 now");
  expect(await overdose(2)).toContain("Call 999 now");
  expect(await overdose(4)).toContain("your local emergency number");
});

test("a question tapped before the wasm runs opens when it does; the sources and the row chosen carry over", async ({ page }) => {
  const release = await holdWasm(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/pages/one.html");
  const widget = page.locator("baclofen-guide");
  const early = prerendered(widget);
  await expect(early).toBeVisible();
  // In the pre-rendered text, whose buttons do nothing yet.
  await early.locator("#q-missed-dose").click();
  await expect(early.locator("#q-missed-dose")).toHaveAttribute("aria-expanded", "false");
  await early.locator(".sources__all > summary").click();
  await early.getByLabel("Show").selectOption({ label: "Alcohol" });
  release();
  await rendered(page);
  await expect(widget.locator("[data-prerendered]")).toHaveCount(0);
  const guide = live(widget);
  await expect(guide.locator("#q-missed-dose")).toHaveAttribute("aria-expanded", "true");
  await expect(guide.locator("#a-missed-dose")).toBeVisible();
  await expect(guide.locator(".sources__list")).toBeVisible();
  await expect(guide.getByLabel("Show").locator("option:checked")).toHaveText("Alcohol");
  const rows = await guide.locator(".compare__table tbody tr").evaluateAll((trs) =>
    trs.filter((tr) => tr.checkVisibility()).map((tr) => tr.querySelector("th").textContent),
  );
  expect(rows).toEqual(["Serious warnings", "Alcohol"]);
});

test("a tap carries over even where frames are held back until the wasm has taken over", async ({ page }) => {
  // As in a tab whose frames wait (a background tab, some headless engines):
  // the part of the fragment below the safety box is appended a frame after
  // the top, and here that frame comes only after the takeover.
  await page.addInitScript(() => {
    const held = [];
    window.requestAnimationFrame = (callback) => held.push(callback);
    window.__frames = () => held.splice(0).forEach((callback) => callback(performance.now()));
  });
  const release = await holdWasm(page);
  await page.goto("/pages/one.html");
  const widget = page.locator("baclofen-guide");
  const early = prerendered(widget);
  await expect(early.locator(".safety")).toBeVisible();
  await expect(early.locator(".faq")).toHaveCount(0);
  await early.getByRole("button", { name: "Español" }).click();
  release();
  await expect(widget.locator("[data-prerendered]")).toHaveAttribute("hidden", "");
  await expect(live(widget).getByRole("button", { name: "Español" })).toHaveAttribute("aria-pressed", "true");
  await expect(live(widget).locator("#guide-title")).toHaveText(/baclofeno/i);
  await page.evaluate(() => window.__frames());
});

test("words typed in the search before the wasm runs are searched when it does, and focus stays", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/pages/one.html");
  const widget = page.locator("baclofen-guide");
  const early = prerendered(widget);
  await early.locator(".search__input").fill("drive");
  release();
  await rendered(page);
  await expect(widget.locator("[data-prerendered]")).toHaveCount(0);
  const guide = live(widget);
  await expect(guide.locator(".search__input")).toHaveValue("drive");
  await expect(guide.locator(".search__results")).toContainText(/\d|One/);
  // Only the questions with the word are left (of 41).
  await expect(guide.locator(".faq-item").first()).toContainText(/driv/i);
  expect(await guide.locator(".faq-item").count()).toBeLessThan(10);
  await expect(guide.locator(".search__input")).toBeFocused();
});
