// Developer tool (not a test, not a benchmark): headless Chromium and a click
// whose only visible change lies at the window's bottom edge, on a page that
// is not the app (session 13). A button at y = Y in a window H px tall gets an
// outline when clicked; a task of BUSY ms follows the next frame, as the
// matrix's side panel does. If the click's frame reaches the screen, the
// pointerdown's Event Timing is one frame (16–24 ms, or no entry under 16);
// if it does not, it runs to the frame after the task (~BUSY + 30 ms).
// Seen here: Y within ~85 px of H gives the slow case, Y = H − 100 or higher
// up the fast one, at any H.
//   Y=950 H=1000 BUSY=80 RUNS=3 node scripts/probe-bottom-edge.mjs
import { launchChromium } from "./browser.mjs";

const H = Number(process.env.H ?? 1000);
const Y = Number(process.env.Y ?? H - 50);
const BUSY = Number(process.env.BUSY ?? 80);
const html = `<!doctype html><html><head><style>
body { margin: 0; font: 16px sans-serif; }
.top { height: ${Y}px; background: #eef; }
button { display: block; height: 50px; width: 200px; margin-left: 300px; border: 2px solid #333; background: #fff; }
button.sel { outline: 3px solid #06c; outline-offset: -3px; }
.rest { height: 3000px; background: #fef; }
</style></head><body><div class="top"></div><button id="b">chip</button><div class="rest"></div>
<script>
b.addEventListener("click", () => {
  b.classList.add("sel");
  requestAnimationFrame(() => setTimeout(() => {
    const t = performance.now();
    while (performance.now() - t < ${BUSY}) {}
    document.querySelector(".rest").append(document.createElement("p"));
  }, 0));
});
window.__et = [];
new PerformanceObserver((l) => {
  for (const e of l.getEntries()) if (e.name === "pointerdown") window.__et.push(e.duration);
}).observe({ type: "event", durationThreshold: 16 });
</script></body></html>`;

const browser = await launchChromium();
for (let k = 0; k < Number(process.env.RUNS ?? 3); k++) {
  const context = await browser.newContext({ viewport: { width: 1600, height: H } });
  const page = await context.newPage();
  await page.setContent(html);
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const box = await page.locator("#b").boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForTimeout(600);
  const et = await page.evaluate(() => window.__et);
  console.log(`button at y ${box.y}–${box.y + box.height} of ${H}: pointerdown Event Timing ${et.length ? `${et[0]} ms` : "under 16 ms"}`);
  await context.close();
}
await browser.close();
