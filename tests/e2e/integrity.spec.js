// Integrity for every file: the loader fetches the .wasm with the SHA-384
// stamped into it at build time, and holds the glue itself, so one
// `integrity` attribute on the clinic's script tag pins the whole widget.
// The server's /altered-*/ and /extra-section/ mounts serve changed copies.
import { test, expect } from "@playwright/test";
import { STRICT_CSP, rendered, watch } from "./helpers.js";

async function expectRefused(page, seen) {
  await expect(page.locator("baclofen-guide").getByRole("alert")).toContainText("could not load");
  await expect(page.locator("baclofen-guide").getByRole("alert").getByRole("link")).toHaveAttribute(
    "href",
    "/clinic/baclofen-leaflet.html",
  );
  // Nothing from the file ran: no widget was mounted. (The pre-rendered
  // text, whose own integrity held, stays readable below the message.)
  await expect(page.locator("baclofen-guide div:not([data-prerendered]) > .guide")).toHaveCount(0);
  await expect(page.locator("baclofen-guide [data-prerendered] > .guide")).toBeVisible();
  expect(seen.errors.some((e) => /integrity/i.test(e))).toBe(true);
}

test("a .wasm changed by one byte is refused and the failure message shows", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/pages/altered-wasm.html");
  await expectRefused(page, seen);
});

test("a .wasm with a valid extra section appended is refused", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/pages/extra-section.html");
  await expectRefused(page, seen);
});

test("glue changed by one byte: the pinned loader is refused and the page's own fallback shows", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/pages/altered-glue.html");
  // The browser refuses the whole file: no element is defined, nothing of it runs,
  // and the fallback the clinic put inside the element stays visible.
  await expect(page.getByRole("link", { name: "Read about baclofen on this site." })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => customElements.get("baclofen-guide"))).toBeUndefined();
  expect(seen.errors.some((e) => /integrity/i.test(e))).toBe(true);
});

test("the unaltered release, pinned with integrity, renders on a strict CSP page", async ({ page }) => {
  const seen = await watch(page);
  await page.goto(`/pages/pinned.html?csp=${encodeURIComponent(STRICT_CSP)}`);
  const widget = await rendered(page);
  await expect(widget.getByRole("heading", { name: "Questions and answers", exact: true })).toBeVisible();
  // The clinic's fallback inside the element is not shown once the widget runs.
  await expect(page.getByRole("link", { name: "Read about baclofen on this site." })).toBeHidden();
  expect(seen.violations).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test("the unaltered release, pinned with integrity, renders from another origin on a strict CSP page", async ({ page, baseURL }) => {
  const seen = await watch(page);
  const other = `http://localhost:${new URL(baseURL).port}`;
  const csp = `default-src 'self'; script-src 'self' ${other} 'wasm-unsafe-eval'; connect-src ${other}; style-src 'self'`;
  await page.goto(`/pages/pinned-cross-origin.html?csp=${encodeURIComponent(csp)}`);
  await rendered(page);
  const wasm = seen.requests.find((url) => url.endsWith(".wasm"));
  expect(new URL(wasm).origin).toBe(other);
  expect(seen.violations).toEqual([]);
  expect(seen.errors).toEqual([]);
});
