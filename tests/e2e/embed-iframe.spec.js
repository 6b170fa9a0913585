// The iframe embed (dist/embed.html), for sites that take an iframe but no
// script: options from its URL query, its height told to the parent page,
// and the optional helper (dist/embed-resize.js) that sizes the iframe.
import { test, expect } from "@playwright/test";
import { STRICT_CSP, rendered, watch } from "./helpers.js";

/** The guide inside the page's first iframe, once rendered. */
async function framedGuide(page) {
  const frame = page.frameLocator("iframe").first();
  const guide = frame.locator("baclofen-guide");
  await expect(guide.locator("div:not([data-prerendered]) > .guide")).toBeVisible();
  return guide;
}

test("options come from the query, named as the attributes", async ({ page }) => {
  const seen = await watch(page);
  await page.goto(`/widget/embed.html?lang=es&sections=faq%20compare&theme=dark&heading-level=3&csp=${encodeURIComponent(STRICT_CSP)}`);
  const guide = page.locator("baclofen-guide");
  await expect(guide.locator("div:not([data-prerendered]) > .guide")).toBeVisible();
  await expect(guide.getByRole("heading", { level: 3 })).toHaveText("Baclofeno: preguntas y respuestas");
  await expect(guide.locator(".faq")).toBeVisible();
  await expect(guide.locator(".compare")).toBeVisible();
  await expect(guide.locator(".key-facts")).toHaveCount(0);
  await expect(guide).toHaveAttribute("theme", "dark");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect(seen.violations).toEqual([]);
  expect(seen.errors).toEqual([]);
  // The one warning is for the test server's own `csp` parameter, which the page does not know.
  expect(seen.warnings).toEqual([expect.stringContaining("ignoring the option csp.")]);
});

test("every attribute the element observes is an option: region too", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/widget/embed.html?lang=es&region=ES");
  const guide = page.locator("baclofen-guide");
  await expect(guide.locator(".callout--emergency .callout__title").first()).toContainText("112");
  expect(seen.warnings).toEqual([]);
});

test("a bad query value warns once, naming it and the accepted values, and the default is used", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/widget/embed.html?theme=purple&colour=red");
  const guide = page.locator("baclofen-guide");
  await expect(guide.locator("div:not([data-prerendered]) > .guide")).toBeVisible();
  await page.waitForTimeout(200);
  expect(seen.warnings.filter((w) => w.includes("purple"))).toHaveLength(1);
  expect(seen.warnings.find((w) => w.includes('theme="purple"'))).toMatch(/light.*dark.*auto/);
  // An option the element does not have is named too, with the accepted ones.
  expect(seen.warnings.filter((w) => w.includes("colour"))).toEqual([
    expect.stringMatching(/ignoring the option colour\. Accepted options: lang, .*sections, heading-level, theme.*fallback-href/),
  ]);
  await expect(guide.getByRole("heading", { level: 2 }).first()).toBeVisible();
});

test("a link to one answer works through the iframe's URL", async ({ page }) => {
  await page.goto("/widget/embed.html?lang=en#baclofen-missed-dose");
  await rendered(page);
  const question = page.locator("baclofen-guide").locator("#q-missed-dose");
  await expect(question).toHaveAttribute("aria-expanded", "true");
});

test("without the helper the iframe keeps its height and the guide scrolls inside it", async ({ page }) => {
  await page.addInitScript(() => {
    if (window === top) addEventListener("message", (e) => (window.__heights ??= []).push(e.data));
  });
  await page.goto("/pages/embed-frame.html");
  const guide = await framedGuide(page);
  await expect(page.locator("iframe")).toHaveJSProperty("offsetHeight", 804); // 800 + borders
  const frame = page.frames()[1];
  expect(await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);

  // The reported height is the content's height, also after an answer opens.
  const contentHeight = () =>
    frame.evaluate(() => {
      const bottom = document.querySelector("baclofen-guide").getBoundingClientRect().bottom + scrollY;
      return bottom + parseFloat(getComputedStyle(document.body).paddingBottom);
    });
  const lastHeight = () => page.evaluate(() => window.__heights?.at(-1));
  await expect.poll(async () => Math.abs((await lastHeight())?.height - (await contentHeight()))).toBeLessThanOrEqual(2);
  const before = (await lastHeight()).height;
  const question = guide.getByRole("button", { name: "What is baclofen?" });
  await question.click();
  await expect(question).toHaveAttribute("aria-expanded", "true");
  await expect.poll(async () => (await lastHeight()).height).toBeGreaterThan(before);
  await expect.poll(async () => Math.abs((await lastHeight()).height - (await contentHeight()))).toBeLessThanOrEqual(2);
  expect(await lastHeight()).toEqual({ type: "baclofen-guide:height", height: expect.any(Number) });
});

test("with the helper, the parent page sizes the iframe to the guide, across origins", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/pages/embed-helper.html");
  const guide = await framedGuide(page);
  const frame = page.frames()[1];
  // The iframe is as tall as the guide and its page's padding: no more, no less.
  const fits = async () => {
    const outer = await page.locator("iframe").evaluate((f) => f.clientHeight);
    const inner = await frame.evaluate(() => {
      const bottom = document.querySelector("baclofen-guide").getBoundingClientRect().bottom + scrollY;
      return bottom + parseFloat(getComputedStyle(document.body).paddingBottom);
    });
    return Math.abs(outer - inner);
  };
  await expect.poll(fits).toBeLessThanOrEqual(2);
  expect(await page.locator("iframe").evaluate((f) => f.clientHeight)).toBeGreaterThan(1000);
  const question = guide.getByRole("button", { name: "¿Qué es el baclofeno?" });
  const before = await page.locator("iframe").evaluate((f) => f.clientHeight);
  await question.click();
  await expect(question).toHaveAttribute("aria-expanded", "true");
  await expect.poll(() => page.locator("iframe").evaluate((f) => f.clientHeight)).toBeGreaterThan(before);
  await expect.poll(fits).toBeLessThanOrEqual(2);
  expect(seen.errors).toEqual([]);
});

test("the embed page, and a page that frames it with a title, have no axe violations", async ({ page }) => {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  const tags = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];
  await page.goto("/widget/embed.html?lang=es");
  await expect(page.locator("baclofen-guide div:not([data-prerendered]) > .guide")).toBeVisible();
  // The whole page this time: its <html lang> and <title> too.
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.goto("/pages/embed-frame.html");
  await framedGuide(page);
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id)).toEqual([]);
});
