// axe-core in real Chromium, with GOV.UK Frontend's tag set, on the demo
// page with every answer closed and with every answer open.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { rendered } from "./helpers.js";

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

test("no axe violations at 320 px wide", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/widget/index.html");
  await rendered(page);
  expect(await violations(page)).toEqual([]);
});
