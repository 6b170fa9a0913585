// The comparison table: the reader picks 2 or 3 treatments, by keyboard too,
// and on a 320 px wide phone it stacks, with no sideways scrolling.
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

test("the picker names each treatment with a boxed warning, before it is chosen", async ({ page }) => {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  for (const name of ["Baclofen pump (intrathecal)", "Diazepam", "Dantrolene"]) {
    await expect(widget.getByRole("checkbox", { name: `${name} Boxed warning`, exact: true })).toBeVisible();
  }
  for (const name of ["Baclofen tablets, liquid or granules", "Tizanidine", "Cyclobenzaprine"]) {
    await expect(widget.getByRole("checkbox", { name, exact: true })).toBeVisible();
  }
  await expect(widget.locator(".compare__options")).not.toContainText("Baclofen tablets, liquid or granules Boxed");
});

test("the keyboard changes which treatments are compared", async ({ page }) => {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  const boxes = widget.getByRole("checkbox");
  // Three are compared at first; untick the last one to make room.
  await expect(widget.getByRole("checkbox", { checked: true })).toHaveCount(3);
  const lastTicked = widget.getByRole("checkbox", { checked: true }).last();
  await tabTo(page, lastTicked);
  await page.keyboard.press("Space");
  await expect(columns(widget)).toHaveCount(2);
  // Now tick one that was not compared: Tab reaches it, Space ticks it.
  const dantrolene = boxes.last();
  await expect(dantrolene).toBeEnabled();
  await tabTo(page, dantrolene);
  await page.keyboard.press("Space");
  await expect(dantrolene).toBeChecked();
  await expect(columns(widget)).toHaveCount(3);
  await expect(columns(widget).last()).toContainText("Dantrolene");
  // With three compared, the others cannot be ticked until one is unticked.
  await expect(widget.getByRole("checkbox", { checked: false, disabled: true })).toHaveCount(3);
});

test("at most 3 and at least 2 treatments can be ticked", async ({ page }) => {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  const ticked = widget.getByRole("checkbox", { checked: true });
  await expect(ticked).toHaveCount(3);
  await expect(widget.getByRole("checkbox", { checked: false, disabled: false })).toHaveCount(0);
  await ticked.first().uncheck();
  await expect(ticked).toHaveCount(2);
  await expect(columns(widget)).toHaveCount(2);
  // With two left, neither can be unticked.
  await expect(widget.getByRole("checkbox", { checked: true, disabled: true })).toHaveCount(2);
});

test("at 320 px nothing scrolls sideways: each cell stacks, labelled with its treatment", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/widget/index.html");
  const widget = await rendered(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const table = widget.getByRole("table", { name: "How the treatments compare" });
  expect(await table.evaluate((t) => t.scrollWidth - t.clientWidth)).toBeLessThanOrEqual(0);
  // Stacked: a cell is as wide as the table, and says whose it is.
  const cell = table.locator("tbody td").first();
  const [cellBox, tableBox] = [await cell.boundingBox(), await table.boundingBox()];
  expect(cellBox.width).toBeGreaterThan(tableBox.width * 0.9);
  await expect(cell.locator(".compare__label")).toBeVisible();
  await expect(cell.locator(".compare__label")).toHaveText("Baclofen by mouth");
  // Wide, it is a grid again, and the labels are the column headers.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(cell.locator(".compare__label")).toBeHidden();
  expect((await cell.boundingBox()).width).toBeLessThan((await table.boundingBox()).width / 3);
});
