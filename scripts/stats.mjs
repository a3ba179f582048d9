// Summaries the benchmark scripts report.

/** The median of `xs` (the mean of the middle two for an even count). */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The 95th percentile of `xs` (nearest rank). */
export const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};

/** Issue 8 asks for each figure "as a median of ≥ 5 runs": the p95 of each
 *  run's interactions of kind `key`, and the median of those. */
export const p95PerRun = (runs, key) => {
  const each = runs.map((r) => p95(r[key]));
  return { each, median: median(each) };
};

/** A benchmark table's Event Timing cell: the median of the runs' p95, then
 *  each run's p95 and the p95 and median of all the runs' figures pooled. */
export const etCell = (runs, key) => {
  const { each, median: m } = p95PerRun(runs, key);
  const all = runs.flatMap((r) => r[key]);
  return `${m.toFixed(0)} ms (runs: ${each.map((x) => x.toFixed(0)).join(", ")}; pooled ${p95(all).toFixed(0)} ms, median ${median(all).toFixed(0)} ms)`;
};
