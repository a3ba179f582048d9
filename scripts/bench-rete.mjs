// Benchmark (not a test) of the partner interactions of issue 8 on the large
// example plan (600 partners): on the Rete e partner screen, moving a partner
// to its next networking stage, undoing the moves, and typing in a partner's
// commitments and in the search. Reports the Event Timing p95 of each (the
// longest entry of each interaction) as the median of RUNS runs' p95 (issue
// 8), unthrottled and with 4× CPU throttling,
// and the time from navigation to the screen with each stage's first cards
// drawn (`PAGE` of src/features/rete/mod.rs); the yardstick (a bare
// Leptos grid, same profile) is measured in the same run. After a release build:
//   node scripts/bench-rete.mjs         (prints a Markdown table)
import { launchChromium } from "./browser.mjs";
import { measure, seededPage } from "./event-timing.mjs";
import { generatePlan } from "./gen-large-plan.mjs";
import { userClick } from "./matrix-page.mjs";
import { serve } from "./static-server.mjs";
import { etCell, median, p95 } from "./stats.mjs";
import { measureYardstick } from "./yardstick.mjs";

const RUNS = Number(process.env.RUNS ?? 5);
// 20 a run: the p95 of fewer than 20 figures is their maximum.
const N = Number(process.env.INTERACTIONS ?? 20);
const KEYS = Number(process.env.KEYS ?? 24);
const PORT = 4815;
const plan = generatePlan();
// Cards each stage draws before "Mostra altri" (PAGE in src/features/rete/mod.rs).
const PAGE = 12;
const byStage = new Map();
for (const p of plan.stakeholders) byStage.set(p.network.stage, (byStage.get(p.network.stage) ?? 0) + 1);
const CARDS = [...byStage.values()].reduce((a, n) => a + Math.min(n, PAGE), 0);
const base = `http://127.0.0.1:${PORT}/`;
const server = await serve(process.env.DIST ?? "dist", PORT);
const browser = await launchChromium();

async function session(rate) {
  const { context, page } = await seededPage(browser, base, plan);
  // The seeded page moves to the screen by its hash (same document); the
  // reload is the measured navigation.
  const drawnAll = () => page.waitForFunction((n) => document.querySelectorAll(".partner-card").length === n, CARDS, { timeout: 60_000 });
  await page.goto(`${base}#/piano/${plan.id}/rete`);
  await drawnAll();
  await page.reload();
  await drawnAll();
  const drawn = await page.evaluate(() => performance.now());
  await page.waitForTimeout(500);
  if (rate > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  }
  const settle = 120 * rate;
  // A partner still at "contattato" moves on to "aderente" (its card changes
  // list, and the next partner at "contattato" is drawn in its place).
  const advance = page.locator(".stage-contattato .partner-card .btn-primary");
  const move = await measure(page, N, async (i) => {
    await userClick(advance.nth((i * 5) % (PAGE - 4)));
    return 1;
  }, settle);
  const undoButton = page.getByRole("button", { name: "Annulla", exact: true });
  const undo = await measure(page, N, async () => {
    await userClick(undoButton);
    return 1;
  }, settle);
  const card = page.locator(".partner-card").nth(CARDS / 2);
  await userClick(card.getByRole("button", { name: /^Vantaggi e impegni di / }));
  await card.getByLabel("Impegni del partner").click();
  const text = "Sede per gli sportelli, due mediatori il martedì";
  const typing = await measure(page, KEYS, async (i) => {
    await page.keyboard.type(text[i % text.length]);
    return 1;
  }, 60 * rate);
  // The search: each keystroke redraws the stages' cards that match.
  await userClick(page.getByLabel("Cerca un partner"));
  const query = "ente 59";
  // Typed and deleted twice: 28 keystrokes (see N).
  const search = await measure(page, query.length * 4, async (i) => {
    const k = i % (query.length * 2);
    await page.keyboard.press(k < query.length ? query[k] : "Backspace");
    return 1;
  }, 120 * rate);
  await context.close();
  return { drawn, move, undo, typing, search };
}

const fast = [];
for (let i = 0; i < RUNS; i++) fast.push(await session(1));
const slow = [];
for (let i = 0; i < RUNS; i++) slow.push(await session(4));
const yard = { fast: await measureYardstick(browser), slow: await measureYardstick(browser, { throttle: true }) };
await browser.close();
server.close();

const ms = (n) => `${n.toFixed(0)} ms`;
const rows = (label, rs) => {
  const all = (k) => rs.flatMap((r) => r[k]);
  return [
    `| ${label}: move a partner to its next stage, Event Timing p95 (${all("move").length} interactions) | ${etCell(rs, "move")} |`,
    `| ${label}: undo, p95 (${all("undo").length}) | ${etCell(rs, "undo")} |`,
    `| ${label}: typing in a partner's commitments, p95 (${all("typing").length} keystrokes) | ${etCell(rs, "typing")} |`,
    `| ${label}: typing and deleting "ente 59" in the search, p95 (${all("search").length} keystrokes) | ${etCell(rs, "search")} |`,
  ].join("\n");
};
console.log(`Plan: ${plan.stakeholders.length} partners on the Rete e partner screen.\n`);
console.log("| measure | value |");
console.log("|---|---|");
console.log(`| screen with each stage's first ${PAGE} cards drawn (${CARDS} cards), after navigation (median of ${RUNS}) | ${ms(median(fast.map((r) => r.drawn)))} (runs: ${fast.map((r) => r.drawn.toFixed(0)).join(", ")}) |`);
console.log(rows("no throttling", fast));
console.log(rows("4× CPU throttling", slow));
for (const [label, r] of [["no throttling", yard.fast], ["4× CPU throttling", yard.slow]]) {
  console.log(`| yardstick (bare Leptos 40 × 12 grid, same profile), ${label}: ready / click p95 | ${ms(r.ready)} / ${ms(p95(r.clicks))} |`);
}
