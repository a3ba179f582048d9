// The yardstick: a bare Leptos 40 × 12 grid (scripts/yardstick/) built with the
// app's release profile and measured in the same run as the app, so the app's
// figures can be compared across machines and machine loads.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { nearBottom } from "./matrix-page.mjs";
import { serve } from "./static-server.mjs";

const DIST = new URL("../target/yardstick-dist/", import.meta.url).pathname;
const DIR = new URL("./yardstick/", import.meta.url).pathname;

function build() {
  if (existsSync(DIST) && readdirSync(DIST).some((f) => f.endsWith(".wasm"))) return;
  execFileSync("trunk", ["build", "--release"], {
    cwd: DIR,
    stdio: "inherit",
    env: {
      ...process.env,
      CARGO_TARGET_DIR: new URL("../target/yardstick", import.meta.url).pathname,
      // trunk runs wasm-opt from binaryen's npm package (see scripts/env.sh).
      PATH: `${new URL("../node_modules/.bin", import.meta.url).pathname}:${process.env.PATH}`,
    },
  });
}

/** Ready time (navigation → first frame after mount) and Event Timing of 20
 *  clicks that each select a cell. */
export async function measureYardstick(browser, { throttle = false, port = 4798 } = {}) {
  build();
  const server = await serve(DIST, port);
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__events = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (e.interactionId) window.__events.push(e.duration);
    }).observe({ type: "event", durationThreshold: 16, buffered: true });
  });
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  }
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => performance.getEntriesByName("yardstick-ready").length > 0);
  const ready = await page.evaluate(() => performance.getEntriesByName("yardstick-ready")[0].startTime);
  const buttons = page.locator("td button");
  const clicks = [];
  for (let i = 0; i < 20; i++) {
    const before = await page.evaluate(() => window.__events.length);
    // The same real mouse click as the matrix benchmark (no harness checks),
    // and, as there, never near the window's bottom edge, where headless
    // Chromium does not present a frame (`matrix-page.mjs`, `userClick`).
    const target = buttons.nth(i * 23);
    await target.scrollIntoViewIfNeeded();
    if (await nearBottom(target)) {
      await target.evaluate((el) => el.scrollIntoView({ block: "center" }));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    const box = await target.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(80);
    const worst = await page.evaluate((b) => Math.max(16, ...window.__events.slice(b)), before);
    clicks.push(worst);
  }
  await context.close();
  server.close();
  return { ready, clicks };
}
