// The FAQ search: filters as you type, forgives one typo and accents, knows
// synonyms, highlights, announces the count, and helps when nothing matches.
import { test, expect } from "@playwright/test";
import { rendered } from "./helpers.js";

const questions = (widget) => widget.locator(".faq-item__button");

async function search(page, text) {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  const box = widget.getByRole("searchbox", { name: "Search the questions" });
  await box.pressSequentially(text);
  return widget;
}

test("typing filters the questions and highlights the matches", async ({ page }) => {
  const widget = await search(page, "pregnan");
  // Two entries mention pregnancy: the pregnancy one, and who needs care.
  await expect(questions(widget)).toHaveCount(2);
  const pregnancy = questions(widget).filter({ hasText: "Can I take baclofen if I am pregnant?" });
  await expect(pregnancy.locator("mark")).toHaveText(/^pregnan/);
  await expect(widget.getByRole("status").filter({ hasText: "match" })).toHaveText("2 questions match.");
  // The answers the words were found in open, with their marks.
  const answer = widget.locator(".faq-item__answer:not([hidden]) mark").first();
  await expect(answer).toBeVisible();
  await expect(answer).toHaveText(/^pregnan/i);
});

test("on a phone a highlighted question still reads as a sentence (its marks in the line)", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  const question = widget.locator("#q-too-much");
  await widget.getByRole("searchbox").fill("too much");
  await expect(question.locator("mark")).toHaveText(["too", "much"]);
  // The first marked word follows the words before it on the same line, as
  // in a sentence, not set apart across the button.
  const gap = await question.evaluate((button) => {
    const mark = button.querySelector("mark");
    const range = document.createRange();
    range.selectNodeContents(mark.previousSibling);
    const before = [...range.getClientRects()].at(-1);
    const marked = mark.getBoundingClientRect();
    return { across: marked.left - before.right, down: Math.abs(marked.top - before.top) };
  });
  expect(gap.down).toBeLessThan(2);
  expect(Math.abs(gap.across)).toBeLessThan(2);
});

test("a one-letter typo still finds the entry", async ({ page }) => {
  const widget = await search(page, "withdrawl");
  await expect(questions(widget).filter({ hasText: "What are the signs of withdrawal?" })).toHaveCount(1);
});

test("case and accents are ignored, and synonyms are understood", async ({ page }) => {
  const widget = await search(page, "ALCOHÓL");
  await expect(questions(widget).filter({ hasText: "Can I drink alcohol while taking baclofen?" })).toHaveCount(1);
  const box = widget.getByRole("searchbox");
  await box.fill("quit");
  await expect(questions(widget).filter({ hasText: "Can I stop taking baclofen suddenly?" })).toHaveCount(1);
});

test("no results says so and offers to clear the search", async ({ page }) => {
  const widget = await search(page, "xylophone");
  await expect(questions(widget)).toHaveCount(0);
  await expect(widget.getByText("No questions match.")).toBeVisible();
  await widget.getByRole("button", { name: "Clear search" }).click();
  await expect(widget.getByRole("searchbox")).toHaveValue("");
  expect(await questions(widget).count()).toBeGreaterThanOrEqual(30);
});

test("clearing the search gives back the answers that were open", async ({ page }) => {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  await widget.getByRole("button", { name: "What is baclofen?" }).click();
  const box = widget.getByRole("searchbox");
  await box.fill("driving");
  await expect(questions(widget)).not.toHaveCount(0);
  await box.fill("");
  await expect(widget.locator('.faq-item__button[aria-expanded="true"]')).toHaveCount(1);
  await expect(widget.getByRole("button", { name: "What is baclofen?" })).toHaveAttribute("aria-expanded", "true");
});

test("the Spanish search ignores accents and knows Spanish synonyms", async ({ page }) => {
  await page.goto("/pages/es.html");
  const widget = await rendered(page);
  const box = widget.getByRole("searchbox");
  await box.fill("embarazo");
  await expect(questions(widget).filter({ hasText: "¿Puedo tomar baclofeno si estoy embarazada?" })).toHaveCount(1);
  await box.fill("olvide una dosis");
  await expect(questions(widget)).not.toHaveCount(0);
  await expect(questions(widget).first()).toContainText("olvid");
});
