import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const width of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.route(/\/guide-es-/, (route) => route.abort());
  await page.goto("http://127.0.0.1:4392/pages/one.html");
  const w = page.locator("baclofen-guide");
  await w.locator("div:not([data-prerendered]) > .guide").waitFor();
  await w.getByRole("button", { name: "Español" }).click();
  await w.getByRole("alert").waitFor();
  await page.screenshot({ path: `/tmp/shots/langfail-${width}.png` });
  await page.close();
}
await browser.close();
