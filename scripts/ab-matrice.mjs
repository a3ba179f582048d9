// Developer tool (not a test, not the benchmark): an interleaved A/B of the
// matrix's interactions on the large plan. Whole benchmark runs move by
// ±15 ms at p95 between runs of the same build on this machine, so a change
// is judged by comparing variants in the same minutes, round after round.
//
// A variant is a build folder and, optionally, a style sheet added to the
// page (to try a CSS change without a build):
//   DISTS=/tmp/dist-before,dist node scripts/ab-matrice.mjs
//   VARIANTS='{"base":"","no-rows":"#matrix-table tbody tr:nth-child(n+13){display:none}"}' node scripts/ab-matrice.mjs
// ROUNDS (default 5) rounds; each round does, on every variant, 4 selects,
// 4 picks, 4 places and 2 undos, as real mouse clicks. RATE=4 throttles the CPU.
// Prints the median / p90 Event Timing duration of each interaction.
import { launchChromium } from "./browser.mjs";
import { generatePlan, seedStorage } from "./gen-large-plan.mjs";
import { matrixTargets, moveCell, userClick } from "./matrix-page.mjs";
import { serve } from "./static-server.mjs";

const plan = generatePlan();
const dists = (process.env.DISTS ?? "dist").split(",");
const styles = JSON.parse(process.env.VARIANTS ?? '{"":""}');
const RATE = Number(process.env.RATE ?? 1);
const browser = await launchChromium();

const variants = [];
for (const [n, dist] of dists.entries()) {
  const port = 4830 + n;
  const server = await serve(dist, port);
  for (const [name, css] of Object.entries(styles)) {
    const context = await browser.newContext({ locale: "it-IT", viewport: { width: 1600, height: 1000 }, bypassCSP: !!css });
    const page = await context.newPage();
    const base = `http://127.0.0.1:${port}/`;
    await page.goto(base);
    await seedStorage(page, plan);
    await page.goto(`${base}#/piano/${plan.id}/matrice`);
    await page.waitForFunction(() => performance.getEntriesByName("matrice-complete").length > 0, null, { timeout: 60_000 });
    if (css) await page.addStyleTag({ content: css });
    await page.evaluate(() => {
      window.__durations = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.interactionId) window.__durations.push(e.duration);
      }).observe({ type: "event", durationThreshold: 16 });
    });
    const label = [dists.length > 1 ? dist : "", name].filter(Boolean).join(" ") || dist;
    variants.push({ label, page, cdp: await context.newCDPSession(page), server, done: 0, res: { select: [], pick: [], place: [], undo: [] } });
  }
}

/** The longest Event Timing duration of what `act` does (0 if none over 16 ms). */
async function measure(page, act) {
  const before = await page.evaluate(() => window.__durations.length);
  await act();
  await page.waitForTimeout(300 * RATE);
  return page.evaluate((b) => Math.max(0, ...window.__durations.slice(b)), before);
}

for (let round = 0; round < Number(process.env.ROUNDS ?? 5); round++) {
  for (const v of variants) {
    const { page, res } = v;
    await page.bringToFront();
    await v.cdp.send("Emulation.setCPUThrottlingRate", { rate: RATE });
    const { palette, cell, select, undo } = matrixTargets(page, plan);
    for (let i = 0; i < 4; i++) {
      const k = v.done++;
      res.select.push(await measure(page, () => userClick(select(k))));
      res.pick.push(await measure(page, () => userClick(palette.nth(k % 20))));
      res.place.push(await measure(page, () => userClick(cell(...moveCell(k)))));
    }
    for (let i = 0; i < 2; i++) res.undo.push(await measure(page, () => userClick(undo)));
    await v.cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  }
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
console.log(`Event Timing, median / p90 (ms), ${RATE}× CPU, ${variants[0].res.place.length} places per variant`);
for (const v of variants) {
  const cols = Object.entries(v.res).map(([k, xs]) => `${k} ${quantile(xs, 0.5)} / ${quantile(xs, 0.9)}`);
  console.log(`${v.label.padEnd(24)} ${cols.join(" | ")}`);
}
await browser.close();
for (const s of new Set(variants.map((v) => v.server))) s.close();
