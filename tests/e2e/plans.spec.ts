import { test, expect } from "./fixtures";

test("a plan filled in Fondamenta is all there after a reload", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Alleanza Ambito Nord");
  await app.field("Comune promotore").fill("Comune di Esempio");
  await app.field("Obiettivo condiviso").fill("Presa in carico integrata dei CPT");
  await app.field("Popolazione destinataria").fill("Nuclei familiari con minori");
  await app.field("Descrizione").fill("Prima bozza.\nSecondo paragrafo.");
  await page.getByLabel(/intende formalizzare/).check();
  await page.getByRole("button", { name: "Aggiungi membro" }).click();
  await page.getByRole("textbox", { name: "Nome dell'ente" }).last().fill("Prefettura di Esempio");
  await page.getByRole("combobox", { name: "Tipo di ente" }).last().selectOption({ label: "Prefettura / UTG" });
  await app.waitSaved();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible();
  await expect(app.field("Titolo del piano")).toHaveValue("Alleanza Ambito Nord");
  await expect(app.field("Comune promotore")).toHaveValue("Comune di Esempio");
  await expect(app.field("Obiettivo condiviso")).toHaveValue("Presa in carico integrata dei CPT");
  await expect(app.field("Popolazione destinataria")).toHaveValue("Nuclei familiari con minori");
  await expect(app.field("Descrizione")).toHaveValue("Prima bozza.\nSecondo paragrafo.");
  await expect(page.getByLabel(/intende formalizzare/)).toBeChecked();
  await expect(page.getByRole("textbox", { name: "Nome dell'ente" })).toHaveValue("Prefettura di Esempio");
  await expect(page.getByRole("combobox", { name: "Tipo di ente" })).toHaveValue("prefettura");
});

test("two plans keep their own content when switching between them", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Piano A");
  await app.field("Comune promotore").fill("Comune A");
  await app.allPlans();
  await app.createPlan("Piano B");
  await app.field("Comune promotore").fill("Comune B");
  await app.allPlans();

  await expect(page.getByRole("list", { name: "Elenco dei piani" }).getByRole("listitem")).toHaveCount(2);
  // Most recently changed first.
  await expect(page.getByRole("listitem").first()).toContainText("Piano B");
  await app.planCard("Piano A").getByRole("button", { name: "Apri" }).click();
  await expect(app.field("Comune promotore")).toHaveValue("Comune A");
  await app.allPlans();
  await app.planCard("Piano B").getByRole("button", { name: "Apri" }).click();
  await expect(app.field("Comune promotore")).toHaveValue("Comune B");
});

test("a plan can be renamed, duplicated and deleted with confirmation, and the deletion undone", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Originale");
  await app.field("Comune promotore").fill("Comune di Prova");
  await app.allPlans();

  await app.planCard("Originale").getByRole("button", { name: "Rinomina" }).click();
  await page.getByLabel("Nuovo titolo per «Originale»").fill("Rinominato");
  await page.getByRole("button", { name: "Salva titolo" }).click();
  await expect(app.planCard("Rinominato")).toBeVisible();

  await app.planCard("Rinominato").getByRole("button", { name: "Duplica" }).click();
  await expect(app.planCard("Copia di Rinominato")).toContainText("Comune di Prova");

  await app.planCard("Rinominato").getByRole("button", { name: "Elimina" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Eliminare il piano?" });
  await expect(confirm).toContainText("Rinominato");
  await confirm.getByRole("button", { name: "Annulla" }).click();
  await expect(app.planCard("Rinominato")).toBeVisible();

  await app.planCard("Rinominato").getByRole("button", { name: "Elimina" }).click();
  await page.getByRole("button", { name: "Sì, elimina" }).click();
  await expect(app.planCard("Rinominato")).toHaveCount(0);
  await expect(page.getByText("Piano «Rinominato» eliminato.")).toBeVisible();

  await page.getByRole("button", { name: "Annulla eliminazione" }).click();
  await expect(app.planCard("Rinominato")).toBeVisible();
  await page.reload();
  await expect(app.planCard("Rinominato")).toBeVisible();
  await expect(app.planCard("Copia di Rinominato")).toBeVisible();
});

test("every step of the navigation opens its own screen and address", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Piano");
  const nav = page.getByRole("navigation", { name: "Fasi del percorso" });
  for (const [name, slug] of [
    ["Analisi di contesto", "contesto"],
    ["Rete e partner", "rete"],
    ["Matrice delle alleanze", "matrice"],
    ["Coprogettazione e gestione", "coprogettazione"],
    ["Formalizzazione", "formalizzazione"],
    ["Fondamenta", "fondamenta"],
  ]) {
    await nav.getByRole("link", { name: new RegExp(name) }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#/piano/[0-9a-f-]+/${slug}$`));
  }
});
