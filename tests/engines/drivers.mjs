// One small page API over three real engines, so every scenario runs
// unchanged in each:
//   chromium  Debian's Chromium, puppeteer-core over CDP
//   firefox   Debian's Firefox ESR, puppeteer-core over WebDriver BiDi
//   webkit    Debian's WebKitGTK MiniBrowser, selenium-webdriver through
//             WebKitWebDriver, on an Xvfb display (MiniBrowser has no
//             headless mode; --full-screen makes the viewport the screen)
//
// Elements are named by a JS expression evaluated in the page (scenarios use
// the page's `q()`/`qa()` helpers from pages/capture.js), so shadow DOM is
// reached the same way everywhere. Clicks and keys are real input events.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export const VIEWPORT = { width: 412, height: 915 };

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? "/usr/bin/WebKitWebDriver";
const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/** Starts `engine` and returns { open(url) -> Page, close() }. */
export async function launch(engine) {
  if (engine === "webkit") return launchWebKit();
  const puppeteer = (await import("puppeteer-core")).default;
  const firefox = engine === "firefox";
  const browser = await puppeteer.launch({
    browser: firefox ? "firefox" : "chrome",
    executablePath: firefox ? FIREFOX : CHROMIUM,
    headless: true,
    defaultViewport: VIEWPORT,
    args: firefox
      ? []
      : ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    // No telemetry or update checks from the test browser.
    extraPrefsFirefox: { "app.update.enabled": false, "datareporting.policy.dataSubmissionEnabled": false, "toolkit.telemetry.enabled": false },
  });
  return {
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return puppeteerPage(page);
    },
    close: () => browser.close(),
  };
}

function puppeteerPage(page) {
  const element = async (expression) => {
    const handle = await page.evaluateHandle(expression);
    const node = handle.asElement();
    if (!node) throw new Error(`no element: ${expression}`);
    return node;
  };
  return {
    eval: (expression) => page.evaluate(expression),
    async click(expression) {
      const node = await element(expression);
      await node.click();
    },
    async focus(expression) {
      await (await element(expression)).focus();
    },
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    async screenshot(path) {
      await page.screenshot({ path, fullPage: false });
    },
    close: () => page.close(),
  };
}

async function launchWebKit() {
  const { Builder, Key } = await import("selenium-webdriver");
  // A display of exactly the viewport's size (MiniBrowser runs full screen),
  // on a free display number Xvfb picks and writes to fd 3.
  const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", `${VIEWPORT.width}x${VIEWPORT.height}x24`, "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "ignore", "pipe"],
  });
  const display = await new Promise((resolve, reject) => {
    let out = "";
    xvfb.stdio[3].on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) resolve(`:${out.trim()}`);
    });
    xvfb.on("exit", (code) => reject(new Error(`Xvfb exited with ${code}`)));
    setTimeout(() => reject(new Error("Xvfb did not start within 20 s")), 20_000);
  });
  const port = await freePort();
  const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    stdio: "ignore",
    env: { ...process.env, DISPLAY: display },
  });
  await until(() => fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false), "WebKitWebDriver");
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation", "--full-screen"] },
    })
    .build();
  // Without a window manager the full-screen request may not apply: size the
  // window itself, and check what the page sees.
  await driver.manage().window().setRect({ x: 0, y: 0, ...VIEWPORT }).catch(() => {});
  const keys = { Enter: Key.ENTER, Space: Key.SPACE, Tab: Key.TAB, Escape: Key.ESCAPE, ArrowDown: Key.ARROW_DOWN };
  const element = async (expression) => {
    const node = await driver.executeScript(`return (${expression});`);
    if (!node) throw new Error(`no element: ${expression}`);
    return node;
  };
  return {
    async open(url) {
      await driver.get(url);
      return {
        eval: (expression) => driver.executeScript(`return (${expression});`),
        async click(expression) {
          // WebDriver's pointer only reaches what is in view.
          await driver.executeScript(`(${expression}).scrollIntoView({ block: "center" });`);
          await driver.actions().move({ origin: await element(expression) }).click().perform();
        },
        async focus(expression) {
          await driver.executeScript(`(${expression}).focus();`);
        },
        press: (key) => driver.actions().sendKeys(keys[key] ?? key).perform(),
        type: (text) => driver.actions().sendKeys(text).perform(),
        async screenshot(path) {
          const { writeFile } = await import("node:fs/promises");
          await writeFile(path, await driver.takeScreenshot(), "base64");
        },
        close: async () => {},
      };
    },
    async close() {
      await driver.quit().catch(() => {});
      driverProcess.kill();
      xvfb.kill();
    },
  };
}

/** A port nothing listens on (a stale driver on a fixed port would answer). */
function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Waits for a helper process to be ready. */
async function until(ready, what, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`${what} did not start within ${ms} ms`);
    await sleep(100);
  }
}

/** Polls `expression` in the page until it is truthy; fails after `ms`. */
export async function waitFor(page, expression, ms = 10_000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await page.eval(expression).catch((error) => error);
    if (last && !(last instanceof Error)) return last;
    await sleep(25);
  }
  // What the page was doing, for a failure that happens once in many runs.
  const state = await page.eval(STATE).catch((error) => `(no state: ${error.message})`);
  throw new Error(`timed out after ${ms} ms waiting for: ${expression}${last instanceof Error ? ` (${last.message})` : ""}; page: ${state}`);
}

const STATE = `JSON.stringify({
  seen: window.__seen && { errors: __seen.errors, warnings: __seen.warnings, events: __seen.events.map((e) => e.type) },
  widgets: [...document.querySelectorAll("baclofen-guide")].map((w) => ({
    prerendered: !!w.shadowRoot?.querySelector("[data-prerendered]"),
    rendered: !!w.shadowRoot?.querySelector("div:not([data-prerendered]) > .guide"),
    text: (w.shadowRoot?.textContent ?? "").replace(/\\s+/g, " ").slice(0, 60),
  })),
  files: performance.getEntriesByType("resource").map((r) => r.name.split("/").pop() + " " + Math.round(r.responseEnd) + " ms"),
  at: Math.round(performance.now()) + " ms",
})`;

export function artifactsDir() {
  const dir = new URL("../e2e/artifacts/engines/", import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  return dir;
}
