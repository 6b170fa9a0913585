// Never a blank box: when the wasm cannot load or compile, or the code
// crashes, the element says so in a sentence and offers the clinic's page.
import { test, expect } from "@playwright/test";
import { rendered } from "./helpers.js";

async function expectFailureMessage(page, selector = "baclofen-guide") {
  const message = page.locator(selector).getByRole("alert");
  await expect(message).toContainText("could not load");
  return message;
}

test("a missing .wasm (404) shows the message and the fallback link", async ({ page }) => {
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("/pages/broken-404.html");
  const message = await expectFailureMessage(page);
  await expect(message.getByRole("link")).toHaveAttribute("href", "/clinic/baclofen-leaflet.html");
  expect(errors.some((e) => e.includes("<baclofen-guide> could not start"))).toBe(true);
});

test("an HTML page served in place of the .wasm shows the message", async ({ page }) => {
  await page.goto("/pages/broken-html.html");
  await expectFailureMessage(page);
});

test("a CSP without 'wasm-unsafe-eval' shows the message, and the guide as a page to read, every answer open", async ({ page }) => {
  const csp = "default-src 'self'; script-src 'self'; style-src 'self'";
  await page.goto(`/pages/one.html?csp=${encodeURIComponent(csp)}`);
  await expectFailureMessage(page);
  const widget = page.locator("baclofen-guide");
  await expect(widget.locator("#a-missed-dose")).toContainText("Take it as soon as you remember.");
  await expect(widget.locator("#a-missed-dose")).toBeVisible();
  await expect(widget.locator("#q-missed-dose")).toHaveAttribute("aria-expanded", "true");
});

/**
 * Renders two widgets, then crashes the wasm through its export
 * `name`: from a timer or a promise job, where nothing
 * catches it. Checks both widgets show the message, with every answer open,
 * and that a widget added afterwards says so too instead of staying blank.
 * Returns the console errors.
 */
async function crashTwoWidgets(page, name, how) {
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("/pages/two.html");
  await rendered(page, "#faq-only");
  await rendered(page, "#compare-and-facts");
  // Every closed answer filled in (after the first paint).
  const answers = page.locator("#faq-only .faq-item__answer");
  await expect(answers.locator(".source-links")).toHaveCount(await answers.count());
  await page.evaluate(
    async ([name, how]) => {
      const crash = await customElements.get("baclofen-guide").exportForTests(name);
      if (how === "from a timer") setTimeout(crash);
      else Promise.resolve().then(crash);
    },
    [name, how],
  );
  await expectFailureMessage(page, "#faq-only");
  await expectFailureMessage(page, "#compare-and-facts");
  // What was shown stays readable: no answer left closed that nothing can
  // open now, and no search box that would do nothing.
  for (const answer of await answers.all()) await expect(answer).toBeVisible();
  await expect(page.locator("#faq-only .search")).toBeHidden();
  await page.evaluate(() => document.body.append(document.createElement("baclofen-guide")));
  await expectFailureMessage(page, "baclofen-guide >> nth=2");
  return errors;
}

// A release build has no panic messages: a panic is a trap at once
// (src/embed/trap-panics.mjs), as is running out of stack or memory. Either
// escapes as an uncaught WebAssembly.RuntimeError from a timer, a listener
// or a promise job.
for (const [name, what] of [["panicForTests", "a Rust panic"], ["trapForTests", "a trap that is not a panic"]]) {
  for (const how of ["from a timer", "from a promise"]) {
    test(`${what}, thrown ${how}, shows the message in every widget, and its text stays readable`, async ({ page }) => {
      const errors = await crashTwoWidgets(page, name, how);
      expect(errors.some((e) => e.includes("<baclofen-guide> stopped after an error"))).toBe(true);
    });
  }
}

// A trap while the widget follows an attribute the page changed: the
// browser reports it (a custom element's callback), and the loader tells
// it from the stack, as for a timer's.
test("a trap while following a changed attribute shows the message in every widget", async ({ page }) => {
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("/pages/two.html");
  await rendered(page, "#faq-only");
  await rendered(page, "#compare-and-facts");
  await page.evaluate(async () => {
    const guide = customElements.get("baclofen-guide");
    const [Widget, trap] = await Promise.all([guide.exportForTests("Widget"), guide.exportForTests("trapForTests")]);
    // The wasm traps inside the widget's update, as a panic does in a release build.
    Widget.prototype.update = () => trap();
    document.querySelector("#faq-only").setAttribute("theme", "dark");
  });
  await expectFailureMessage(page, "#faq-only");
  await expectFailureMessage(page, "#compare-and-facts");
  expect(errors.some((e) => e.includes("<baclofen-guide> stopped after an error"))).toBe(true);
});

test("another script's wasm trap on the page leaves the widget working", async ({ page }) => {
  await page.goto("/pages/one.html");
  await rendered(page);
  await page.evaluate(() => {
    // A module whose one function, exported as "f", only traps.
    const bytes = new Uint8Array([
      0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11,
    ]);
    const { f } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
    setTimeout(f);
    Promise.resolve().then(f);
  });
  await page.waitForTimeout(200);
  const widget = page.locator("baclofen-guide");
  await expect(widget.getByRole("alert")).toHaveCount(0);
  // Still working: an answer opens.
  const question = widget.getByRole("button", { name: "What is baclofen?" });
  await question.click();
  await expect(question).toHaveAttribute("aria-expanded", "true");
});
