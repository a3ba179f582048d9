// Fails when the first-load bytes (wasm + js + css, brotli) pass the budget.
// A size is deterministic for a given build, unlike timings, so it is a test.
import { bundleSizes } from "./bundle-size.mjs";

// The product budget (issue "Works offline, stays fast"): 200 kB for wasm + js + css.
const BUDGET = 200_000;
const s = bundleSizes("dist");
const total = s.wasm + s.js + s.css;
const kb = (n) => (n / 1000).toFixed(1) + " kB";
console.log(`wasm ${kb(s.wasm)} + js ${kb(s.js)} + css ${kb(s.css)} = ${kb(total)} brotli (budget ${kb(BUDGET)}); fonts ${kb(s.fonts)}`);
if (total > BUDGET) {
  console.error(`size-check: ${kb(total)} is over the budget of ${kb(BUDGET)}`);
  process.exit(1);
}
console.log("size-check: 1 passed, 0 failed");
