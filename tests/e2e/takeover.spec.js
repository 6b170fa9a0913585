// No long tasks when the wasm takes over from the pre-rendered text: on a
// phone a render of the whole guide in one task blocks the page for a few
// hundred milliseconds (Lighthouse's total blocking time). Timings are not
// asserted (they depend on the machine); what the page sees is: a
// MutationObserver on each shadow root records, after every task that
// changed it, how much of the wasm's render is there, so a render done in
// one task shows as one step.
import { test, expect } from "@playwright/test";
import { rendered } from "./helpers.js";

/** Before any of the page runs: records the steps of each widget's render in `window.__steps`. */
function recordSteps() {
  window.__steps = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    const host = this;
    new MutationObserver(() => {
      const guide = root.querySelector("div:not([data-prerendered]) > .guide");
      if (!guide) return;
      const answers = [...guide.querySelectorAll(".faq-item__answer")];
      window.__steps.push({
        id: host.id,
        // The pre-rendered text still shows: the wasm's render is hidden behind it.
        behind: !!root.querySelector("[data-prerendered]:not([hidden])"),
        // Nothing of the wasm's render shows over that text, nor reaches a screen reader.
        unseen: getComputedStyle(guide).visibility === "hidden",
        questions: guide.querySelectorAll(".faq-item").length,
        rows: guide.querySelectorAll(".compare__table tbody tr").length,
        sources: !!guide.querySelector(".sources__list"),
        // A closed answer is filled in once it has more than its Copy link button.
        filled: answers.filter((answer) => answer.children.length > 1).length,
      });
      window.__onStep?.(root);
    }).observe(root, { childList: true, subtree: true });
    return root;
  };
}

test("behind the pre-rendered text, the wasm renders in steps, a task each, and swaps once all is there", async ({ page }) => {
  await page.addInitScript(recordSteps);
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  const all = await widget.locator(".faq-item").count();
  const rows = await widget.locator(".compare__table tbody tr").count();
  const steps = await page.evaluate(() => window.__steps);
  const behind = steps.filter((step) => step.behind);
  expect(behind.every((step) => step.unseen)).toBe(true);
  // It starts small: the top of the guide, no questions yet.
  expect(behind[0]).toMatchObject({ questions: 0, rows: 0, sources: false });
  // The questions, then the comparison's rows, each in later tasks.
  const questions = new Set(behind.map((step) => step.questions));
  const rowCounts = new Set(behind.map((step) => step.rows));
  expect(questions.size).toBeGreaterThanOrEqual(2);
  expect(rowCounts.size).toBeGreaterThanOrEqual(2);
  const firstRows = behind.findIndex((step) => step.rows > 0);
  expect(behind[firstRows - 1].questions).toBe(all);
  expect(Math.max(...questions)).toBe(all);
  expect(Math.max(...rowCounts)).toBe(rows);
  // The swap comes once the whole guide is there.
  expect(steps.find((step) => !step.behind)).toMatchObject({ questions: all, rows, sources: true });
});

test("the closed answers' text is filled in a few answers per task, after the swap", async ({ page }) => {
  await page.addInitScript(recordSteps);
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  const answers = widget.locator(".faq-item__answer[hidden]");
  const total = await widget.locator(".faq-item").count();
  // Until every closed answer has its text (find-in-page needs it).
  await expect
    .poll(() => answers.evaluateAll((list) => list.filter((answer) => answer.children.length === 1).length))
    .toBe(0);
  const steps = await page.evaluate(() => window.__steps);
  expect(steps.filter((step) => step.behind).every((step) => step.filled === 0)).toBe(true);
  const filled = [...new Set(steps.map((step) => step.filled))];
  // Many steps between none and all, not one.
  expect(filled.filter((n) => n > 0 && n < total).length).toBeGreaterThanOrEqual(5);
  expect(Math.max(...filled)).toBe(total);
});

test("a question tapped while the wasm takes over opens at the swap", async ({ page }) => {
  await page.addInitScript(recordSteps);
  await page.addInitScript(() => {
    // Between two of the wasm's tasks, before its render has reached the
    // questions, the reader taps one in the pre-rendered text.
    window.__onStep = (root) => {
      const early = window.__steps.at(-1).questions === 0;
      if (window.__tapped || !early || !root.querySelector("[data-prerendered]:not([hidden])")) return;
      window.__tapped = true;
      root.querySelector("[data-prerendered] #q-missed-dose").click();
    };
  });
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  expect(await page.evaluate(() => window.__tapped)).toBe(true);
  await expect(widget.locator("#q-missed-dose")).toHaveAttribute("aria-expanded", "true");
  await expect(widget.locator("#a-missed-dose")).toBeVisible();
});

test("a widget without pre-rendered text renders at once, not in steps", async ({ page }) => {
  await page.addInitScript(recordSteps);
  await page.goto("/pages/two.html");
  await rendered(page, "#faq-only");
  await rendered(page, "#compare-and-facts");
  const steps = await page.evaluate(() => window.__steps);
  const first = (id) => steps.find((step) => step.id === id);
  expect(first("faq-only").questions).toBeGreaterThan(40);
  expect(first("compare-and-facts").rows).toBeGreaterThan(10);
});

test.describe("a widget far below the fold", () => {
  test.use({ viewport: { width: 412, height: 915 } });

  test("shows its text but fetches the wasm only when the reader scrolls near it", async ({ page }) => {
    const wasm = [];
    page.on("request", (request) => request.url().endsWith(".wasm") && wasm.push(request.url()));
    await page.goto("/pages/far.html");
    const widget = page.locator("baclofen-guide");
    await expect(widget.locator("[data-prerendered] > .guide")).toHaveCount(1);
    // Loaded, and two frames later (the observer has reported): no wasm.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(wasm).toEqual([]);
    await widget.evaluate((element) => element.scrollIntoView());
    await rendered(page);
    expect(wasm).toHaveLength(1);
  });

  test("a link to one of its answers loads the wasm at once, which opens it", async ({ page }) => {
    await page.goto("/pages/far.html#baclofen-missed-dose");
    const widget = await rendered(page);
    await expect(widget.locator("#q-missed-dose")).toHaveAttribute("aria-expanded", "true");
  });
});
