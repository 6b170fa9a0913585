// Made for reading on a phone (issue 14): with the widget alone on a page,
// every answer closed and three treatments compared, citations stay short,
// the comparison fits the screen without sideways scrolling, and screen
// readers still get a table. Screenshots at 360 and 1280 px, light and
// dark, English and Spanish, are kept in tests/e2e/artifacts/phone/.
import { test, expect } from "@playwright/test";
import { rendered } from "./helpers.js";

const PAGES = { en: "/pages/one.html", es: "/pages/es.html" };

/**
 * What a reader sees, measured in the page: the visible characters (text
 * that is rendered, not visually hidden; whitespace collapsed), how many of
 * them are citations ("Sources: …"), inside and outside the sources list,
 * and the heights and overflow of the widget and its comparison.
 */
function measure(widget) {
  return widget.evaluate((host) => {
    const root = host.shadowRoot;
    const shown = (el) => {
      if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) return false;
      // Visually hidden text (screen readers only) sits in a 1 px clipped box.
      for (let e = el; e; e = e.parentElement) {
        const r = e.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return false;
      }
      return true;
    };
    const counts = { all: 0, cites: 0, list: 0, listCites: 0 };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data.replace(/\s+/g, " ").trim();
      if (!text || !shown(node.parentElement)) continue;
      const inList = !!node.parentElement.closest(".sources");
      const cite = !!node.parentElement.closest(".source-links");
      counts.all += text.length;
      if (cite) counts.cites += text.length;
      if (inList) counts.list += text.length;
      if (inList && cite) counts.listCites += text.length;
    }
    const guide = root.querySelector(".guide").getBoundingClientRect();
    const compare = root.querySelector(".compare");
    const table = root.querySelector(".compare__table");
    // Sideways scrolling: anything in the comparison wider than it, or
    // reaching past its right edge (or the page scrolling sideways).
    const edge = compare.getBoundingClientRect().right + 0.5;
    const past = [...compare.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > edge);
    const parts = {};
    for (const el of root.querySelectorAll(".guide > *")) {
      parts[el.className.split(" ")[0] || el.tagName] = Math.round(el.getBoundingClientRect().height);
    }
    return {
      parts,
      widget: Math.round(guide.height),
      compare: Math.round(compare.getBoundingClientRect().height),
      characters: counts.all,
      citations: counts.cites,
      // Citations outside the sources list, as a share of the text outside it.
      citeShare: (counts.cites - counts.listCites) / (counts.all - counts.list),
      // …and as a share of all visible text (the second figure).
      citeShareOfAll: (counts.cites - counts.listCites) / counts.all,
      sideways:
        past.length +
        Math.max(0, table.scrollWidth - table.clientWidth) +
        Math.max(0, document.documentElement.scrollWidth - innerWidth),
    };
  });
}

async function open(page, lang, width) {
  await page.setViewportSize({ width, height: 800 });
  await page.goto(PAGES[lang]);
  const widget = await rendered(page);
  // Every answer closed, three treatments compared (the defaults).
  await expect(widget.locator(".faq-item__button[aria-expanded=true]")).toHaveCount(0);
  await expect(widget.locator(".compare__table thead th")).toHaveCount(3);
  return widget;
}

/**
 * Heights that may not grow back (px; Chromium, DejaVu Sans as on the test
 * machine). Issue 14 asked for at most 2,500 (comparison) and 8,000 (widget)
 * at 360 px. All twelve rows stacked, the comparison alone was 5,554 px, so
 * a phone shows one row at a time plus the boxed warnings; the source list
 * is closed until asked for (every text links its own sources); spacing is
 * tighter (line height 1.35). Measured when set, English: 1,760 and 7,806
 * at 360 px (before: 5,554 and 14,099); 2,139 and 6,646 at 1280 px (before:
 * 2,369 and 7,954). Spanish runs about 10% longer: 2,056 and 8,547 at
 * 360 px, 2,522 and 7,091 at 1280 px. Raised at 360 px in release 0.3.7,
 * for the picker's "Boxed warning" under three names and the pump box's
 * line on when to call the emergency number: the comparison measured 1,830
 * (English) and 2,126 (Spanish), the widget 7,925 (English, still under
 * issue 14's 8,000) and 8,687. Spanish widget at 360 px raised to 8,725 in
 * release 0.3.8 (measured 8,706): "Última comprobación del contenido" (the
 * review date while no clinician has reviewed it) takes two lines where
 * "Última revisión" took one. Lower them when the guide gets shorter.
 */
