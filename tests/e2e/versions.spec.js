// Versions: the release is visible on the element class and in the review
// record, and a second, different release on one page leaves the first
// working and says so once.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { rendered, watch } from "./helpers.js";

const VERSION = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8").match(/^version = "([^"]+)"/m)[1];

test("the version is on the element class and in the review record", async ({ page }) => {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  expect(await page.evaluate(() => customElements.get("baclofen-guide").version)).toBe(VERSION);
  await expect(widget.locator(".review__version")).toHaveText(`Guide version ${VERSION}`);
  await widget.getByRole("button", { name: "Español" }).click();
  await expect(widget.locator(".review__version")).toHaveText(`Versión de la guía ${VERSION}`);
});

test("a second, different release does not break the first, and one warning says so", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/pages/two-versions.html");
  const widget = await rendered(page);
  const question = widget.getByRole("button", { name: "What is baclofen?" });
  await question.click();
  await expect(question).toHaveAttribute("aria-expanded", "true");
  expect(await page.evaluate(() => customElements.get("baclofen-guide").version)).toBe(VERSION);
  expect(seen.warnings).toEqual([
    expect.stringMatching(new RegExp(`0\\.0\\.1-other .*not used: version ${VERSION.replaceAll(".", "\\.")} is already on this page`)),
  ]);
  expect(seen.errors).toEqual([]);
});

test("the same release loaded twice says nothing", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/pages/same-version-twice.html");
  await rendered(page);
  expect(seen.warnings).toEqual([]);
  expect(seen.errors).toEqual([]);
});
