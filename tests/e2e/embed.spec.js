// Embedding: the widget works on a clinic's page as one script tag and one
// element, from the release build hosted on another path.
import { test, expect } from "@playwright/test";
import { STRICT_CSP, liveWidgets, rendered, watch } from "./helpers.js";

test("the demo clinic page renders every section", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/widget/index.html");
  const widget = await rendered(page);
  for (const name of [
    "Baclofen: questions and answers",
    "Key facts",
    "Questions and answers",
    "Compare treatments for stiff muscles",
    "Sources and review",
  ]) {
    await expect(widget.getByRole("heading", { name, exact: true })).toBeVisible();
  }
  // Safety first, and never behind a click.
  await expect(widget.getByRole("heading", { name: /call 911/i })).toBeVisible();
  await expect(widget.getByRole("heading", { name: /pump: go to hospital/i })).toBeVisible();
  await expect(widget.getByText(/do not stop taking baclofen suddenly/i).first()).toBeVisible();
  await expect(widget.getByRole("table")).toBeVisible();
  await expect(widget.getByText(/Content last checked/)).toBeVisible();
  await expect(widget.locator("time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
  expect(seen.errors).toEqual([]);
  expect(seen.warnings).toEqual([]);
});

test("the wasm loads relative to the module, from another path than the page", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/pages/one.html");
  await rendered(page);
  const wasm = seen.requests.filter((url) => url.endsWith(".wasm"));
  expect(wasm).toHaveLength(1);
  expect(new URL(wasm[0]).pathname).toMatch(/^\/widget\/[^/]+_bg\.wasm$/);
});

test("the files can live on another origin than the page", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/pages/cross-origin.html");
  const widget = await rendered(page);
  await expect(widget.getByRole("heading", { name: "Questions and answers", exact: true })).toBeVisible();
  const wasm = seen.requests.find((url) => url.endsWith(".wasm"));
  expect(new URL(wasm).origin).not.toBe(new URL(page.url()).origin);
  expect(seen.errors).toEqual([]);
});

test("no request leaves the page's origin", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/widget/index.html");
  const widget = await rendered(page);
  await widget.getByRole("button", { name: "Show all answers" }).click();
  await widget.getByRole("checkbox", { checked: true }).first().uncheck();
  await widget.getByRole("checkbox", { checked: false, disabled: false }).last().check();
  await page.waitForLoadState("networkidle");
  const origin = new URL(page.url()).origin;
  const elsewhere = seen.requests.filter((url) => new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
  expect(seen.requests.length).toBeGreaterThan(2);
});

test("a strict Content-Security-Policy page renders it with no violation", async ({ page }) => {
  const seen = await watch(page);
  const response = await page.goto(`/pages/one.html?csp=${encodeURIComponent(STRICT_CSP)}`);
  expect(response.headers()["content-security-policy"]).toBe(STRICT_CSP);
  const widget = await rendered(page);
  await widget.getByRole("button", { name: "Show all answers" }).click();
  await expect(widget.getByRole("button", { name: "Hide all answers" })).toBeVisible();
  // The adopted stylesheet applied: the emergency title is white on red.
  const title = widget.locator(".callout--emergency .callout__title").first();
  await expect(title).toHaveCSS("color", "rgb(255, 255, 255)");
  expect(seen.violations).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test("two widgets with different sections work independently", async ({ page }) => {
  await page.goto("/pages/two.html");
  const faqOnly = await rendered(page, "#faq-only");
  const other = await rendered(page, "#compare-and-facts");

  // heading-level="3": the title is an h3 and its sections h4.
  await expect(faqOnly.getByRole("heading", { name: "Questions and answers", exact: true, level: 4 })).toBeVisible();
  await expect(faqOnly.getByRole("table")).toHaveCount(0);
  await expect(faqOnly.getByRole("heading", { name: "Key facts" })).toHaveCount(0);
  await expect(other.getByRole("heading", { name: "Questions and answers", exact: true })).toHaveCount(0);
  await expect(other.getByRole("table")).toBeVisible();
  await expect(other.getByRole("heading", { name: "Key facts" })).toBeVisible();
  // Without its safety section a widget still shows the short safety notice.
  await expect(faqOnly.getByText(/do not stop taking baclofen suddenly/i)).toBeVisible();

  // Opening an answer in one widget changes nothing in the other.
  await faqOnly.getByRole("button", { name: "Show all answers" }).click();
  await expect(faqOnly.getByRole("button", { name: "Hide all answers" })).toBeVisible();
  const otherBefore = await other.locator(".compare__table th[scope=col]").count();
  await other.getByRole("checkbox", { checked: true }).first().uncheck();
  await expect(other.locator(".compare__table th[scope=col]")).toHaveCount(otherBefore - 1);
  await expect(faqOnly.getByRole("button", { name: "Hide all answers" })).toBeVisible();
});

test("a widget added after load renders, and a removed one is destroyed", async ({ page }) => {
  await page.goto("/pages/empty.html");
  await page.waitForFunction(() => customElements.get("baclofen-guide"));
  expect(await liveWidgets(page)).toBe(0);
  await page.evaluate(() => {
    for (const id of ["late-1", "late-2"]) {
      const element = document.createElement("baclofen-guide");
      element.id = id;
      document.body.append(element);
    }
  });
  await rendered(page, "#late-1");
  await rendered(page, "#late-2");
  expect(await liveWidgets(page)).toBe(2);
  await page.evaluate(() => document.getElementById("late-1").remove());
  await expect.poll(() => liveWidgets(page)).toBe(1);
  // Moving an element keeps its widget (and its state).
  await page.evaluate(() => document.body.prepend(document.getElementById("late-2")));
  await rendered(page, "#late-2");
  expect(await liveWidgets(page)).toBe(1);
});

test("a bad attribute logs one warning naming it and the accepted values, and uses the default", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/pages/empty.html");
  await page.evaluate(() => {
    const element = document.createElement("baclofen-guide");
    element.setAttribute("heading-level", "9");
    element.setAttribute("sections", "faq glossary");
    element.setAttribute("lang", "xx");
    document.body.append(element);
  });
  const widget = await rendered(page);
  await expect(widget.getByRole("heading", { name: "Baclofen: questions and answers", level: 2 })).toBeVisible();
  await expect(widget.getByRole("heading", { name: "Questions and answers", exact: true })).toBeVisible();
  await expect(widget.getByRole("table")).toHaveCount(0);
  const about = (name) => seen.warnings.filter((w) => w.includes(`${name}=`));
  expect(about("heading-level")).toHaveLength(1);
  expect(about("heading-level")[0]).toContain("2, 3, 4, 5, 6");
  expect(about("sections")).toHaveLength(1);
  expect(about("sections")[0]).toContain("glossary");
  expect(about("sections")[0]).toContain("key-facts");
  expect(about("lang")).toHaveLength(1);
  expect(about("lang")[0]).toContain("en");
});

test("changing an attribute updates the widget", async ({ page }) => {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  await expect(widget.getByRole("table")).toBeVisible();
  await page.evaluate(() => document.querySelector("baclofen-guide").setAttribute("sections", "faq"));
  await expect(widget.getByRole("table")).toHaveCount(0);
  await expect(widget.getByRole("heading", { name: "Questions and answers", exact: true })).toBeVisible();
});
