// Who to call: the emergency numbers of the reader's country (the `region`
// attribute, else the region of the language tags, else wording that works
// anywhere), and the clinic's own contact line (slot="contact").
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { rendered, watch } from "./helpers.js";

const TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

/** A page with one widget with these attributes and light-DOM children. */
async function widgetWith(page, attributes, children = "") {
  await page.goto("/pages/empty.html");
  await page.evaluate(
    ([attributes, children]) => {
      const element = document.createElement("baclofen-guide");
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      element.innerHTML = children;
      document.body.append(element);
    },
    [attributes, children],
  );
  return rendered(page);
}

/** The emergency callout's title: the first thing the safety box says. */
const title = (widget) => widget.locator(".callout--emergency .callout__title").first();

/** Every text of the widget's own content (not the page's slotted elements). */
const text = (widget) => widget.locator(".guide").innerText();

test('region="MX" in Spanish: 911, and no line the data has no number for', async ({ page }) => {
  const seen = await watch(page);
  const widget = await widgetWith(page, { lang: "es", region: "MX" });
  await expect(title(widget)).toHaveText("Llame ya al 911");
  const safety = await widget.locator(".safety").innerText();
  for (const other of ["999", "112", "{emergency}", "intoxicaciones", "No es una emergencia"]) {
    expect(safety).not.toContain(other);
  }
  // The answer about taking too much gives the reader's number too; the
  // disclaimer, general advice, names the local number.
  await widget.getByRole("button", { name: "¿Qué hago si tomo demasiado baclofeno?" }).click();
  await expect(widget.getByText("Tomar demasiado puede ser peligroso. Llame ya al 911 si la persona:")).toBeVisible();
  await expect(widget.locator(".review__disclaimer")).toContainText(
    "En una emergencia, llame al número de emergencias de su país.",
  );
  expect(await text(widget)).not.toContain("{emergency}");
  expect(seen.warnings).toEqual([]);
});

test('region="GB": 999 and NHS 111, in the safety box', async ({ page }) => {
  const widget = await widgetWith(page, { region: "GB" });
  await expect(title(widget)).toHaveText("Call 999 now");
  const safety = widget.locator(".safety");
  await expect(safety.getByText("Not an emergency but need help fast? Call NHS 111.")).toBeVisible();
  expect(await text(widget)).not.toContain("911");
});

test.describe("with no region and a browser in Spain", () => {
  test.use({ locale: "es-ES" });
  test("the browser's region gives 112, in Spanish", async ({ page }) => {
    await page.goto("/pages/no-lang.html");
    const widget = await rendered(page);
    await expect(widget.locator(".guide")).toHaveAttribute("lang", "es");
    await expect(title(widget)).toHaveText("Llame ya al 112");
  });
});

test("the region of the lang attribute counts too (en-AU: 000 and the poisons line)", async ({ page }) => {
  const widget = await widgetWith(page, { lang: "en-AU" });
  await expect(title(widget)).toHaveText("Call 000 now");
  await expect(widget.locator(".safety")).toContainText("13 11 26");
});

test("a country with no numbers in the data gets wording that works anywhere", async ({ page }) => {
  const seen = await watch(page);
  const widget = await widgetWith(page, { region: "zz" });
  await expect(title(widget)).toHaveText("Call your local emergency number now");
  await expect(widget.locator(".safety")).toContainText(
    "For example: 911 in the US and Canada, 999 in the UK, 112 in the EU, 000 in Australia.",
  );
  await expect(widget.locator(".review__disclaimer")).toContainText("call your local emergency number.");
  // A valid code the data does not know is not an error.
  expect(seen.warnings).toEqual([]);
});

test("the pump box says to call the reader's number for slow breathing, a fit or someone who cannot be woken", async ({
  page,
}) => {
  for (const [attributes, line] of [
    [{ region: "GB" }, "If breathing is slow or weak, or the person has a fit or is hard to wake, call 999 now."],
    [{ region: "zz" }, "or is hard to wake, call your local emergency number now."],
    [{ lang: "es", region: "MX" }, "o la persona tiene convulsiones o no se puede despertar, llame ya al 911."],
  ]) {
    const widget = await widgetWith(page, attributes);
    const pump = widget.locator(".callout--emergency").nth(1);
    await expect(pump.locator(".callout__title")).toContainText(/pump|bomba/i);
    await expect(pump, JSON.stringify(attributes)).toContainText(line);
  }
});

test("in Spanish, anywhere: the number of your country, with examples", async ({ page }) => {
  const widget = await widgetWith(page, { lang: "es", region: "CL" });
  await expect(title(widget)).toHaveText("Llame ya al número de emergencias de su país");
  await expect(widget.locator(".safety")).toContainText(
    "Por ejemplo: 911 en México, EE. UU. y Canadá; 112 en la Unión Europea.",
  );
});

