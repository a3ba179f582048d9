// Event Timing in the benchmark scripts: every event entry of an interaction
// (durationThreshold 16, the smallest allowed) is recorded in the page, and an
// interaction's figure is the longest of its entries.
import { seedStorage } from "./gen-large-plan.mjs";

/** Records the page's Event Timing entries from its first navigation on. */
export function observeEventTiming(page) {
  return page.addInitScript(() => {
    window.__events = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId });
    }).observe({ type: "event", durationThreshold: 16, buffered: true });
  });
}

/** A new page (locale it-IT, an office monitor) on the app at `base` with
 *  `plan` stored, as an earlier visit would leave it, and Event Timing
 *  recorded from its next navigation on. */
export async function seededPage(browser, base, plan) {
  const context = await browser.newContext({ locale: "it-IT", viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await page.goto(base);
  await seedStorage(page, plan);
  await observeEventTiming(page);
  return { context, page };
}

/** Runs `act(i)` n times (it returns how many interactions it made) and
 *  returns the worst Event Timing duration of each interaction (16 ms, the
 *  threshold, when none was reported). `settle`: ms to wait after each act. */
export async function measure(page, n, act, settle = 120) {
  const durations = [];
  for (let i = 0; i < n; i++) {
    const from = await page.evaluate(() => performance.now());
    const count = await act(i);
    await page.waitForTimeout(settle);
    const to = await page.evaluate(() => performance.now());
    const worst = await page.evaluate(([a, b]) => {
      const byId = new Map();
      for (const e of window.__events) {
        if (e.start < a || e.start > b || !e.id) continue;
        byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration));
      }
      return [...byId.values()];
    }, [from, to]);
    for (let k = 0; k < count; k++) durations.push(worst[k] ?? 16);
  }
  return durations;
}