const HEIGHTS = {
  en: { 360: { compare: 1850, widget: 7950 }, 1280: { compare: 2200, widget: 6700 } },
  es: { 360: { compare: 2150, widget: 8725 }, 1280: { compare: 2550, widget: 7150 } },
};

for (const [lang, width] of [["en", 360], ["en", 1280], ["es", 360], ["es", 1280]]) {
  test(`${lang} at ${width} px: citations are short and the comparison fits the screen`, async ({ page }) => {
    const widget = await open(page, lang, width);
    const m = await measure(widget);
    console.log(`${lang} ${width} px: ${JSON.stringify(m)}`);
    // Issue 14: citations outside the sources list at most 15% of the text.
    expect(m.citeShare).toBeLessThanOrEqual(0.15);
    expect(m.sideways).toBe(0);
    expect(m.compare).toBeLessThanOrEqual(HEIGHTS[lang][width].compare);
    expect(m.widget).toBeLessThanOrEqual(HEIGHTS[lang][width].widget);
    // The safety callouts are all there, in full, without a click.
    for (const callout of await widget.locator(".callout").all()) await expect(callout).toBeVisible();
    // Boxed warnings too, labelled.
    await expect(widget.locator(".boxed-warning .boxed-warning__label").first()).toBeVisible();
  });
}

test("no sideways scrolling in the comparison at 320, 360 and 412 px, in both languages", async ({ page }) => {
  for (const lang of ["en", "es"]) {
    for (const width of [320, 360, 412]) {
      const widget = await open(page, lang, width);
      const m = await measure(widget);
      console.log(`${lang} ${width} px: ${JSON.stringify(m)}`);
      expect(m.sideways, `${lang} at ${width} px`).toBe(0);
    }
  }
});

