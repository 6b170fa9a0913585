// The review record a clinician checks: who reviewed the guide (nobody yet:
// the widget says so), conflicts of interest, where to report a side effect,
// and the "due for review" notice, decided on the reader's own date.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { rendered } from "./helpers.js";

/** The date the build baked in, read where editors set it. */
const NEXT_REVIEW = JSON.parse(readFileSync(new URL("../../content/en/meta.json", import.meta.url))).next_review;

async function open(page, lang = "en") {
  await page.goto("/pages/empty.html");
  await page.evaluate((lang) => {
    const element = document.createElement("baclofen-guide");
    element.lang = lang;
    document.body.append(element);
  }, lang);
  return (await rendered(page)).locator(".review");
}

test("the review block says plainly that no clinician has reviewed the guide yet", async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${NEXT_REVIEW}T00:00:00Z`).getTime() - 30 * 86_400_000);
  const review = await open(page);
  await expect(review.locator(".review__notice")).toHaveText("Not yet reviewed by a clinician.");
  await expect(review.locator(".review__notice")).toBeVisible();
  await expect(review).toContainText("Conflicts of interest: None declared.");
  const medwatch = review.getByRole("link", { name: /FDA MedWatch/ });
  await expect(medwatch).toHaveAttribute("href", /^https:\/\/www\.fda\.gov\/safety\/medwatch/);
  await expect(review).toContainText("1-800-FDA-1088");
  await expect(review.getByRole("link", { name: /Yellow Card/ })).toHaveAttribute("href", "https://yellowcard.mhra.gov.uk");
  // Not due yet: no notice.
  await expect(review.locator(".review__due")).toHaveCount(0);
});

test("from the next review date on, readers are told the guide is due for review", async ({ page }) => {
  // The reader's clock, not the build's: a release may be hosted for years.
  await page.clock.setFixedTime(new Date(`${NEXT_REVIEW}T08:00:00Z`));
  const review = await open(page);
  const due = review.locator(".review__due");
  await expect(due).toBeVisible();
  await expect(due).toContainText("This guide is due for review.");
  // Next to the dates, before the review record.
  expect(await review.locator("p").evaluateAll((ps) => ps.map((p) => p.className))).toEqual(
    expect.arrayContaining(["review__dates", "review__notice review__due", "review__notice"]),
  );
  const order = await review.locator("p").evaluateAll((ps) => ps.map((p) => p.className));
  expect(order.indexOf("review__notice review__due")).toBe(order.indexOf("review__dates") + 1);
});

test("the day before the next review date, there is no notice", async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${NEXT_REVIEW}T00:00:00Z`).getTime() - 60_000);
  const review = await open(page);
  await expect(review.locator(".review__dates")).toBeVisible();
  await expect(review.locator(".review__due")).toHaveCount(0);
});

test("in Spanish too", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2031-01-01T12:00:00Z"));
  const review = await open(page, "es");
  await expect(review.locator(".review__due")).toContainText("Esta guía debe revisarse.");
  await expect(review.locator(".review__notice").last()).toHaveText(
    "Todavía no la ha revisado un profesional sanitario.",
  );
  await expect(review.getByRole("link", { name: /MedWatch de la FDA/ })).toBeVisible();
});
