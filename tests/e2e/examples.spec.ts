import { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const STEPS = ["Fondamenta", "Analisi di contesto", "Rete e partner", "Matrice delle alleanze", "Coprogettazione e gestione", "Formalizzazione"];
const EXAMPLE_TITLE = "Comune di Esempio — Alleanza per l'integrazione";

function checklist(page: Page, step: string) {
  return page.getByRole("list", { name: `Verifiche della fase ${step}` });
}

async function goToStep(page: Page, step: string) {
  await page.getByRole("navigation", { name: "Fasi del percorso" }).getByRole("link", { name: step }).click();
  await expect(page.getByRole("heading", { level: 2, name: `Guida alla fase ${STEPS.indexOf(step) + 1}` })).toBeVisible();
}

const tab = (page: Page, name: string) => page.getByRole("button", { name, exact: true }).click();

async function missing(page: Page, step: string) {
  return checklist(page, step).getByRole("listitem").filter({ hasText: "Da fare" });
}

test("the Comune di Esempio opens as a new plan and the guided path's checklists match its content", async ({ app, page }) => {
  await app.goto();
  await page.getByRole("button", { name: "Apri l'esempio «Comune di Esempio»" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible();
  await expect(app.field("Comune promotore")).toHaveValue("Comune di Esempio");
  // Fondamenta is complete.
  await expect(checklist(page, "Fondamenta").getByRole("listitem").filter({ hasText: "Fatto" })).toHaveCount(5);
  await expect(await missing(page, "Fondamenta")).toHaveCount(0);
  // The analysis has one part overdue for review, and nothing else missing.
  await goToStep(page, "Analisi di contesto");
  await expect(await missing(page, "Analisi di contesto")).toHaveText(["○Da fare: Nessuna parte da rivedere"]);
  await expect(page.getByText("Una o più parti sono da rivedere", { exact: false }).first()).toBeVisible();
  // Some partners that joined have not written their commitment yet.
  await goToStep(page, "Rete e partner");
  await expect(await missing(page, "Rete e partner")).toHaveText(["○Da fare: Gli enti aderenti hanno un impegno scritto"]);
  // The matrix shows a gap and a duplication.
  await goToStep(page, "Matrice delle alleanze");
  await expect(await missing(page, "Matrice delle alleanze")).toHaveText([
    "○Da fare: Nessun bisogno prioritario scoperto",
    "○Da fare: Nessuna sovrapposizione",
  ]);
  // Its monitoring summary puts the late alliance first and lists every alliance.
  const monitoring = page.getByRole("list", { name: "Monitoraggio delle alleanze" }).getByRole("listitem");
  await expect(monitoring.first()).toContainText("In ritardo");
  await expect(monitoring.last()).toContainText(/Nessun (indicatore|dato)/);
  // The co-design is recorded; one indicator, defined in September, has no measurement yet.
  await goToStep(page, "Coprogettazione e gestione");
  await expect(await missing(page, "Coprogettazione e gestione")).toHaveText([
    "○Da fare: Ogni indicatore ha un obiettivo diverso dal valore di partenza e almeno una misurazione",
  ]);
  await expect(page.getByRole("article", { name: /^Sessione del / })).toHaveCount(4);
  await expect(page.getByRole("article", { name: /^Sessione del 09\/06\/2026/ })).toContainText("Sintesi finale");
  await tab(page, "Decisioni");
  const log = page.getByRole("list", { name: "Registro delle decisioni, dalla più recente" });
  await expect(log.getByRole("heading", { level: 3 })).toHaveCount(7);
  await expect(log.getByRole("list", { name: "Catena delle correzioni" }).first().getByRole("listitem")).toHaveText([
    "«Lo sportello di orientamento al lavoro apre il martedì mattina al Centro per l'impiego.» (10/02/2026)",
    "«Lo sportello apre martedì e giovedì, con un turno pomeridiano per chi lavora al mattino.» (17/03/2026)",
    "«Il turno pomeridiano dello sportello si sposta nel Quartiere Ponte, il giovedì.» (22/09/2026)",
  ]);
  // Indicator statuses are computed against today: the example shows all four.
  await tab(page, "Indicatori");
  for (const [name, status] of [
    ["Persone orientate dallo sportello", "In linea"],
    ["Adulti con certificazione di italiano A2", "A rischio"],
    ["Tirocini avviati", "In ritardo"],
    ["Donne seguite con la mediazione nei consultori", "Nessun dato"],
  ]) {
    await expect(page.getByRole("article", { name: new RegExp(name) }).getByRole("heading")).toHaveText(`${name} ${status}`);
  }
  // The act is written; it lacks only what earlier steps leave to do: four bodies
  // still being contacted and the part of the analysis overdue for review.
  await goToStep(page, "Formalizzazione");
  await expect(await missing(page, "Formalizzazione")).toHaveText([
    "○Da fare: Ogni parte ha aderito, ha un firmatario (ruolo e ufficio) e un impegno",
    "○Da fare: L'analisi di contesto su cui poggiano le premesse è aggiornata",
  ]);
  await expect(page.getByLabel("Testo delle premesse")).toHaveValue(/^PREMESSO CHE\n.*quattro sessioni di coprogettazione/s);
  await expect(page.getByRole("list", { name: "Cosa manca all'atto" }).getByRole("listitem")).toHaveCount(5);
  await expect(page.getByRole("navigation", { name: "Fasi del percorso" })).toContainText("Fondamenta: 5 verifiche su 5 completate");
  await app.waitSaved();
  expect(await app.axeViolations()).toEqual([]);

  // Loading it again makes a second, independent plan: nothing is overwritten.
  await app.allPlans();
  await expect(app.planCard(EXAMPLE_TITLE)).toHaveCount(1);
  expect(await app.axeViolations()).toEqual([]);
  await page.getByRole("button", { name: "Apri l'esempio «Comune di Esempio»" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible();
  const secondId = page.url().split("/")[5];
  await app.field("Comune promotore").fill("Comune modificato");
  await app.waitSaved();
  await app.allPlans();
  await expect(app.planCard(EXAMPLE_TITLE)).toHaveCount(2);
  const ids = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("alleanze.plan.")));
  expect(ids).toHaveLength(2);
  expect(ids).toContain(`alleanze.plan.${secondId}`);
  // The first copy is untouched by the change made to the second.
  await expect(app.planCard(EXAMPLE_TITLE).filter({ hasText: "Comune modificato" })).toHaveCount(1);
  await expect(app.planCard(EXAMPLE_TITLE).filter({ hasNotText: "Comune modificato" })).toContainText("Comune di Esempio ·");
});

test("the large plan opens from the plans screen, same origin, and is not precached", async ({ app, page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await app.goto();
  await page.getByRole("button", { name: "Apri il piano grande (40 territori × 12 temi)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible({ timeout: 30_000 });
  expect(requests).toContain("/examples/piano-grande.alleanza.json");
  await page.getByRole("navigation", { name: "Fasi del percorso" }).getByRole("link", { name: "Matrice delle alleanze" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Guida alla fase 4" })).toBeVisible();
  await expect(checklist(page, "Matrice delle alleanze").getByRole("listitem")).toHaveCount(6);
  // The canvas is built in two turns (first rows, then the rest): it has all
  // 40 territories (it draws those near its scroll position, see
  // matrice-rows.spec.ts), and the sections below it are there.
  const canvas = page.getByRole("table", { name: /Matrice delle alleanze: territori/ });
  await expect(canvas).toHaveAttribute("aria-rowcount", "41");
  await expect(canvas.getByRole("rowheader").first()).toHaveText(/\S/);
  await expect(page.getByRole("heading", { level: 2, name: "Lacune" })).toBeAttached();
  const sw = await (await page.request.get("/sw.js")).text();
  expect(sw).toContain("/examples/comune-di-esempio.alleanza.json");
  expect(sw).not.toContain("piano-grande");
});