test("a cited source is one tap away, and its link's name gives its title", async ({ page }) => {
  const widget = await open(page, "en", 360);
  const cite = widget.locator(".key-facts .source-links a").first();
  await expect(cite).toHaveAttribute("href", /^https:\/\//);
  await expect(cite).toHaveAttribute("target", "_blank");
  // On screen: the short form only. Read out: short form, title, new tab.
  await expect(cite.locator(".cite__short")).toHaveText("NHS");
  await expect(cite.locator(".cite__short")).toBeVisible();
  expect(await cite.locator(".cite__ref").evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  // (The hidden part is a box of its own: some name computations put a
  // space before its colon, which a screen reader does not voice.)
  await expect(cite).toHaveAccessibleName(/^NHS ?: About baclofen \(opens in a new tab\)$/);
  const fda = widget.locator(".safety .source-links a", { hasText: "FDA label: tablets" }).first();
  await expect(fda).toHaveAccessibleName(
    /^FDA label: tablets ?: Baclofen tablets: FDA prescribing information \(opens in a new tab\)$/,
  );
  // Its tap target is big enough (WCAG 2.5.8: 24 by 24 px, or spaced).
  const box = await fda.boundingBox();
  expect(box.width).toBeGreaterThanOrEqual(24);
  // The sources list still gives every source in full, one tap away.
  const listed = widget.locator(".sources__list a", { hasText: "Baclofen tablets: FDA prescribing information" });
  await expect(listed).toContainText("DailyMed (US National Library of Medicine)");
  await expect(listed).toBeHidden();
  const summary = widget.locator(".sources__all > summary");
  await expect(summary).toHaveText(/^See all sources in full \(\d+\)$/);
  await summary.click();
  await expect(listed).toBeVisible();
});

/**
 * The comparison as a screen reader gets it: Chromium's accessibility tree
 * (what it gives to screen readers), not the DOM. Returns, for each body row,
 * its row header and each cell with its column header and text.
 */
async function tableAsHeard(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const role = (n) => n.role?.value;
  const name = (n) => n.name?.value ?? "";
  const children = (n) => (n.childIds ?? []).map((id) => byId.get(id)).filter(Boolean);
  const descendants = (n, keep) => {
    const out = [];
    const walk = (m) => {
      for (const c of children(m)) {
        if (keep(c)) out.push(c);
        else walk(c);
      }
    };
    walk(n);
    return out;
  };
  const text = (n) =>
    descendants(n, (c) => role(c) === "StaticText" || role(c) === "InlineTextBox")
      .map(name)
      .join("")
      .replace(/\s+/g, " ")
      .trim();
  const table = nodes.find((n) => role(n) === "table" && name(n).startsWith("How the treatments compare"));
  expect(table, "the comparison is a table in the accessibility tree").toBeTruthy();
  const rows = descendants(table, (n) => role(n) === "row");
  const cellsOf = (row) => descendants(row, (n) => ["cell", "columnheader", "rowheader", "gridcell"].includes(role(n)));
  const [head, ...body] = rows;
  const columns = cellsOf(head).map((c) => (role(c) === "columnheader" ? name(c) : ""));
  return body.map((row) => {
    const cells = cellsOf(row);
    const header = cells.find((c) => role(c) === "rowheader");
    return {
      attribute: header ? name(header) : null,
      cells: cells.map((c, i) => ({ role: role(c), treatment: columns[i], text: text(c) })).filter((c) => c.role === "cell"),
    };
  });
}

for (const width of [360, 1280]) {
  test(`at ${width} px a screen reader hears each cell's treatment and attribute`, async ({ page }) => {
    const widget = await open(page, "en", width);
    let rows = await tableAsHeard(page);
    if (width === 360) {
      // A phone shows one row at a time, and the boxed warnings.
      expect(rows.map((r) => r.attribute)).toEqual(["What it is used for", "Serious warnings"]);
      await widget.getByLabel("Show").selectOption({ label: "Alcohol" });
      await expect(widget.locator(".compare__table tbody tr:visible")).toHaveCount(2);
      rows = await tableAsHeard(page);
      expect(rows.map((r) => r.attribute)).toEqual(["Serious warnings", "Alcohol"]);
    } else {
      expect(rows).toHaveLength(12);
    }
    for (const row of rows) {
      expect(row.attribute).toBeTruthy();
      expect(row.cells.map((c) => c.treatment.split(" ")[0])).toEqual(["Baclofen", "Baclofen", "Tizanidine"]);
    }
    const warnings = rows.find((r) => r.attribute === "Serious warnings");
    const pump = warnings.cells.find((c) => c.treatment.startsWith("Baclofen pump (intrathecal)"));
    expect(pump.text).toMatch(/^Boxed warning: /i);
    // The visual treatment label is not read twice; the sources are read.
    expect(pump.text).not.toContain("Baclofen pump:");
    expect(pump.text).toContain("Sources: FDA label: pump");
    const tizanidine = rows.find((r) => r.attribute === "Alcohol").cells[2];
    expect(tizanidine.treatment).toMatch(/^Tizanidine/);
    expect(tizanidine.text.length).toBeGreaterThan(20);
  });
}

/** The comparison's rows a sighted reader sees, by their headers. */
const visibleRows = (widget) =>
  widget.locator(".compare__table tbody tr").evaluateAll((rows) =>
    rows.filter((tr) => tr.checkVisibility()).map((tr) => tr.querySelector("th").textContent),
  );

test("on a phone the comparison shows one row at a time, the boxed warnings always", async ({ page }) => {
  const widget = await open(page, "en", 360);
  const show = widget.getByLabel("Show");
  const next = widget.locator(".compare__view .button");
  await expect(show).toBeVisible();
  // Every row but the boxed warnings' can be chosen.
  const options = await show.locator("option").allTextContents();
  expect(options).toHaveLength(11);
  expect(options).not.toContain("Serious warnings");
  expect(await visibleRows(widget)).toEqual(["What it is used for", "Serious warnings"]);
  await expect(widget.locator(".boxed-warning .boxed-warning__label")).toBeVisible();
  // Next steps through every row once, over the boxed warnings, and round.
  const seen = [];
  for (let i = 0; i < options.length; i++) {
    const label = (await next.textContent()).replace(/^Next: /, "");
    await next.click();
    seen.push(label);
    expect(await visibleRows(widget)).toContain(label);
    expect(await visibleRows(widget)).toContain("Serious warnings");
    await expect(widget.locator(".boxed-warning .boxed-warning__label")).toBeVisible();
    // The reader is taken back up to the list, which names the row shown.
    await expect(show).toBeFocused();
    await expect(show.locator("option:checked")).toHaveText(label);
  }
  expect(seen).toEqual([...options.slice(1), options[0]]);
  // Choosing from the list works too, and changing treatments keeps the row.
  await show.selectOption({ label: "Pregnancy" });
  expect(await visibleRows(widget)).toEqual(["Serious warnings", "Pregnancy"]);
  await widget.locator(".compare__options input:checked").last().uncheck();
  await expect(widget.locator(".compare__table thead th")).toHaveCount(2);
  expect(await visibleRows(widget)).toEqual(["Serious warnings", "Pregnancy"]);
  // Paper gets every row, without the controls.
  await page.emulateMedia({ media: "print" });
  expect(await visibleRows(widget)).toHaveLength(12);
  await expect(show).toBeHidden();
  await expect(next).toBeHidden();
});

test("on a wide screen the comparison is the whole table, without the phone's controls", async ({ page }) => {
  const widget = await open(page, "en", 1280);
  expect(await visibleRows(widget)).toHaveLength(12);
  await expect(widget.locator(".compare__view")).toHaveCount(2);
  for (const view of await widget.locator(".compare__view").all()) await expect(view).toBeHidden();
});

test("phone numbers never break across lines", async ({ page }) => {
  // The US poison line, "1-800-222-1222", broke at a hyphen at 360 and 412 px.
  for (const width of [320, 360, 412]) {
    const widget = await open(page, "en", width);
    const numbers = widget.locator(".safety .number");
    await expect(numbers.filter({ hasText: "1-800-222-1222" })).toHaveCount(1);
    for (const number of await numbers.all()) {
      expect(await number.evaluate((el) => el.getClientRects().length), `at ${width} px`).toBe(1);
    }
  }
});

test("printing shows every answer and every source in full, with its address", async ({ page }) => {
  const widget = await open(page, "en", 1280);
  await page.emulateMedia({ media: "print" });
  for (const answer of await widget.locator(".faq-item__answer").all()) await expect(answer).toBeVisible();
  // Where a text cites a source: publisher, title and address, not the short form.
  const cite = widget.locator(".safety .source-links a", { hasText: "Baclofen tablets: FDA prescribing" }).first();
  const printed = await cite.evaluate((a) => ({ text: a.innerText, after: getComputedStyle(a, "::after").content }));
  expect(printed.text).toContain("DailyMed (US National Library of Medicine): Baclofen tablets: FDA prescribing information");
  expect(printed.after).toContain("https://dailymed.nlm.nih.gov/");
  // Every source in the list, in full, with its address.
  const items = widget.locator(".sources__list li");
  expect(await items.count()).toBeGreaterThanOrEqual(29);
  for (const item of await items.all()) {
    await expect(item).toBeVisible();
    const link = item.locator("a");
    const href = await link.getAttribute("href");
    expect(await link.evaluate((a) => getComputedStyle(a, "::after").content)).toContain(href);
    await expect(link.locator(".cite__short")).toBeHidden();
    await expect(link.locator(".cite__ref")).toBeVisible();
  }
});

for (const lang of ["en", "es"]) {
  for (const width of [360, 1280]) {
    for (const colorScheme of ["light", "dark"]) {
      test(`screenshot: ${lang}, ${width} px, ${colorScheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        const widget = await open(page, lang, width);
        const m = await measure(widget);
        console.log(`${lang} ${width} px ${colorScheme}: ${JSON.stringify(m)}`);
        await page.screenshot({ path: `tests/e2e/artifacts/phone/${lang}-${width}-${colorScheme}.png`, fullPage: true });
        await widget.locator(".compare").screenshot({
          path: `tests/e2e/artifacts/phone/${lang}-${width}-${colorScheme}-compare.png`,
        });
      });
    }
  }
}
