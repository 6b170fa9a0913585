// Finding and sharing: links to one answer, find-in-page, printing, and the
// events a clinic can send to its own analytics.
import { test, expect } from "@playwright/test";
import { rendered } from "./helpers.js";

test("a link with #baclofen-<id> opens and scrolls to that answer", async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto("/pages/one.html#baclofen-missed-dose");
  const widget = await rendered(page);
  const question = widget.getByRole("button", { name: "What if I forget to take a dose?" });
  await expect(question).toHaveAttribute("aria-expanded", "true");
  await expect(question).toBeFocused();
  await expect(question).toBeInViewport();
  await expect(widget.locator("#a-missed-dose")).toBeVisible();
  // Only that one.
  await expect(widget.locator('.faq-item__button[aria-expanded="true"]')).toHaveCount(1);
  // A later change of fragment opens the new answer.
  await page.evaluate(() => (location.hash = "#baclofen-driving"));
  await expect(widget.getByRole("button", { name: "Can I drive while taking baclofen?" })).toHaveAttribute("aria-expanded", "true");
});

test("with two widgets, the first that has the answer opens it", async ({ page }) => {
  await page.goto("/pages/two.html#baclofen-alcohol");
  const first = await rendered(page, "#faq-only");
  await expect(first.locator("#q-alcohol")).toHaveAttribute("aria-expanded", "true");
  // The second widget has no FAQ: nothing to open there, and no error.
  await expect(page.locator("#compare-and-facts").locator(".faq")).toHaveCount(0);
});

test("Copy link puts the answer's link on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  await widget.getByRole("button", { name: "Can I drive while taking baclofen?" }).click();
  await widget.locator("#a-driving").getByRole("button", { name: "Copy link" }).click();
  await expect(widget.getByRole("status").filter({ hasText: "Link copied" })).toBeAttached();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${new URL("/pages/one.html", page.url())}#baclofen-driving`);
});

test("find-in-page: a beforematch on a hidden answer opens it", async ({ page }) => {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  const panel = widget.locator("#a-storage");
  await expect(panel).toHaveAttribute("hidden", "until-found");
  // What the browser does when its find bar matches text in the answer.
  await panel.evaluate((el) => {
    el.dispatchEvent(new Event("beforematch", { bubbles: true }));
    el.removeAttribute("hidden");
  });
  await expect(widget.locator("#q-storage")).toHaveAttribute("aria-expanded", "true");
  await expect(panel).toBeVisible();
  await expect(panel).not.toHaveAttribute("hidden");
});

test("printing shows every answer, the source links and the review dates, not the controls", async ({ page }) => {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  await page.emulateMedia({ media: "print" });
  for (const answer of await widget.locator(".faq-item__answer").all()) await expect(answer).toBeVisible();
  await expect(widget.getByRole("searchbox")).toBeHidden();
  await expect(widget.getByRole("button", { name: "Show all answers" })).toBeHidden();
  await expect(widget.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(widget.getByText(/Content last checked/)).toBeVisible();
  const after = await widget
    .locator(".faq-item__answer .source-links a")
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toContain("https://");
  await page.emulateMedia({ media: "screen" });
  await expect(widget.locator(".faq-item__answer").first()).toBeHidden();
});

test("the Print button opens the print dialog", async ({ page }) => {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  await page.evaluate(() => (window.print = () => (window.printed = true)));
  await widget.getByRole("button", { name: "Print" }).click();
  expect(await page.evaluate(() => window.printed)).toBe(true);
});

test("events tell the host page what readers do, and the widget sends nothing", async ({ page }) => {
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    window.events = [];
    for (const name of ["ready", "toggle", "search", "compare", "language"]) {
      // Composed and bubbling: heard on the document, outside the shadow root.
      document.addEventListener(`baclofen-guide:${name}`, (e) =>
        window.events.push({ type: e.type, detail: e.detail, composed: e.composed, bubbles: e.bubbles }),
      );
    }
  });
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  const events = (type) => page.evaluate((t) => window.events.filter((e) => e.type === t), type);
  await expect.poll(() => events("baclofen-guide:ready")).toEqual([
    { type: "baclofen-guide:ready", detail: { lang: "en" }, composed: true, bubbles: true },
  ]);
  await widget.getByRole("button", { name: "Is baclofen addictive?" }).click();
  await widget.getByRole("button", { name: "Is baclofen addictive?" }).click();
  expect((await events("baclofen-guide:toggle")).map((e) => e.detail)).toEqual([
    { id: "is-it-addictive", open: true },
    { id: "is-it-addictive", open: false },
  ]);
  await widget.getByRole("checkbox", { checked: true }).last().uncheck();
  expect((await events("baclofen-guide:compare")).map((e) => e.detail)).toEqual([
    { treatments: ["oral-baclofen", "intrathecal-baclofen"] },
  ]);
  // Search is reported once typing pauses, not on every key.
  await widget.getByRole("searchbox").pressSequentially("alcohol", { delay: 30 });
  await expect.poll(() => events("baclofen-guide:search")).toHaveLength(1);
  const [search] = await events("baclofen-guide:search");
  expect(search.detail.query).toBe("alcohol");
  expect(search.detail.results).toBeGreaterThan(0);
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});