test('a bad region ("mexico") warns once, naming the attribute and the accepted values, and the default is used', async ({
  page,
}) => {
  const seen = await watch(page);
  // The page is English with no region, and the browser's first language is
  // en-US (Playwright's default): that region is the default.
  const widget = await widgetWith(page, { region: "mexico" });
  await expect(title(widget)).toHaveText("Call 911 now");
  await expect(widget.locator(".safety")).toContainText("1-800-222-1222");
  expect(seen.warnings).toHaveLength(1);
  expect(seen.warnings[0]).toContain('region="mexico"');
  expect(seen.warnings[0]).toContain("two-letter country code");
});

test("the short safety notice names the reader's numbers when the safety section is left out", async ({ page }) => {
  const widget = await widgetWith(page, { sections: "faq", region: "GB" });
  await expect(widget.locator(".safety")).toHaveCount(0);
  const notice = widget.locator(".safety-short");
  await expect(notice).toContainText("Call 999 if someone taking baclofen has a seizure");
  // Pump users lose the pump's callout with the section: the notice names it.
  await expect(notice).toContainText("A baclofen pump that alarms or has missed a refill is an emergency too.");
  await expect(notice).toContainText("Call NHS 111.");
  // Anywhere else, with the examples.
  await page.locator("baclofen-guide").evaluate((element) => element.setAttribute("region", "ZZ"));
  await expect(notice).toContainText("Call your local emergency number if someone taking baclofen");
  await expect(notice).toContainText("For example: 911 in the US and Canada");
});

test("each of the reader's numbers calls it when tapped; another country's example does not", async ({ page }) => {
  const widget = await widgetWith(page, { region: "IE" });
  const safety = widget.locator(".safety");
  // A phone dials these: the digits only, the number shown as written.
  for (const [name, href] of [["112", "tel:112"], ["999", "tel:999"]]) {
    const link = title(widget).getByRole("link", { name, exact: true });
    await expect(link).toHaveAttribute("href", href);
    // The title's white on red, not the link colour (axe checks the contrast too).
    await expect(link).toHaveCSS("color", "rgb(255, 255, 255)");
  }
  await page.locator("baclofen-guide").evaluate((element) => element.setAttribute("region", "US"));
  await expect(safety.getByRole("link", { name: "1-800-222-1222" })).toHaveAttribute("href", "tel:18002221222");
  expect(await new AxeBuilder({ page }).include("baclofen-guide").withTags(TAGS).analyze().then((r) => r.violations)).toEqual([]);
  // Where the country is not known, the examples are other countries' numbers: text only.
  await page.locator("baclofen-guide").evaluate((element) => element.setAttribute("region", "ZZ"));
  await expect(title(widget)).toHaveText("Call your local emergency number now");
  await expect(safety.locator('a[href^="tel:"]')).toHaveCount(0);
});

test("changing the region attribute later changes the numbers", async ({ page }) => {
  const widget = await widgetWith(page, { region: "US" });
  await expect(title(widget)).toHaveText("Call 911 now");
  await page.locator("baclofen-guide").evaluate((element) => element.setAttribute("region", "IE"));
  await expect(title(widget)).toHaveText("Call 112 or 999 now");
});

test("answers about emergencies give the reader's number, one tap to call it, found by a search too", async ({
  page,
}) => {
  const widget = await widgetWith(page, { region: "GB" });
  // Found by the words that work anywhere, shown with the reader's number.
  await widget.getByRole("searchbox").fill("emergency");
  const tooMuch = widget.locator("#a-too-much");
  await expect(tooMuch.getByText("Taking too much can be dangerous. Call 999 now if the person:")).toBeVisible();
  await expect(tooMuch.getByRole("link", { name: "999", exact: true })).toHaveAttribute("href", "tel:999");
  expect(await text(widget)).not.toContain("{emergency}");
  expect(await tooMuch.innerText()).not.toContain("local emergency number");
  // The closed answers carry it too (find-in-page and print reach them).
  await widget.getByRole("searchbox").fill("");
  await expect(widget.locator("#a-withdrawal-signs")).toContainText("Call 999 for a fit");
  expect(await new AxeBuilder({ page }).include("baclofen-guide").withTags(TAGS).analyze().then((r) => r.violations)).toEqual([]);
  // Another country: its numbers; none known: the words, and no link.
  await page.locator("baclofen-guide").evaluate((element) => element.setAttribute("region", "IE"));
  await expect(widget.locator("#a-withdrawal-signs")).toContainText("Call 112 or 999 for a fit");
  await page.locator("baclofen-guide").evaluate((element) => element.setAttribute("region", "ZZ"));
  await expect(widget.locator("#a-withdrawal-signs")).toContainText("Call your local emergency number for a fit");
  await expect(widget.locator('.faq a[href^="tel:"]')).toHaveCount(0);
});

