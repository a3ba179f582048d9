import { readFileSync } from "node:fs";
import { test, expect, Workbench } from "./fixtures";
import { openSeeded } from "./matrice-seed";
import { filledPlan, HOSTILE } from "./package-seed";

test("a filled plan exports to a file valid against the published schema and opens whole in a fresh browser", async ({ app, page, browser, request }) => {
  await openSeeded(page, filledPlan(), "formalizzazione");
  await app.waitSaved();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Esporta il pacchetto" }).click();
  const d = await download;
  expect(d.suggestedFilename()).toMatch(/^pacchetto-completo-\d{4}-\d{2}-\d{2}\.alleanza\.json$/);
  const text = readFileSync(await d.path(), "utf8");
  const pkg = JSON.parse(text);

  // The published schema, read from the app's own address, with formats checked.
  const Ajv2020 = (await import("ajv/dist/2020.js")).default;
  const addFormats = (await import("ajv-formats")).default;
  const schema = await (await request.get("/schema/alleanza-v1.schema.json")).json();
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  // schemars' integer formats, checked rather than ignored.
  for (const [name, max] of [["uint8", 255], ["uint32", 4294967295], ["uint64", Number.MAX_SAFE_INTEGER]] as const) {
    ajv.addFormat(name, { type: "number", validate: (n: number) => Number.isInteger(n) && n >= 0 && n <= max });
  }
  const validate = ajv.compile(schema);
  validate(pkg);
  expect(validate.errors ?? []).toEqual([]);
  expect(pkg.plan.formalisation.representatives).toHaveLength(2);
  expect(pkg.plan.formalisation.signing_place).toBe("Palazzo comunale");
  // The schema refuses what the app refuses.
  for (const spoil of [
    (p: any) => (p.plan.formalisation.act_kind = "contratto"),
    (p: any) => (p.plan.formalisation.representatives[0].partner = "non-un-id"),
    (p: any) => (p.plan.context.sources[0].collected_on = "9 marzo"),
  ]) {
    const bad = JSON.parse(text);
    spoil(bad);
    expect(validate(bad)).toBe(false);
  }

  const fresh = await browser.newContext({ locale: "it-IT" });
  const other = new Workbench(await fresh.newPage());
  const p2 = other.page;
  await other.goto();
  await p2.getByLabel("Scegli un file…").setInputFiles({ name: d.suggestedFilename(), mimeType: "application/json", buffer: Buffer.from(text) });
  await expect(other.field("Titolo del piano")).toHaveValue("Pacchetto completo");
  await expect(other.field("Obiettivo condiviso")).toHaveValue(`Presa in carico integrata ${HOSTILE[0]}`);
  await p2.getByRole("link", { name: "Formalizzazione" }).click();
  await expect(p2.getByLabel("Testo delle premesse")).toHaveValue(`PREMESSO CHE ${HOSTILE[0]}`);
  await expect(p2.getByLabel("Ruolo di chi firma per ASL Città")).toHaveValue("Direttore generale");
  await expect(p2.getByLabel(`Ruolo di chi firma per ${HOSTILE[4]}`)).toHaveValue(HOSTILE[4]);
  await expect(p2.getByLabel("Impegni di Coop Sole")).toHaveValue("Uno sportello");
  await expect(p2.getByLabel("Luogo della firma")).toHaveValue("Palazzo comunale");
  await expect(p2.getByLabel("Clausola sulla protezione dei dati")).toHaveValue("Solo dati aggregati");
  await p2.getByRole("link", { name: "Rete e partner" }).click();
  await expect(p2.getByRole("region", { name: /^Aderente/ }).getByRole("heading", { level: 3 })).toHaveText(["ASL Città", "Coop Sole", HOSTILE[4]]);
  await p2.getByRole("link", { name: "Analisi di contesto" }).click();
  await expect(p2.getByRole("main")).toContainText("Anagrafe comunale");
  await p2.getByRole("button", { name: "Stampa o PDF" }).click();
  const doc = p2.getByRole("article", { name: "Pacchetto completo" });
  await expect(doc.getByRole("table").filter({ hasText: "Lavoro insieme" }).first()).toBeVisible();
  expect(JSON.parse(await p2.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("alleanze.plan."))!;
    return localStorage.getItem(key)!;
  })).plan).toEqual(pkg.plan);
  await fresh.close();
});

