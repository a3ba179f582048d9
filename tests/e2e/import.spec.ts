import { readFileSync } from "node:fs";
import { test, expect, Workbench } from "./fixtures";

const file = (name: string, text: string | Buffer) => ({
  name,
  mimeType: "application/json",
  buffer: typeof text === "string" ? Buffer.from(text, "utf8") : text,
});

async function exportedPlan(app: Workbench) {
  await app.goto();
  await app.createPlan("Alleanza da condividere");
  await app.field("Comune promotore").fill("Comune di Esempio");
  await app.field("Obiettivo condiviso").fill("Presa in carico integrata");
  await app.page.getByRole("button", { name: "Aggiungi membro" }).click();
  await app.page.getByRole("textbox", { name: "Nome dell'ente" }).fill("ASL <b>Est</b>");
  await app.waitSaved();
  const download = app.page.waitForEvent("download");
  await app.page.getByRole("button", { name: "Esporta piano" }).click();
  const d = await download;
  expect(d.suggestedFilename()).toMatch(/^alleanza-da-condividere-\d{4}-\d{2}-\d{2}\.alleanza\.json$/);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), "utf8") };
}

test("an exported plan opens in a fresh browser profile with everything in it", async ({ app, browser }) => {
  const exported = await exportedPlan(app);
  const pkg = JSON.parse(exported.text);
  expect(pkg.format).toBe("alleanza-di-scopo");
  expect(pkg.version).toBe(1);
  expect(pkg.generator).toMatch(/^Alleanze /);

  const fresh = await browser.newContext({ locale: "it-IT" });
  const page = await fresh.newPage();
  const other = new Workbench(page);
  await other.goto();
  await page.getByLabel("Scegli un file…").setInputFiles(file(exported.name, exported.text));
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible();
  await expect(other.field("Titolo del piano")).toHaveValue("Alleanza da condividere");
  await expect(other.field("Comune promotore")).toHaveValue("Comune di Esempio");
  await expect(other.field("Obiettivo condiviso")).toHaveValue("Presa in carico integrata");
  await expect(page.getByRole("textbox", { name: "Nome dell'ente" })).toHaveValue("ASL <b>Est</b>");
  await page.reload();
  await expect(other.field("Comune promotore")).toHaveValue("Comune di Esempio");
  await fresh.close();
});

const good = JSON.stringify({
  format: "alleanza-di-scopo",
  version: 1,
  plan: {
    id: "0b6f1a70-3c0e-4a4e-9a57-0b2a3c9d2e11",
    title: "T",
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
    stakeholders: [{ id: "1b6f1a70-3c0e-4a4e-9a57-0b2a3c9d2e11", name: "A", kind: "comune" }],
  },
});
const withKind = (kind: unknown) => good.replace('"kind":"comune"', `"kind":${JSON.stringify(kind)}`);

