// Hostile host pages: whatever the clinic's page does, the widget looks and
// works the same. Each fixture keeps a screenshot as a test artefact.
import { test, expect } from "@playwright/test";
import { STRICT_CSP, liveWidgets, rendered, watch } from "./helpers.js";

/** What the widget looks like, as numbers a test can compare. */
function looks(widget) {
  return widget.evaluate((host) => {
    const root = host.shadowRoot;
    const style = (selector, ...props) => {
      const s = getComputedStyle(root.querySelector(selector));
      return props.map((p) => s.getPropertyValue(p));
    };
    return {
      guide: style(".guide", "font-family", "font-size", "color", "letter-spacing", "text-transform", "line-height"),
      button: style(".faq-item__button", "display", "color", "font-size"),
      table: style(".compare__table", "display"),
      search: style(".search__input", "visibility"),
      heading: style("#faq-heading", "font-size", "text-decoration-line"),
    };
  });
}

async function screenshot(page, testInfo, name) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

test("aggressive global CSS does not change the widget", async ({ page }, testInfo) => {
  await page.goto("/pages/one.html");
  const plain = await looks(await rendered(page));
  await page.goto("/pages/hostile.html");
  const widget = await rendered(page);
  expect(await looks(widget)).toEqual(plain);
  // And it works: a question opens, the table is a table, links are links.
  await widget.getByRole("button", { name: "What is baclofen?" }).click();
  await expect(widget.locator("#a-what-is-baclofen")).toBeVisible();
  await expect(widget.getByRole("table")).toBeVisible();
  await screenshot(page, testInfo, "hostile-css");
});

test("the strict-CSP page looks the same and works", async ({ page }, testInfo) => {
  await page.goto("/pages/one.html");
  const plain = await looks(await rendered(page));
  const seen = await watch(page);
  await page.goto(`/pages/one.html?csp=${encodeURIComponent(STRICT_CSP)}`);
  const widget = await rendered(page);
  expect(await looks(widget)).toEqual(plain);
  await widget.getByRole("searchbox").fill("pump");
  await expect(widget.locator(".faq-item__button mark").first()).toBeVisible();
  expect(seen.violations).toEqual([]);
  await screenshot(page, testInfo, "strict-csp");
});

test("inside an iframe it renders and works", async ({ page }, testInfo) => {
  await page.goto("/pages/iframe.html");
  const frame = page.frameLocator("iframe");
  const widget = frame.locator("baclofen-guide");
  await expect(widget.locator("div:not([data-prerendered]) > .guide")).toBeVisible();
  await widget.getByRole("button", { name: "Show all answers" }).click();
  await expect(widget.getByRole("button", { name: "Hide all answers" })).toBeVisible();
  await screenshot(page, testInfo, "iframe");
});

test("adding and removing widgets many times leaks no app", async ({ page }) => {
  await page.goto("/pages/empty.html");
  await page.waitForFunction(() => customElements.get("baclofen-guide"));
  for (let round = 0; round < 20; round++) {
    await page.evaluate(() => {
      for (let i = 0; i < 3; i++) document.body.append(document.createElement("baclofen-guide"));
    });
    // The wasm's renders, not the pre-rendered HTML shown before them.
    await expect(page.locator("baclofen-guide div:not([data-prerendered]) > .guide")).toHaveCount(3);
    expect(await liveWidgets(page)).toBe(3);
    await page.evaluate(() => document.querySelectorAll("baclofen-guide").forEach((e) => e.remove()));
    await expect.poll(() => liveWidgets(page)).toBe(0);
  }
});

test("two widgets with different themes on one page", async ({ page }, testInfo) => {
  await page.goto("/pages/themes.html");
  const light = await rendered(page, "#light");
  const dark = await rendered(page, "#dark");
  const background = (w) => w.locator(".guide").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background(light)).toBe("rgb(255, 255, 255)");
  expect(await background(dark)).toBe("rgb(21, 25, 28)");
  // The clinic's accent, font and corners reach the light one only.
  const button = (w) => w.locator(".faq-item__button").first();
  await expect(button(light)).toHaveCSS("color", "rgb(122, 31, 92)");
  await expect(button(dark)).toHaveCSS("color", "rgb(140, 196, 255)");
  await expect(light.locator(".guide")).toHaveCSS("font-family", "Georgia, serif");
  await expect(light.locator(".button").first()).toHaveCSS("border-radius", "12px");
  // Each works on its own.
  await button(dark).click();
  await expect(button(dark)).toHaveAttribute("aria-expanded", "true");
  await expect(button(light)).toHaveAttribute("aria-expanded", "false");
  await screenshot(page, testInfo, "two-themes");
});

test("an accent too pale to read is replaced, with a warning saying so", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/pages/themes.html");
  await page.evaluate(() => {
    const element = document.createElement("baclofen-guide");
    element.id = "pale";
    element.setAttribute("theme", "light");
    document.body.append(element);
  });
  const widget = await rendered(page, "#pale");
  const color = await widget.locator(".faq-item__button").first().evaluate((el) => getComputedStyle(el).color);
  expect(color).not.toBe("rgb(255, 221, 0)");
  const warning = seen.warnings.find((w) => w.includes("accent colour"));
  expect(warning).toContain("rgb(255, 221, 0)");
  expect(warning).toContain("4.5:1");
  expect(warning).toContain(color);
});
