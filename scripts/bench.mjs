// Benchmark (not a test): bundle bytes and time to a ready screen in headless
// Chromium, median of RUNS fresh page loads. Run after a release build:
//   node scripts/bench.mjs            (prints a Markdown table)
import { launchChromium } from "./browser.mjs";
import { bundleSizes } from "./bundle-size.mjs";
import { serve } from "./static-server.mjs";
import { median } from "./stats.mjs";

const RUNS = Number(process.env.RUNS ?? 7);
const PORT = 4793;
const server = await serve("dist", PORT);
const browser = await launchChromium();

async function readyTimes(url, throttle) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ locale: "it-IT" });
    const page = await context.newPage();
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
      });
    }
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("alleanze-ready").length > 0, null, { timeout: 30_000 });
    times.push(await page.evaluate(() => performance.getEntriesByName("alleanze-ready")[0].startTime));
    await context.close();
  }
  return times;
}

const sizes = bundleSizes("dist");
const base = `http://127.0.0.1:${PORT}/`;
const fast = await readyTimes(base, false);
const slow = await readyTimes(base, true);
await browser.close();
server.close();

const kb = (n) => (n / 1000).toFixed(1);
const ms = (n) => n.toFixed(0);
const rev = process.env.GIT_REV ?? "";
console.log(`| measure | value |`);
console.log(`|---|---|`);
console.log(`| wasm (brotli) | ${kb(sizes.wasm)} kB |`);
console.log(`| js (brotli) | ${kb(sizes.js)} kB |`);
console.log(`| css (brotli) | ${kb(sizes.css)} kB |`);
console.log(`| wasm + js + css (brotli) | ${kb(sizes.wasm + sizes.js + sizes.css)} kB |`);
console.log(`| fonts (woff2, as served) | ${kb(sizes.fonts)} kB |`);
console.log(`| raw wasm + js + css | ${kb(sizes.raw)} kB |`);
console.log(`| plans screen ready, median of ${RUNS} | ${ms(median(fast))} ms (runs: ${fast.map(ms).join(", ")}) |`);
console.log(`| same, 4× CPU throttling, 1.6 Mbps / 150 ms | ${ms(median(slow))} ms (runs: ${slow.map(ms).join(", ")}) |`);
if (rev) console.log(`\nMeasured at ${rev}.`);
