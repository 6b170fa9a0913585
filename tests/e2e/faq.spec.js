// The FAQ accordion (WAI-ARIA APG pattern), used with a keyboard only.
import { test, expect } from "@playwright/test";
import { rendered, tabTo } from "./helpers.js";

test.beforeEach(async ({ page }) => {
  await page.goto("/pages/one.html");
});

test("each question is a button alone in a heading, controlling its answer", async ({ page }) => {
  const widget = await rendered(page);
  const buttons = widget.locator(".faq-item__button");
  expect(await buttons.count()).toBeGreaterThanOrEqual(2);
  for (const button of await buttons.all()) {
    await expect(button).toHaveAttribute("aria-expanded", "false");
    const panel = widget.locator(`#${await button.getAttribute("aria-controls")}`);
    await expect(panel).toBeHidden();
    const heading = button.locator("xpath=..");
    expect(await heading.evaluate((h) => /^H[2-6]$/.test(h.tagName) && h.children.length === 1)).toBe(true);
  }
});

test("the keyboard opens and closes an answer", async ({ page }) => {
  const widget = await rendered(page);
  const question = widget.getByRole("button", { name: "Can I stop taking baclofen suddenly?" });
  const answer = widget.locator(`#${await question.getAttribute("aria-controls")}`);
  await tabTo(page, question);
  await page.keyboard.press("Enter");
  await expect(question).toHaveAttribute("aria-expanded", "true");
  await expect(answer).toBeVisible();
  await expect(answer.getByText(/seizures/).first()).toBeVisible();
  await expect(answer.getByRole("link").first()).toHaveAttribute("rel", "noopener noreferrer");
  await page.keyboard.press("Space");
  await expect(question).toHaveAttribute("aria-expanded", "false");
  await expect(answer).toBeHidden();
});

test("Show all opens every answer and Hide all closes them", async ({ page }) => {
  const widget = await rendered(page);
  const showAll = widget.getByRole("button", { name: "Show all answers" });
  await tabTo(page, showAll);
  await page.keyboard.press("Enter");
  const hideAll = widget.getByRole("button", { name: "Hide all answers" });
  await expect(hideAll).toHaveAttribute("aria-expanded", "true");
  await expect(widget.locator('.faq-item__button[aria-expanded="false"]')).toHaveCount(0);
  for (const answer of await widget.locator(".faq-item__answer").all()) await expect(answer).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(widget.getByRole("button", { name: "Show all answers" })).toBeFocused();
  await expect(widget.locator('.faq-item__button[aria-expanded="true"]')).toHaveCount(0);
});
