// axe-core in real Chromium, with GOV.UK Frontend's tag set, on the demo
// page with every answer closed and with every answer (and the list of all
// sources) open, in both languages, both themes, and both layouts of the
// comparison.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { rendered, tabTo } from "./helpers.js";

const TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

async function violations(page) {
  const results = await new AxeBuilder({ page }).include("baclofen-guide").withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("no axe violations with the answers closed", async ({ page }) => {
  await page.goto("/widget/index.html");
  await rendered(page);
  expect(await violations(page)).toEqual([]);
});

test("no axe violations with every answer open", async ({ page }) => {
  await page.goto("/widget/index.html");
  const widget = await rendered(page);
  await widget.getByRole("button", { name: "Show all answers" }).click();
  await expect(widget.getByRole("button", { name: "Hide all answers" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

// Both layouts of the comparison (stacked at 320 px, a grid at 1280 px), in
// both themes and both languages.
const SHOW_ALL = {
  en: ["/widget/index.html", "Show all answers", "Hide all answers"],
  es: ["/pages/es.html", "Mostrar todas las respuestas", "Ocultar todas las respuestas"],
};
for (const lang of ["en", "es"]) {
  for (const colorScheme of ["light", "dark"]) {
    for (const width of [320, 1280]) {
      test(`no axe violations in ${lang}, in the ${colorScheme} theme at ${width} px`, async ({ page }) => {
        const [url, show, hide] = SHOW_ALL[lang];
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 800 });
        await page.goto(url);
        const widget = await rendered(page);
        expect(await violations(page)).toEqual([]);
        await widget.getByRole("button", { name: show }).click();
        await expect(widget.getByRole("button", { name: hide })).toBeVisible();
        // And the list of all sources open: its links far enough apart to tap.
        await widget.locator(".sources__all > summary").click();
        await expect(widget.locator(".sources__list li").last()).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    }
  }
}

test("Up, Down, Home and End move between questions", async ({ page }) => {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  const buttons = widget.locator(".faq-item__button");
  const last = (await buttons.count()) - 1;
  await buttons.first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(buttons.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(buttons.first()).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(buttons.nth(last)).toBeFocused();
  await page.keyboard.press("Home");
  await expect(buttons.first()).toBeFocused();
  await page.keyboard.press("End");
  await expect(buttons.nth(last)).toBeFocused();
});

test("the focus indicator is visible with at least 3:1 contrast", async ({ page }) => {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  await tabTo(page, widget.locator(".faq-item__button").first());
  const ring = await widget.locator(".faq-item__button").first().evaluate((el) => {
    const s = getComputedStyle(el);
    const background = getComputedStyle(el.closest(".guide")).backgroundColor;
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, background };
  });
  expect(ring.style).toBe("solid");
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(contrast(ring.color, ring.background)).toBeGreaterThanOrEqual(3);
});

test("no keyboard trap: Tab goes through the whole widget and out", async ({ page }) => {
  await page.goto("/pages/hostile.html");
  const widget = await rendered(page);
  await widget.locator(".search__input").focus();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.textContent === "A link after the widget")) return;
  }
  throw new Error("Tab never left the widget");
});

test("usable at 200% text size: nothing clipped, no sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/pages/one.html");
  await page.addStyleTag({ content: "baclofen-guide { --baclofen-font-size: 200%; }" });
  const widget = await rendered(page);
  expect(await widget.locator(".guide").evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(32);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const button of await widget.locator(".faq-item__button").all()) {
    expect(await button.evaluate((b) => b.scrollWidth <= b.clientWidth)).toBe(true);
  }
  await widget.getByRole("button", { name: "What is baclofen?" }).click();
  await expect(widget.locator("#a-what-is-baclofen")).toBeVisible();
});

test("reduced motion turns the chevron animation off", async ({ page }) => {
  await page.goto("/pages/one.html");
  let widget = await rendered(page);
  const duration = () =>
    widget.locator(".faq-item__button").first().evaluate((b) => getComputedStyle(b, "::after").transitionDuration);
  expect(await duration()).toBe("0.2s");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.reload();
  widget = await rendered(page);
  expect(await duration()).toBe("0s");
});

test("forced colours (Windows High Contrast) keep every boundary", async ({ page }, testInfo) => {
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/widget/index.html");
  const widget = await rendered(page);
  await expect(widget.locator(".callout__title").first()).toHaveCSS("border-bottom-style", "solid");
  await widget.getByRole("button", { name: "Show all answers" }).click();
  expect(await violations(page)).toEqual([]);
  const path = testInfo.outputPath("forced-colors.png");
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach("forced-colors", { path, contentType: "image/png" });
});

/** WCAG contrast of two computed `rgb()` colours. */
function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, b] = css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => {
      c /= 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
