// Pages that enforce Trusted Types (CSP `require-trusted-types-for 'script'`)
// against DOM XSS: the widget's HTML, escaped when the guide was built, goes
// through its one named policy, `baclofen-guide`.
import { test, expect } from "@playwright/test";
import { STRICT_CSP, rendered, watch } from "./helpers.js";

const page_ = (csp) => `/pages/one.html?csp=${encodeURIComponent(csp)}`;

test("with `trusted-types baclofen-guide` it renders and works with no violation", async ({ page }) => {
  const seen = await watch(page);
  await page.goto(page_(`${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types baclofen-guide`));
  const widget = await rendered(page);
  // Answers, search highlights and sources are the widget's own HTML.
  await widget.getByRole("searchbox").fill("dose");
  await expect(widget.locator("mark").first()).toBeVisible();
  await widget.getByRole("searchbox").fill("");
  const question = widget.getByRole("button", { name: "What is baclofen?" });
  await question.click();
  await expect(question).toHaveAttribute("aria-expanded", "true");
  expect(seen.violations).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(seen.warnings).toEqual([]);
});

test("a page whose CSP does not allow the policy gets the failure message, not an empty box", async ({ page }) => {
  const seen = await watch(page);
  await page.goto(page_(`${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types clinic-policy`));
  await expect(page.locator("baclofen-guide").getByRole("alert")).toContainText("could not load");
  await expect(page.locator("baclofen-guide .guide")).toHaveCount(0);
  expect(seen.errors.some((e) => e.includes("trusted-types baclofen-guide"))).toBe(true);
});

test("a page that names other policies but does not require Trusted Types still renders", async ({ page }) => {
  await page.goto(page_(`${STRICT_CSP}; trusted-types clinic-policy`));
  await rendered(page);
});

// Not a panic or a wasm trap: a DOM call inside the widget throws. It must
// stop the widget with the message, and keep the text already shown.
test("an exception escaping the widget's code shows the message and keeps the text", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  // Once the widget has filled in the closed answers and the source list
  // (after its first paint, through innerHTML): the search below is then
  // what throws, not a late fill.
  const answers = widget.locator(".faq-item__answer");
  await expect(answers.locator(".source-links")).toHaveCount(await answers.count());
  await expect(widget.locator(".sources__list li")).not.toHaveCount(0);
  await page.evaluate(() => {
    // From now on setting innerHTML fails, as a blocked sink would (a native
    // function, so the error is thrown from the widget's own code).
    Object.defineProperty(Element.prototype, "innerHTML", { set: HTMLElement.prototype.attachInternals });
  });
  await widget.getByRole("searchbox").fill("dose");
  await expect(widget.getByRole("alert")).toContainText("could not load");
  // What the reader saw is still there, below the message.
  await expect(widget.locator(".guide")).toBeVisible();
  await expect(widget.locator(".guide")).toContainText("Do not stop taking baclofen suddenly");
  // As a page to read: the search box, which does nothing now, is gone.
  await expect(widget.getByRole("searchbox")).toBeHidden();
  expect(seen.errors.some((e) => e.includes("<baclofen-guide> stopped after an error"))).toBe(true);
});

test("a page's own event listener that throws does not stop the widget", async ({ page }) => {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  await page.evaluate(() =>
    document.addEventListener("baclofen-guide:toggle", () => {
      throw new Error("the clinic's analytics failed");
    }),
  );
  const question = widget.getByRole("button", { name: "What is baclofen?" });
  await question.click();
  await expect(question).toHaveAttribute("aria-expanded", "true");
  await question.click();
  await expect(question).toHaveAttribute("aria-expanded", "false");
  await expect(widget.getByRole("alert")).toHaveCount(0);
});
