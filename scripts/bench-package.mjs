// Benchmark of the package (not a test): export and import of a ~1 MB plan in
// headless Chromium. A generated plan (scripts/gen-large-plan.mjs, scaled up
// and with the formalisation filled) is stored the way the app stores plans.
// Export: the click handler of "Esporta piano" (encode + download), timed in
// the page around a synchronous `click()`. Import: from setting the file on the
// picker of a fresh profile to the imported plan's title drawn on Fondamenta
// (read, UTF-8/JSON/envelope checks, deserialize, validate, store, render).
// Run after `trunk build --release`:
//   node scripts/bench-package.mjs          (prints a Markdown table)
import { launchChromium } from "./browser.mjs";
import { generatePlan, seedStorage } from "./gen-large-plan.mjs";
import { serve } from "./static-server.mjs";
import { median } from "./stats.mjs";

const RUNS = Number(process.env.RUNS ?? 7);
const PORT = 4812;
const base = `http://127.0.0.1:${PORT}/`;

// SHAPE=text: the same weight in few items (1,000 needs of ~900 characters, 20
// partners), to tell the cost of the bytes from the cost of drawing 850 rows.
const SHAPE = process.env.SHAPE ?? "many";
const plan = SHAPE === "text"
  ? generatePlan({ territories: 10, themes: 12, partners: 20, alliances: 10, seed: 11 })
  : generatePlan({ territories: 40, themes: 12, partners: 850, alliances: 450, seed: 11 });
if (SHAPE === "text") {
  const themes = plan.axes.themes;
  plan.context.needs = Array.from({ length: 1000 }, (_, i) => ({
    id: `7e1a0000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`,
    theme: themes[i % themes.length].id,
    priority: 1 + (i % 5),
    description: `Bisogno ${i} `.repeat(90),
  }));
}
const parties = plan.stakeholders.filter((s) => s.network.stage === "aderente" || s.network.stage === "attivo");
plan.formalisation = {
  act_kind: "protocollo_intesa",
  premesse: "PREMESSO CHE ".repeat(400),
  object: "Oggetto", governance: "Tavoli", duration: "Tre anni", withdrawal: "Preavviso",
  accession: "Su richiesta", monitoring: "Semestrale", resources: "Personale",
  data_protection: "Solo dati aggregati", signing_place: "Palazzo comunale",
  representatives: parties.map((s) => ({ partner: s.id, role: "Legale rappresentante", office: "Sede legale" }))
    .sort((a, b) => (a.partner < b.partner ? -1 : 1)),
};

const server = await serve("dist", PORT);
const browser = await launchChromium();

async function exportOnce() {
  const context = await browser.newContext({ locale: "it-IT", acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(base);
  // Seed only once the app is up: a hash set while it boots is overwritten.
  await page.getByRole("heading", { level: 1, name: "I tuoi piani" }).waitFor();
  await seedStorage(page, plan);
  await page.goto(`${base}#/piano/${plan.id}/formalizzazione`);
  await page.reload();
  await page.getByRole("button", { name: "Esporta piano" }).waitFor();
  await page.waitForTimeout(300);
  const download = page.waitForEvent("download");
  const ms = await page.evaluate(() => {
    const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Esporta piano");
    const t0 = performance.now();
    button.click();
    return performance.now() - t0;
  });
  const d = await download;
  const text = await (await import("node:fs")).promises.readFile(await d.path(), "utf8");
  await context.close();
  return { ms, text };
}

async function importOnce(text) {
  const context = await browser.newContext({ locale: "it-IT" });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole("heading", { level: 1, name: "I tuoi piani" }).waitFor();
  await page.waitForTimeout(300);
  const ms = await page.evaluate(async ({ text, title }) => {
    const input = document.querySelector('input[type="file"]');
    const dt = new DataTransfer();
    dt.items.add(new File([text], "grande.alleanza.json", { type: "application/json" }));
    const t0 = performance.now();
    input.files = dt.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
    await new Promise((resolve) => {
      const check = () => {
        const field = document.getElementById("field-title");
        if (field && field.value === title) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    const span = (a, b) => performance.getEntriesByName(b)[0].startTime - performance.getEntriesByName(a)[0].startTime;
    return {
      total: performance.now() - t0,
      // The import itself, marked in import_actions.rs: decode (UTF-8, JSON,
      // envelope, migrations, field paths, validation) and the storage write.
      decode: span("import-start", "import-decoded"),
      store: span("import-decoded", "import-stored"),
    };
  }, { text, title: plan.title });
  const stored = await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith("alleanze.plan.")));
  await context.close();
  if (!stored) throw new Error("the imported plan was not stored");
  return ms;
}

const exports = [];
const imports = [];
let file = "";
for (let i = 0; i < RUNS; i++) {
  const e = await exportOnce();
  exports.push(e.ms);
  file = e.text;
  imports.push(await importOnce(file));
}
await browser.close();
server.close();

const fmt = (xs) => `${median(xs).toFixed(0)} ms (runs: ${xs.map((x) => x.toFixed(0)).join(", ")})`;
console.log(`Package: ${(Buffer.byteLength(file) / 1024 / 1024).toFixed(2)} MB (${plan.stakeholders.length} partners, ${plan.alliances.length} alliances, ${plan.formalisation.representatives.length} signing roles).\n`);
console.log("| measure (median of " + RUNS + ") | value |");
console.log("|---|---|");
console.log(`| export: click handler (encode + download) | ${fmt(exports)} |`);
console.log(`| import: file set → plan drawn on Fondamenta | ${fmt(imports.map((r) => r.total))} |`);
console.log(`| import function: decode + validate | ${fmt(imports.map((r) => r.decode))} |`);
console.log(`| import function: decode + validate + store | ${fmt(imports.map((r) => r.decode + r.store))} |`);
