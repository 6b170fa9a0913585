// Spanish, and how the language is chosen: the lang attribute, else the
// page's <html lang>, else the browser's languages; and the switch.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { rendered, watch } from "./helpers.js";

const SPANISH = ["Preguntas y respuestas", "Datos clave", "Mostrar todas las respuestas", "Buscar en las preguntas"];
const ENGLISH = ["Questions and answers", "Key facts", "Show all answers", "Search the questions"];

async function expectSpanish(widget) {
  await expect(widget.locator(".guide")).toHaveAttribute("lang", "es");
  await expect(widget.getByRole("heading", { name: "Baclofeno: preguntas y respuestas" })).toBeVisible();
  for (const text of SPANISH) await expect(widget.getByText(text, { exact: true }).first()).toBeVisible();
  const all = await widget.locator(".guide").innerText();
  for (const text of ENGLISH) expect(all).not.toContain(text);
  // Dates in Spanish.
  await expect(widget.locator(".review time").first()).toHaveText(/^\d{1,2} de [a-z]+ de \d{4}$/);
}

test('<baclofen-guide lang="es"> renders entirely in Spanish', async ({ page }) => {
  await page.goto("/pages/empty.html");
  await page.evaluate(() => {
    const element = document.createElement("baclofen-guide");
    element.lang = "es";
    document.body.append(element);
  });
  const widget = await rendered(page);
  await expectSpanish(widget);
  // Every label a screen reader hears is Spanish too.
  await expect(widget.getByRole("group", { name: "Idioma" })).toBeVisible();
  await expect(widget.getByRole("table", { name: /^Cómo se comparan los tratamientos/ })).toBeVisible();
});

test("with no lang attribute, a page in Spanish gets Spanish", async ({ page }) => {
  await page.goto("/pages/es.html");
  await expectSpanish(await rendered(page));
});

test.describe("with no language on the page", () => {
  test.use({ locale: "es-MX" });
  test("the browser's language is used", async ({ page }) => {
    await page.goto("/pages/no-lang.html");
    await expectSpanish(await rendered(page));
  });
});

test("the switch changes language without a reload, keeping open answers", async ({ page }) => {
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  await page.evaluate(() => (window.notReloaded = true));
  await widget.getByRole("button", { name: "What is baclofen?" }).click();
  const switcher = widget.getByRole("group", { name: "Language" });
  await switcher.getByRole("button", { name: "Español" }).click();
  await expectSpanish(widget);
  await expect(widget.getByRole("button", { name: "¿Qué es el baclofeno?" })).toHaveAttribute("aria-expanded", "true");
  await expect(widget.getByRole("button", { name: "Español" })).toHaveAttribute("aria-pressed", "true");
  await widget.getByRole("button", { name: "English" }).click();
  await expect(widget.locator(".guide")).toHaveAttribute("lang", "en");
  expect(await page.evaluate(() => window.notReloaded)).toBe(true);
});

test("a reader downloads their language only; the switch fetches the other once, when picked", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  const files = () => seen.requests.filter((url) => url.includes("/guide-")).map((url) => url.split("/").pop());
  // English: nothing Spanish.
  expect(files()).toEqual([expect.stringMatching(/^guide-en-/)]);
  await widget.getByRole("button", { name: "Español" }).click();
  await expectSpanish(widget);
  await widget.getByRole("button", { name: "English" }).click();
  await expect(widget.locator(".guide")).toHaveAttribute("lang", "en");
  await widget.getByRole("button", { name: "Español" }).click();
  await expectSpanish(widget);
  // The Spanish file, fetched once.
  expect(files()).toEqual([expect.stringMatching(/^guide-en-/), expect.stringMatching(/^guide-es-/)]);
  expect(seen.errors).toEqual([]);
});

test("a language file that fails to load or verify: a short message, the text stays, and trying again works", async ({ page }) => {
  const seen = await watch(page);
  // Altered on the way: its SHA-384 no longer matches, and fetch() refuses it.
  await page.route(/\/guide-es-/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace("baclofeno", "baclofen0") });
  });
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  await widget.getByRole("button", { name: "What is baclofen?" }).click();
  await widget.getByRole("button", { name: "Español" }).click();
  const alert = widget.getByRole("alert");
  await expect(alert).toHaveText("Sorry, that language could not load. Please try again later.");
  // Still English, still readable, the answer still open.
  await expect(widget.locator(".guide")).toHaveAttribute("lang", "en");
  await expect(widget.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await expect(widget.getByRole("button", { name: "What is baclofen?" })).toHaveAttribute("aria-expanded", "true");
  await expect(widget.getByRole("heading", { name: "Questions and answers", exact: true })).toBeVisible();
  expect(seen.errors.join("\n")).toContain("could not load a language");
  const results = await new AxeBuilder({ page }).include("baclofen-guide").withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  // Back online: the next tap fetches it again, and the message goes.
  await page.unroute(/\/guide-es-/);
  await widget.getByRole("button", { name: "Español" }).click();
  await expectSpanish(widget);
  await expect(alert).toHaveCount(0);
});

test("a lang attribute changed after the guide has rendered fetches that language, then shows it", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/pages/one.html");
  const widget = await rendered(page);
  await page.evaluate(() => (document.querySelector("baclofen-guide").lang = "es"));
  await expectSpanish(widget);
  expect(seen.requests.filter((url) => url.includes("/guide-es-"))).toHaveLength(1);
  expect(seen.errors).toEqual([]);
});

test("no axe violations in Spanish", async ({ page }) => {
  await page.goto("/pages/es.html");
  const widget = await rendered(page);
  await widget.getByRole("button", { name: "Mostrar todas las respuestas" }).click();
  const results = await new AxeBuilder({ page })
    .include("baclofen-guide")
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
