// Event Timing in the benchmark scripts: every event entry of an interaction
// (durationThreshold 16, the smallest allowed) is recorded in the page, and an
// interaction's figure is the longest of its entries.

/** Records the page's Event Timing entries from its first navigation on. */
export function observeEventTiming(page) {
  return page.addInitScript(() => {
    window.__events = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId });
    }).observe({ type: "event", durationThreshold: 16, buffered: true });
  });
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
