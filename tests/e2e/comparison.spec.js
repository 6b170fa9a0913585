// The comparison table: the reader picks 2 or 3 treatments, by keyboard too,
// and it stays usable on a 320 px wide phone.
import { test, expect } from "@playwright/test";
import { rendered, tabTo } from "./helpers.js";

const columns = (widget) => widget.locator(".compare__table thead th[scope=col]");

test("a real table: caption, column and row headers", async ({ page }) => {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  const table = widget.getByRole("table", { name: "How the treatments compare" });
  await expect(table).toBeVisible();
  expect(await columns(widget).count()).toBeGreaterThanOrEqual(2);
  expect(await table.locator("tbody th[scope=row]").count()).toBeGreaterThanOrEqual(1);
  // Each cell carries its source.
  for (const cell of await table.locator("tbody td").all()) {
    await expect(cell.getByRole("link").first()).toHaveAttribute("href", /^https:\/\//);
  }
});

test("the keyboard changes which treatments are compared", async ({ page }) => {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  const before = await columns(widget).allInnerTexts();
  const unticked = widget.getByRole("checkbox", { checked: false, disabled: false }).first();
  const name = (await unticked.locator("xpath=..").innerText()).trim();
  await tabTo(page, unticked);
  await page.keyboard.press("Space");
  await expect(unticked).toBeChecked();
  await expect(columns(widget)).toHaveCount(before.length + 1);
  await expect(columns(widget).filter({ hasText: name })).toHaveCount(1);
  // Untick it again: back to where we started.
  await page.keyboard.press("Space");
  await expect(columns(widget)).toHaveCount(before.length);
});

test("at most 3 and at least 2 treatments can be ticked", async ({ page }) => {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  const boxes = widget.getByRole("checkbox");
  for (const box of await boxes.all()) if (await box.isEnabled()) await box.check();
  const checked = await widget.getByRole("checkbox", { checked: true }).count();
  expect(checked).toBeLessThanOrEqual(3);
  for (const box of await widget.getByRole("checkbox", { checked: true }).all()) {
    if (await box.isEnabled()) await box.uncheck();
  }
  await expect(widget.getByRole("checkbox", { checked: true })).toHaveCount(2);
  await expect(columns(widget)).toHaveCount(2);
});

test("at 320 px the page does not scroll sideways; the table scrolls in its own region", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/widget/index.html");
  const widget = await rendered(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const region = widget.getByRole("region", { name: "How the treatments compare" });
  await expect(region).toHaveAttribute("tabindex", "0");
  await tabTo(page, region, 300);
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});
