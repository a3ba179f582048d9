// Developer tool (not a test, not a benchmark): CPU profile of the matrix
// screen with the large plan, aggregated by function (self time), to find
// where loading, moving and undoing spend their time. Build with names kept:
//   KEEP_NAMES=1 trunk build --release --dist /tmp/dist-prof
//   DIST=/tmp/dist-prof node scripts/profile-matrice.mjs [load|move|undo|select]
import { launchChromium } from "./browser.mjs";
import { generatePlan, seedStorage } from "./gen-large-plan.mjs";
import { matrixTargets, moveCell, userClick } from "./matrix-page.mjs";
import { serve } from "./static-server.mjs";

const PHASE = process.argv[2] ?? "load";
const PORT = 4795;
const plan = generatePlan();
const base = `http://127.0.0.1:${PORT}/`;
const server = await serve(process.env.DIST ?? "dist", PORT);
const browser = await launchChromium();
const context = await browser.newContext({ locale: "it-IT", viewport: { width: 1600, height: 1000 } });
const page = await context.newPage();
await page.goto(base);
await seedStorage(page, plan);
const cdp = await context.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await page.goto(`${base}#/piano/${plan.id}/matrice`);
if (PHASE === "load") await cdp.send("Profiler.start");
await page.reload();
await page.waitForFunction(() => performance.getEntriesByName("matrice-ready").length > 0, null, { timeout: 60_000 });
const { palette, cell, select, undo } = matrixTargets(page, plan);
if (PHASE !== "load") {
  await page.waitForTimeout(500);
  if (PHASE === "undo") {
    for (let i = 0; i < 8; i++) { await userClick(palette.nth(i)); await userClick(cell(...moveCell(i))); }
    await page.waitForTimeout(500);
  }
  await cdp.send("Profiler.start");
  for (let i = 0; i < 8; i++) {
    if (PHASE === "move") { await userClick(palette.nth(i)); await userClick(cell(...moveCell(i))); }
    if (PHASE === "select") await userClick(select(i));
    if (PHASE === "pick") { await userClick(palette.nth(i)); await page.waitForTimeout(100); await page.keyboard.press("Escape"); }
    if (PHASE === "undo") await userClick(undo);
    await page.waitForTimeout(100);
  }
}
const { profile } = await cdp.send("Profiler.stop");
await browser.close();
server.close();

const dt = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const self = new Map();
let total = 0;
for (const [id, us] of dt) {
  const n = byId.get(id);
  const name = n.callFrame.functionName || `(${n.callFrame.url.split("/").pop()})`;
  if (name === "(idle)" || name === "(program)") continue;
  self.set(name, (self.get(name) ?? 0) + us);
  total += us;
}
console.log(`${PHASE}: ${(total / 1000).toFixed(0)} ms busy`);
// CALLERS=<regex>: for the samples inside a function matching it, the
// nearest enclosing app function (alleanze::…), to see who triggers it.
if (process.env.CALLERS) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const re = new RegExp(process.env.CALLERS);
  const by = new Map();
  for (const [id, us] of dt) {
    let cur = id;
    let inside = false;
    let caller = "(none)";
    for (; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur).callFrame.functionName;
      if (!inside && re.test(name)) inside = true;
      else if (inside && /alleanze/.test(name)) { caller = name; break; }
    }
    if (inside) by.set(caller, (by.get(caller) ?? 0) + us);
  }
  for (const [name, us] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name.slice(0, 170)}`);
  process.exit(0);
}
// Inclusive time by function (a function counted once per stack), filtered by
// FILTER (a regular expression on the name), to see which app code is costly.
if (process.env.FILTER) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  const re = new RegExp(process.env.FILTER);
  for (const [id, us] of dt) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur).callFrame.functionName;
      if (!re.test(name) || seen.has(name)) continue;
      seen.add(name);
      incl.set(name, (incl.get(name) ?? 0) + us);
    }
  }
  for (const [name, us] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) {
    console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  incl  ${name.slice(0, 160)}`);
  }
  process.exit(0);
}
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) {
  console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name.slice(0, 150)}`);
}
