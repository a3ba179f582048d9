// Developer tool (not a test, not a benchmark): the first select of a session
// on the matrix, at 4× CPU, and when its frame reaches the screen. For each
// select it prints when the chips' classes changed, each animation frame, and
// the Event Timing of the pointerdown (which ends when a frame is presented).
//   trunk build --release && node scripts/probe-first-select.mjs
// Options (environment):
//   RELOAD=1     open the matrix by loading its address, not from inside the app
//                (only then is nothing focused before the first select);
//   SCROLL=y     scroll the page to y before the first select (session 13: a
//                chip within ~50 px of the window's bottom edge showed the
//                first select only with the side panel's frame, ~100 ms later;
//                the same chip in the middle of the window, at once);
//   OFF=k        start at the k-th select of the benchmark's list;
//   N=n          how many selects (default 2);
//   EXTRA_CSS=…  a style sheet added after load (CSS variants without a build);
//   PRE_JS=…     code run in the page before the selects.
import { launchChromium } from "./browser.mjs";
import { generatePlan, seedStorage } from "./gen-large-plan.mjs";
import { matrixTargets, userClick } from "./matrix-page.mjs";
import { serve } from "./static-server.mjs";

const PORT = 4800;
const plan = generatePlan();
const base = `http://127.0.0.1:${PORT}/`;
const server = await serve(process.env.DIST ?? "dist", PORT);
const browser = await launchChromium();
const context = await browser.newContext({
  locale: "it-IT", viewport: { width: 1600, height: 1000 }, bypassCSP: !!process.env.EXTRA_CSS,
});
const page = await context.newPage();
await page.goto(base);
await seedStorage(page, plan);
await page.goto(`${base}#/piano/${plan.id}/matrice`);
// RELOAD=1: a fresh load of the matrix's address (as the benchmark measures),
// not the change of screen inside the app that the address change above is.
if (process.env.RELOAD === "1") await page.reload();
await page.waitForFunction(() => performance.getEntriesByName("matrice-complete").length > 0, null, { timeout: 60_000 });
await page.waitForTimeout(800);
if (process.env.EXTRA_CSS) await page.addStyleTag({ content: process.env.EXTRA_CSS });
if (process.env.SCROLL) await page.evaluate((y) => scrollTo(0, y), Number(process.env.SCROLL));
if (process.env.PRE_JS) await page.evaluate(process.env.PRE_JS);
await page.waitForTimeout(500);
const cdp = await context.newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

const { select } = matrixTargets(page, plan);
const OFF = Number(process.env.OFF ?? 0);
for (let i = OFF; i < OFF + Number(process.env.N ?? 2); i++) {
  // Times are in ms from the pointerdown.
  await page.evaluate(() => {
    const log = (window.__log = []);
    const t0 = { v: 0 };
    const at = () => (performance.now() - t0.v).toFixed(0);
    window.__mo = new MutationObserver((list) => {
      for (const m of list) {
        if (m.type === "attributes" && m.attributeName === "class" && m.target.classList.contains("chip")) {
          log.push(`${at()} chip ${m.target.id.split("-").slice(0, 3).join("-")} → "${m.target.className}"`);
        } else if (m.type === "childList" && m.target.closest(".side-panel")) log.push(`${at()} side panel rebuilt`);
      }
    });
    window.__mo.observe(document.body, { subtree: true, attributes: true, childList: true });
    addEventListener("pointerdown", () => {
      t0.v = performance.now();
      let k = 0;
      const frame = () => { log.push(`${at()} animation frame ${k}`); if (++k < 6) requestAnimationFrame(frame); };
      requestAnimationFrame(frame);
    }, { once: true, capture: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) {
        if (e.interactionId && e.name === "pointerdown" && e.startTime >= t0.v - 50) {
          log.push(`Event Timing: ${e.duration} ms (frame presented at ${(e.startTime + e.duration - t0.v).toFixed(0)})`);
        }
      }
    }).observe({ type: "event", durationThreshold: 16 });
  });
  await userClick(select(i), { bottomMargin: 0 });
  const where = await select(i).evaluate((el) => `chip at y ${el.getBoundingClientRect().top.toFixed(0)}–${el.getBoundingClientRect().bottom.toFixed(0)} of ${innerHeight}, page scrolled ${scrollY}`);
  await page.waitForTimeout(600);
  const log = await page.evaluate(() => { window.__mo.disconnect(); return window.__log; });
  console.log(`--- select ${i} (${where})\n${[...new Set(log)].join("\n")}`);
}
await browser.close();
server.close();
