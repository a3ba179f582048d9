import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures";
import { openSeeded, seedPlan } from "./matrice-seed";

/** A plan ready for the act but for a few gaps: ASL has joined with no
 *  commitment and no signing role, Questura is still being contacted, the
 *  alliance has no lead, the articles have no text. */
function actPlan() {
  const plan: any = seedPlan({
    partners: ["ASL Città", "Coop Sole", "Questura"],
    needs: { "Inclusione lavorativa": 5 },
    alliances: [{ name: "Lavoro insieme", partners: ["Coop Sole"], cells: [["Nord", "Inclusione lavorativa"]] }],
  });
  plan.foundations = { promoter_comune: "Comune di Esempio", shared_objective: "Presa in carico integrata dei CPT" };
  const [asl, coop] = plan.stakeholders;
  asl.network.stage = "aderente";
  coop.network.stage = "attivo";
  coop.network.commitments = "Uno sportello di orientamento";
  plan.context.needs[0].description = "Tirocini per giovani";
  plan.governance.cabina_di_regia = [asl.id];
  plan.alliances[0].funding = ["fami"];
  plan.formalisation = { representatives: [{ partner: coop.id, role: "Presidente", office: "Sede legale" }] };
  return plan;
}

test("fill the act: each warning takes you to its field and goes once fixed; reload keeps it; undo works", async ({ app, page }) => {
  await openSeeded(page, actPlan(), "formalizzazione");
  await expect(page.getByRole("heading", { level: 1, name: "Formalizzazione" })).toBeVisible();
  const warnings = page.getByRole("list", { name: "Cosa manca all'atto" });
  const warning = (text: string) => warnings.getByRole("button", { name: text });

  // A party with no signing role: the warning focuses the field.
  await warning("Manca il ruolo di chi firma per ASL Città.").click();
  const role = page.getByLabel("Ruolo di chi firma per ASL Città");
  await expect(role).toBeFocused();
  await role.fill("Direttore generale");
  await expect(warning("Manca il ruolo di chi firma per ASL Città.")).toHaveCount(0);

  // A party with no commitment.
  await warning("ASL Città non ha impegni scritti.").click();
  const commitments = page.getByLabel("Impegni di ASL Città");
  await expect(commitments).toBeFocused();
  await commitments.fill("Un mediatore per distretto");
  await expect(warning("ASL Città non ha impegni scritti.")).toHaveCount(0);

  // Articles with no text of their own.
  for (const [article, label, text] of [
    ["Durata", "Durata dell'atto", "Tre anni dalla sottoscrizione"],
    ["Recesso", "Recesso di una parte", "Preavviso di tre mesi"],
    ["Adesione successiva", "Adesione di altri enti", "Su richiesta alla cabina di regia"],
    ["Monitoraggio", "Modalità di monitoraggio", "Relazione semestrale"],
  ]) {
    await warning(`Manca il testo dell'articolo «${article}».`).click();
    await expect(page.getByLabel(label, { exact: true })).toBeFocused();
    await page.getByLabel(label, { exact: true }).fill(text);
    await expect(warning(`Manca il testo dell'articolo «${article}».`)).toHaveCount(0);
  }

  // The premesse: adopt the draft drawn from the plan, then edit it.
  const premesse = page.getByLabel("Testo delle premesse");
  await expect(premesse).toHaveValue("");
  await page.getByRole("button", { name: "Usa la bozza tratta dall'analisi di contesto" }).click();
  await expect(premesse).toHaveValue(/^PREMESSO CHE\n- Comune di Esempio promuove un'alleanza di scopo/);
  await expect(premesse).toHaveValue(/Inclusione lavorativa \(priorità 5\/5\): Tirocini per giovani;/);
  await expect(premesse).toHaveValue(/art\. 15 della legge 7 agosto 1990, n\. 241/);
  await expect(warning("Manca il testo dell'articolo «Premesse».")).toHaveCount(0);
  // Undo takes the draft out in one step, and the warning comes back; redo restores it.
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(premesse).toHaveValue("");
  await expect(warning("Manca il testo dell'articolo «Premesse».")).toBeVisible();
  await page.getByRole("button", { name: "Ripeti", exact: true }).click();
  await expect(premesse).toHaveValue(/^PREMESSO CHE/);
  await premesse.fill("PREMESSO CHE il Comune promuove l'alleanza.");

  // The data protection clause starts from a default text the user can edit.
  await expect(page.getByLabel("Clausola sulla protezione dei dati")).toHaveValue(/Regolamento \(UE\) 2016\/679/);
  // Derived parts of the act come from the plan.
  await expect(page.getByRole("region", { name: "Risorse e finanziamento" })).toContainText("FAMI");
  await expect(page.getByRole("region", { name: "Governance" })).toContainText("ASL Città");
  await expect(page.getByRole("region", { name: "Firme" })).toContainText("Per Coop Sole: Presidente, Sede legale");

  // What is fixed elsewhere: the warning opens that screen.
  await expect(warning("L'alleanza «Lavoro insieme» non ha un capofila (Matrice delle alleanze).")).toBeVisible();
  await warning("Questura è ancora in fase «contattato»: non è tra le parti dell'atto (Rete e partner).").click();
  await expect(page.getByRole("heading", { level: 1, name: "Rete e partner" })).toBeVisible();
  await expect(page.getByLabel("Fase di Questura")).toBeFocused();
  await page.getByLabel("Fase di Questura").selectOption({ label: "Non interessato" });
  await page.getByRole("link", { name: "Formalizzazione" }).click();
  await expect(warning(/Questura/)).toHaveCount(0);

  await app.waitSaved();
  await page.reload();
  await expect(page.getByLabel("Ruolo di chi firma per ASL Città")).toHaveValue("Direttore generale");
  await expect(page.getByLabel("Impegni di ASL Città")).toHaveValue("Un mediatore per distretto");
  await expect(page.getByLabel("Durata dell'atto")).toHaveValue("Tre anni dalla sottoscrizione");
  await expect(page.getByLabel("Testo delle premesse")).toHaveValue("PREMESSO CHE il Comune promuove l'alleanza.");
  // The undo step of a field is the whole burst of typing.
  await page.getByLabel("Luogo della firma").fill("Palazzo comunale");
  await page.getByLabel("Luogo della firma").blur();
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(page.getByLabel("Luogo della firma")).toHaveValue("");
  expect(await app.axeViolations()).toEqual([]);
});

test("the kind of act and the export are on this screen; the warnings are not a block", async ({ app, page }) => {
  await openSeeded(page, actPlan(), "formalizzazione");
  await page.getByLabel("Tipo di atto").selectOption({ label: "Accordo di collaborazione (art. 15 L. 241/1990)" });
  await expect(page.getByRole("status").filter({ hasText: "avvisi aperti" })).toBeVisible();
  await app.waitSaved();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Esporta il pacchetto" }).click();
  const d = await download;
  expect(d.suggestedFilename()).toMatch(/^piano-matrice-\d{4}-\d{2}-\d{2}\.alleanza\.json$/);
  const pkg = JSON.parse(readFileSync(await d.path(), "utf8"));
  expect(pkg.plan.formalisation.act_kind).toBe("accordo_collaborazione");
  await page.getByRole("button", { name: "Anteprima di stampa dell'atto" }).click();
  const doc = page.getByRole("article", { name: "Piano matrice" });
  await expect(doc.getByRole("heading", { level: 2, name: "Atto di formalizzazione (bozza)" })).toBeVisible();
  await expect(doc).toContainText("Accordo di collaborazione (art. 15 L. 241/1990)");
});
