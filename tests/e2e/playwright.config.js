// End-to-end tests: the release build (dist/) served over HTTP, driven in
// Debian's Chromium (Playwright cannot download browsers here).
import { defineConfig } from "@playwright/test";
import { fileURLToPath } from "node:url";

const PORT = 4173;

export default defineConfig({
  testDir: ".",
  outputDir: "artifacts",
  // Two cores: one browser at a time keeps timings and screenshots steady.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  webServer: {
    command: `node tests/e2e/server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/widget/baclofen-guide.js`,
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    reuseExistingServer: !process.env.CI,
  },
});
