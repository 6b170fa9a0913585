// The cross-engine suite: every scenario in scenarios.mjs, in Chromium,
// Firefox and WebKit, against the release build (dist/) served over HTTP.
//   node --test tests/engines/engines.test.mjs         all three engines
//   ENGINES="webkit" node --test tests/engines/engines.test.mjs
// Screenshots at 412 px go to tests/e2e/artifacts/engines/.
import { after, before, describe, test } from "node:test";
import { startServer } from "../e2e/server.mjs";
import { launch } from "./drivers.mjs";
import { scenarios } from "./scenarios.mjs";

const ENGINES = (process.env.ENGINES ?? "chromium firefox webkit").split(/[\s,]+/).filter(Boolean);
const PORT = Number(process.env.ENGINES_PORT ?? 4183);

let server;
before(async () => {
  server = await startServer(PORT);
});
after(() => server?.close());

for (const engine of ENGINES) {
  describe(engine, { concurrency: 1 }, () => {
    let browser;
    let current = null;
    before(async () => {
      browser = await launch(engine);
    });
    after(async () => {
      await current?.close();
      await browser?.close();
    });
    const open = async (path) => {
      await current?.close();
      current = await browser.open(`http://127.0.0.1:${PORT}${path}`);
      return current;
    };
    for (const [name, run] of Object.entries(scenarios)) {
      test(name, { timeout: 60_000 }, () => run({ open, engine }));
    }
  });
}
