// Shared helpers for the end-to-end tests.
import { expect } from "@playwright/test";

/** The policy of the strict-CSP page: no inline script or style anywhere. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/**
 * Waits until the widget (by default the first) has rendered its content:
 * the wasm's, once it has taken over from the pre-rendered HTML (whose
 * buttons do nothing yet).
 */
export async function rendered(page, selector = "baclofen-guide") {
  const widget = page.locator(selector).first();
  await expect(widget.locator("div:not([data-prerendered]) > .guide")).toBeVisible();
  await expect(widget.locator("[data-prerendered]")).toHaveCount(0);
  return widget;
}

/**
 * Records what a test must be able to assert on: console warnings and errors,
 * CSP violations, and every request the page makes.
 */
export async function watch(page) {
  const seen = { warnings: [], errors: [], violations: [], requests: [] };
  page.on("console", (message) => {
    // Test pages have no favicon; Chromium asks for one anyway.
    if (message.location().url?.endsWith("/favicon.ico")) return;
    if (message.type() === "warning") seen.warnings.push(message.text());
    if (message.type() === "error") seen.errors.push(message.text());
  });
  page.on("pageerror", (error) => seen.errors.push(String(error)));
  page.on("request", (request) => seen.requests.push(request.url()));
  await page.exposeFunction("__reportViolation", (v) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__reportViolation(`${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });
  return seen;
}

/** How many widget apps are alive on the page (the element's static helper). */
export function liveWidgets(page) {
  return page.evaluate(() => customElements.get("baclofen-guide").liveWidgets());
}

/**
 * Presses Tab until `target` has focus, as a keyboard user would, and fails
 * if it is not reached within `limit` presses.
 */
export async function tabTo(page, target, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el.matches(":focus"))) return;
  }
  throw new Error(`not reached with ${limit} presses of Tab: ${target}`);
}