const hostile: [string, string | Buffer, RegExp][] = [
  ["vuoto.json", "", /Il file è vuoto/],
  ["testo.json", "ciao, non sono JSON", /non è JSON valido \(riga 1, colonna/],
  ["bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good)]), /marcatore BOM/],
  ["latin1.json", Buffer.from(good.replace('"T"', '"\u00e8"'), "latin1"), /non è testo UTF-8/],
  ["array.json", "[1,2,3]", /non contiene un oggetto JSON/],
  ["altro.json", JSON.stringify({ format: "excalidraw", version: 2 }), /non è un piano di Alleanze/],
  ["senza-versione.json", JSON.stringify({ format: "alleanza-di-scopo", plan: {} }), /Manca la versione/],
  ["versione-testo.json", good.replace('"version":1', '"version":"1"'), /non è un numero intero positivo/],
  ["futuro.json", good.replace('"version":1', '"version":7'), /versione più recente del banco di lavoro \(formato 7\)/],
  ["tipo.json", withKind(12), /campo «plan\.stakeholders\[0\]\.kind»/],
  ["genere.json", withKind("astronauta"), /campo «plan\.stakeholders\[0\]\.kind»/],
  ["id-doppio.json", good.replace("1b6f1a70", "0b6f1a70"), /campo «plan\.stakeholders\[0\]\.id»/],
  ["senza-titolo.json", good.replace('"title":"T",', ""), /campo «plan»/],
];

test("hostile files are refused with a message naming the problem, and nothing changes", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Piano esistente");
  await app.field("Comune promotore").fill("Invariato");
  await app.allPlans();
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  for (const [name, content, message] of hostile) {
    await page.getByLabel("Scegli un file…").setInputFiles(file(name, content));
    const alert = page.getByRole("alert");
    await expect(alert).toContainText(`Il file «${name}» non è stato aperto`);
    await expect(alert).toContainText(message);
  }
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
  await expect(page.getByRole("list", { name: "Elenco dei piani" }).getByRole("listitem")).toHaveCount(1);
});

test("a file over 5 MB is refused without being read", async ({ app, page }) => {
  await app.goto();
  await page.getByLabel("Scegli un file…").setInputFiles(file("enorme.json", Buffer.alloc(6 * 1024 * 1024, 0x20)));
  await expect(page.getByRole("alert")).toContainText("Il file pesa 6.0 MB: il massimo è 5 MB.");
});

test("a plan already here: keep both, or replace it and restore the replaced one", async ({ app, page }) => {
  const exported = await exportedPlan(app);
  await app.field("Comune promotore").fill("Modificato dopo l'esportazione");
  await app.waitSaved();
  await app.allPlans();

  await page.getByLabel("Scegli un file…").setInputFiles(file(exported.name, exported.text));
  const choice = page.getByRole("alertdialog", { name: "Questo piano è già presente" });
  await expect(choice).toContainText("«Alleanza da condividere»");
  await choice.getByRole("button", { name: "Tieni entrambi" }).click();
  await expect(app.field("Titolo del piano")).toHaveValue("Alleanza da condividere (importato)");
  await expect(app.field("Comune promotore")).toHaveValue("Comune di Esempio");
  await app.allPlans();
  await expect(page.getByRole("list", { name: "Elenco dei piani" }).getByRole("listitem")).toHaveCount(2);

  await page.getByLabel("Scegli un file…").setInputFiles(file(exported.name, exported.text));
  await page.getByRole("button", { name: "Sostituisci il piano esistente" }).click();
  await expect(app.field("Comune promotore")).toHaveValue("Comune di Esempio");
  await expect(page.getByText("è stato sostituito con quello del file")).toBeVisible();
  await page.getByRole("button", { name: "Ripristina il piano precedente" }).click();
  await expect(app.field("Comune promotore")).toHaveValue("Modificato dopo l'esportazione");
  await page.reload();
  await expect(app.field("Comune promotore")).toHaveValue("Modificato dopo l'esportazione");
});

test("a file dropped on the window opens like a picked one", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Aperto");
  const data = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], "trascinato.alleanza.json", { type: "application/json" }));
    return dt;
  }, good);
  await page.dispatchEvent("body", "dragover", { dataTransfer: data });
  await expect(page.getByText("Rilascia il file per aprire il piano")).toBeVisible();
  await page.dispatchEvent("body", "drop", { dataTransfer: data });
  await expect(app.field("Titolo del piano")).toHaveValue("T");
  await expect(page.getByText("Rilascia il file per aprire il piano")).toHaveCount(0);
});

test("axe finds no serious or critical violation on the import messages", async ({ app, page }) => {
  await app.goto();
  await page.getByLabel("Scegli un file…").setInputFiles(file("x.json", "nope"));
  await expect(page.getByRole("alert")).toBeVisible();
  expect(await app.axeViolations()).toEqual([]);
});

test("an exported package is valid against the published JSON Schema", async ({ app, page, request }) => {
  const Ajv2020 = (await import("ajv/dist/2020.js")).default;
  const exported = await exportedPlan(app);
  const schema = await (await request.get("/schema/alleanza-v1.schema.json")).json();
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(schema);
  const ok = validate(JSON.parse(exported.text));
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  // And the schema refuses what the app refuses.
  const bad = JSON.parse(exported.text);
  bad.plan.stakeholders[0].kind = "astronauta";
  expect(validate(bad)).toBe(false);
});
