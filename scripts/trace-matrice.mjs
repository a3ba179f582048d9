// Developer tool (not a test, not a benchmark): where each matrix interaction
// spends its time on the main thread — script, style, layout, paint — from a
// Chromium trace, one line per interaction. The CPU profile of
// profile-matrice.mjs shows only script; an Event Timing duration also holds
// the style recalculation, layout and paint of the frame after the input.
//   trunk build --release && node scripts/trace-matrice.mjs [select|move|undo] [CPU rate]
import { launchChromium } from "./browser.mjs";
import { generatePlan, seedStorage } from "./gen-large-plan.mjs";
import { matrixTargets, moveCell, userClick } from "./matrix-page.mjs";
import { serve } from "./static-server.mjs";

const PHASE = process.argv[2] ?? "move";
const RATE = Number(process.argv[3] ?? 1);
const PORT = 4796;
const plan = generatePlan();
const base = `http://127.0.0.1:${PORT}/`;
const server = await serve(process.env.DIST ?? "dist", PORT);
const browser = await launchChromium();
// EXTRA_CSS: a style sheet added after load, to try a CSS change without a build.
const EXTRA_CSS = process.env.EXTRA_CSS;
const context = await browser.newContext({ locale: "it-IT", viewport: { width: 1600, height: 1000 }, bypassCSP: !!EXTRA_CSS });
const page = await context.newPage();
await page.goto(base);
await seedStorage(page, plan);
await page.goto(`${base}#/piano/${plan.id}/matrice`);
await page.waitForFunction(() => performance.getEntriesByName("matrice-complete").length > 0, null, { timeout: 60_000 });
await page.waitForTimeout(800);
if (EXTRA_CSS) await page.addStyleTag({ content: EXTRA_CSS });
// EXTRA_JS: code run in the page after load (e.g. to drop style rules).
if (process.env.EXTRA_JS) await page.evaluate(process.env.EXTRA_JS);
await page.evaluate(() => {
  window.__events = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.interactionId) window.__events.push({ start: e.startTime, duration: e.duration, id: e.interactionId });
  }).observe({ type: "event", durationThreshold: 16 });
});
if (RATE > 1) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: RATE });
}

const { palette, cell, select, undo } = matrixTargets(page, plan);
if (PHASE === "undo") {
  for (let i = 0; i < 6; i++) { await userClick(palette.nth(i)); await userClick(cell(...moveCell(i))); }
  await page.waitForTimeout(600);
}

// NOTRACE=1: only the Event Timing figures (tracing itself costs time).
if (process.env.NOTRACE !== "1") await browser.startTracing(page, {
  categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing"],
});
const marks = [];
const mark = (label) => page.evaluate((l) => performance.mark(`trace:${l}`), label);
for (let i = 0; i < Number(process.env.N ?? 6); i++) {
  if (PHASE === "select") { await mark(`select ${i}`); await userClick(select(i)); }
  if (PHASE === "move") {
    await mark(`pick ${i}`); await userClick(palette.nth(i)); await page.waitForTimeout(150);
    await mark(`place ${i}`); await userClick(cell(...moveCell(i)));
  }
  if (PHASE === "undo") { await mark(`undo ${i}`); await userClick(undo); }
  await page.waitForTimeout(400);
  marks.push(i);
}
const timings = await page.evaluate(() => {
  const byId = new Map();
  for (const e of window.__events) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration));
  return [...byId.values()];
});
const sorted = [...timings].sort((a, b) => a - b);
if (process.env.PROBE) console.log(await page.evaluate(process.env.PROBE));
console.log(`Event Timing per interaction (ms): ${timings.join(" ")}  (median ${sorted[Math.floor(sorted.length / 2)]}, max ${sorted.at(-1)})`);
if (process.env.NOTRACE === "1") { await browser.close(); server.close(); process.exit(0); }
const buffer = await browser.stopTracing();
await browser.close();
server.close();

const events = JSON.parse(buffer.toString()).traceEvents;
// The renderer's main thread: where the user-timing marks are.
const markEvents = events.filter((e) => e.name?.startsWith("trace:"));
const tid = markEvents[0]?.tid;
const pid = markEvents[0]?.pid;
const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.dur);
const windows = markEvents.map((m, k) => ({ label: m.name.slice(6), from: m.ts, to: markEvents[k + 1]?.ts ?? Infinity }));
const KINDS = {
  script: ["FunctionCall", "EventDispatch", "TimerFire", "FireAnimationFrame", "RunMicrotasks", "v8.callFunction", "EvaluateScript"],
  style: ["UpdateLayoutTree", "RecalculateStyles", "ParseAuthorStyleSheet"],
  layout: ["Layout", "UpdateLayerTree", "IntersectionObserverController::computeIntersections"],
  paint: ["PrePaint", "Paint", "Layerize", "Commit", "PaintImage", "RasterTask", "CompositeLayers"],
};
// Only the outermost event of each kind counts (nested ones are inside it).
console.log(`${PHASE} at ${RATE}× CPU: main-thread ms per interaction (top-level events)`);
console.log("interaction   script   style  layout   paint   other(task)  busy");
for (const w of windows) {
  const inside = main.filter((e) => e.ts >= w.from && e.ts < w.to);
  const tasks = inside.filter((e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask");
  const sum = { script: 0, style: 0, layout: 0, paint: 0 };
  for (const [kind, names] of Object.entries(KINDS)) {
    const mine = inside.filter((e) => names.includes(e.name));
    // Drop events nested inside another of the same kind.
    const tops = mine.filter((e) => !mine.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && (o.ts < e.ts || o.dur > e.dur)));
    sum[kind] = tops.reduce((s, e) => s + e.dur, 0) / 1000;
  }
  const busy = tasks.reduce((s, e) => s + e.dur, 0) / 1000;
  const other = busy - sum.script - sum.style - sum.layout - sum.paint;
  const f = (n) => n.toFixed(1).padStart(7);
  console.log(`${w.label.padEnd(12)} ${f(sum.script)} ${f(sum.style)} ${f(sum.layout)} ${f(sum.paint)} ${f(other)}      ${f(busy)}`);
}
// DETAIL=1: the names of the events directly inside the tasks, summed over all interactions.
if (process.env.DETAIL === "1") {
  const tasks = main.filter((e) => e.name === "ThreadControllerImpl::RunTask" || e.name === "RunTask");
  const child = new Map();
  for (const t of tasks) {
    const kids = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.name !== t.name);
    const tops = kids.filter((e) => !kids.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && (o.ts < e.ts || o.dur > e.dur)));
    for (const e of tops) child.set(e.name, (child.get(e.name) ?? 0) + e.dur / 1000);
  }
  for (const [n, ms] of [...child].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)}  ${n}`);
}
// PAINTS=1: each Paint / PrePaint / Layout event of the second interaction, with its arguments.
if (process.env.PAINTS === "1") {
  const w = windows[Number(process.env.WINDOW ?? 1)];
  for (const e of main.filter((e) => e.ts >= w.from && e.ts < w.to && (process.env.ALL === "1" ? e.dur > 500 && e.name !== "ThreadControllerImpl::RunTask" : ["Paint", "PrePaint", "Layout", "UpdateLayoutTree", "Layerize", "Commit", "HitTest"].includes(e.name)))) {
    console.log(`${((e.ts - w.from) / 1000).toFixed(1).padStart(7)} +${(e.dur / 1000).toFixed(1).padStart(6)}  ${e.name}  ${JSON.stringify(e.args?.data ?? e.args?.beginData ?? {}).slice(0, 200)}`);
  }
}