test("the answer about taking too much gives the reader's poison or urgent-advice line, and none where there is none", async ({
  page,
}) => {
  for (const [attributes, question, has, hasNot] of [
    [{ region: "US" }, "What if I take too much baclofen?", "Took too much? Poison help line: 1-800-222-1222.", "NHS 111"],
    [{ region: "GB" }, "What if I take too much baclofen?", "Not an emergency but need help fast? Call NHS 111.", "Poison"],
    [{ region: "ZZ" }, "What if I take too much baclofen?", "For example: 911 in the US and Canada", "Poison"],
    [{ lang: "es", region: "MX" }, "¿Qué hago si tomo demasiado baclofeno?", "Lleve la caja o el folleto", "Por ejemplo"],
  ]) {
    const widget = await widgetWith(page, attributes);
    await widget.getByRole("button", { name: question }).click();
    const answer = widget.locator("#a-too-much");
    await expect(answer, JSON.stringify(attributes)).toContainText(has);
    expect(await answer.innerText(), JSON.stringify(attributes)).not.toContain(hasNot);
    expect(await text(widget)).not.toContain("{other_numbers}");
  }
  // One tap calls the poison line.
  const widget = await widgetWith(page, { region: "US" });
  await widget.getByRole("button", { name: "What if I take too much baclofen?" }).click();
  await expect(widget.locator("#a-too-much").getByRole("link", { name: "1-800-222-1222" })).toHaveAttribute(
    "href",
    "tel:18002221222",
  );
});

test("a reader who types the emergency number they know finds when to call it, the number highlighted", async ({ page }) => {
  const widget = await widgetWith(page, { region: "GB" });
  await widget.getByRole("searchbox").fill("999");
  for (const id of ["too-much", "serious-side-effects", "withdrawal-signs"]) {
    await expect(widget.locator(`#q-${id}`)).toBeVisible();
    await expect(widget.locator(`#a-${id} mark`).getByRole("link", { name: "999", exact: true })).toHaveAttribute("href", "tel:999");
  }
  expect(await new AxeBuilder({ page }).include("baclofen-guide").withTags(TAGS).analyze().then((r) => r.violations)).toEqual([]);
  // Any country's number finds them (a visitor knows their own), in Spanish too.
  await widget.getByRole("searchbox").fill("112");
  // (The first mark: "emergency department" further on is found too.)
  await expect(widget.locator("#a-too-much mark").first()).toHaveText("999");
  await page.locator("baclofen-guide").evaluate((element) => element.setAttribute("lang", "es-MX"));
  await page.locator("baclofen-guide").evaluate((element) => element.removeAttribute("region"));
  await widget.getByRole("searchbox").fill("llamar al 911");
  await expect(widget.locator("#a-too-much mark").first()).toHaveText("Llame");
  await expect(widget.locator("#a-too-much mark").getByRole("link", { name: "911", exact: true })).toHaveAttribute("href", "tel:911");
});

const CONTACT = '<p slot="contact">Questions about your own treatment? Call your clinic\'s nurse line.</p>';

test("the clinic's contact line shows in the safety box, styled by the widget", async ({ page }) => {
  const widget = await widgetWith(page, { region: "GB" }, CONTACT);
  const contact = page.locator('baclofen-guide > [slot="contact"]');
  await expect(contact).toBeVisible();
  // Rendered in the safety section, after the callouts.
  const slotted = await page.locator("baclofen-guide").evaluate((element) => {
    const slot = element.shadowRoot.querySelector('.safety slot[name="contact"]');
    return slot.assignedElements().map((e) => e.textContent);
  });
  expect(slotted).toEqual(["Questions about your own treatment? Call your clinic's nurse line."]);
  const last = await widget.locator(".safety .callout").last().boundingBox();
  const box = await contact.boundingBox();
  expect(box.y).toBeGreaterThan(last.y + last.height - 1);
  await expect(contact).toHaveCSS("border-left-style", "solid");
  // Screen readers read it as part of the widget's text.
  const snapshot = await page.locator("baclofen-guide").ariaSnapshot();
  expect(snapshot).toContain("Call your clinic's nurse line.");
  const results = await new AxeBuilder({ page }).include("baclofen-guide").withTags(TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("the contact line stays next to the short notice when the safety section is left out", async ({ page }) => {
  const widget = await widgetWith(page, { sections: "faq" }, CONTACT);
  const contact = page.locator('baclofen-guide > [slot="contact"]');
  await expect(contact).toBeVisible();
  const notice = await widget.locator(".safety-short").boundingBox();
  const box = await contact.boundingBox();
  expect(box.y).toBeGreaterThan(notice.y + notice.height - 1);
  expect(box.y).toBeLessThan((await widget.locator(".faq").boundingBox()).y);
});

test("with no contact line, nothing shows in its place", async ({ page }) => {
  const widget = await widgetWith(page, {});
  const slot = await page.locator("baclofen-guide").evaluate((element) => {
    const slot = element.shadowRoot.querySelector('slot[name="contact"]');
    const box = slot.getBoundingClientRect();
    return { assigned: slot.assignedNodes().length, height: box.height, width: box.width };
  });
  expect(slot).toEqual({ assigned: 0, height: 0, width: 0 });
  // No stray heading either: the safety section has its callouts only.
  await expect(widget.locator(".safety :is(h2, h3, h4, h5, h6)")).toHaveCount(4);
});