test("the print view lays out the whole package, every user text inert", async ({ app, page }) => {
  await openSeeded(page, filledPlan(), "formalizzazione");
  await page.getByRole("button", { name: "Anteprima di stampa dell'atto" }).click();
  await expect(page).toHaveURL(/\/stampa$/);
  const doc = page.getByRole("article", { name: "Pacchetto completo" });
  for (const heading of [
    "Fondamenta",
    "Atto di formalizzazione (bozza)",
    "Enti della rete",
    "Territori e aree tematiche",
    "Matrice delle alleanze",
    "Alleanze",
    "Governance della matrice",
    "Dati socio-anagrafici (aggregati)",
    "Fonti",
    "Bisogni per area tematica",
    "Interventi sul territorio",
  ]) {
    await expect(doc.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
  }
  // The act: numbered articles, the signing roles, place and a blank date.
  for (const article of ["1. Premesse", "2. Parti e rappresentanti", "5. Governance", "10. Risorse e finanziamento", "11. Protezione dei dati personali", "Firme"]) {
    await expect(doc.getByRole("heading", { level: 3, name: article })).toBeVisible();
  }
  await expect(doc).toContainText("ASL Città (Altro) — Direttore generale, Sede legale");
  await expect(doc).toContainText("Luogo e data: Palazzo comunale");
  await expect(doc).toContainText("Per Coop Sole: ____________________");
  // Partners with their stage; the matrix as a grid with alliance names in cells.
  await expect(doc.getByRole("row", { name: /Coop Sole Altro Aderente Uno sportello/ })).toBeVisible();
  const matrix = doc.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Territorio / area tematica" }) });
  await expect(matrix.getByRole("row", { name: /^Nord/ }).getByRole("cell", { name: "Lavoro insieme" })).toBeVisible();
  await expect(matrix.getByRole("row", { name: /^Sud/ }).getByRole("cell", { name: HOSTILE[5] })).toBeVisible();
  await expect(doc.getByRole("row", { name: /Cabina di regia ASL Città/ })).toBeVisible();
  await expect(doc.getByRole("row", { name: /Per nazionalità Marocco 700/ })).toBeVisible();
  await expect(doc.getByRole("row", { name: /Anagrafe comunale Servizi demografici 2026-03-09/ })).toBeVisible();
  for (const text of HOSTILE) await expect(doc).toContainText(text);
  expect(await doc.locator("img, a, script, iframe").count()).toBe(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  // Nothing runs wider than the page, even a 400-letter word.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await app.axeViolations()).toEqual([]);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  // Rows are never cut by a page break.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector(".print-view tr")!).breakInside)).toBe("avoid");
});

test("the email summary has the parties of the act, alliances by cell, next steps and the file name", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const plan = filledPlan();
  plan.stakeholders[3].network.stage = "contattato";
  await openSeeded(page, plan, "formalizzazione");
  await page.getByRole("button", { name: "Copia riepilogo per email" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Riepilogo copiato negli appunti" })).toBeAttached();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain("Parti dell'atto e ruoli di firma (3)\n- ASL Città — Direttore generale, Sede legale\n- Coop Sole\n");
  expect(text).toContain(`- ${HOSTILE[4]} — ${HOSTILE[4]}\n`);
  expect(text).toContain("Alleanze per cella (territorio × area tematica) (3)\n- Nord × Inclusione lavorativa: Lavoro insieme\n");
  expect(text).toContain(`- Sud × Servizi socio-sanitari: ${HOSTILE[5]}\n`);
  expect(text).toMatch(/Prossimi passi \(\d+\)\n/);
  expect(text).toContain("- Manca il ruolo di chi firma per Coop Sole.\n");
  expect(text).toContain("- Questura è ancora in fase «contattato»: non è tra le parti dell'atto (Rete e partner).\n");
  expect(text).toContain(`Obiettivo condiviso: Presa in carico integrata ${HOSTILE[0]}\n`);
  expect(text).toMatch(/File allegato \(si apre con Alleanze\): pacchetto-completo-\d{4}-\d{2}-\d{2}\.alleanza\.json\n$/);
  expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
});
