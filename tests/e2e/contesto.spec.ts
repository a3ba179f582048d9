import { Page } from "@playwright/test";
import { test, expect, Workbench } from "./fixtures";

async function openContesto(app: Workbench, page: Page) {
  await app.goto();
  await app.createPlan("Piano contesto");
  await page.getByRole("link", { name: /Analisi di contesto/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Analisi di contesto" })).toBeVisible();
}

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

test("each part is filled in, a source is cited, and everything persists across a reload", async ({ app, page }) => {
  await openContesto(app, page);
  // Fonti
  await page.getByRole("button", { name: "Aggiungi fonte" }).click();
  await expect(page.getByRole("textbox", { name: "Descrizione della fonte" })).toBeFocused();
  await page.keyboard.type("Anagrafe comunale 2026");
  await page.getByLabel("Fornita da – Anagrafe comunale 2026").fill("Ufficio anagrafe");
  await page.getByLabel("Tipo di fonte – Anagrafe comunale 2026").selectOption({ label: "Dati amministrativi del Comune / servizi sociali" });
  await page.getByLabel("Data di raccolta – Anagrafe comunale 2026").fill("2026-10-01");

  // Dati socio-anagrafici
  const nat = section(page, "Per nazionalità");
  await nat.getByRole("button", { name: "Aggiungi riga – Per nazionalità" }).click();
  await expect(nat.getByRole("textbox", { name: "Nazionalità", exact: true })).toBeFocused();
  await page.keyboard.type("Marocco");
  await nat.getByRole("textbox", { name: "Numero – Marocco" }).fill("1.250");
  await nat.getByLabel("Data di riferimento – Per nazionalità").fill("2026-01-01");
  await nat.getByLabel("Cita una fonte per Per nazionalità").selectOption({ label: "Anagrafe comunale 2026" });
  await nat.getByRole("button", { name: "Cita la fonte scelta per Per nazionalità" }).click();
  await expect(nat.getByRole("listitem").filter({ hasText: "Anagrafe comunale 2026" })).toBeVisible();
  const terr = section(page, "Per area territoriale");
  await terr.getByRole("button", { name: "Aggiungi area territoriale" }).click();
  await page.keyboard.type("Municipio 1");
  await terr.getByRole("textbox", { name: "Numero – Municipio 1" }).fill("800");

  // Bisogni
  const needs = section(page, "Bisogni – Inclusione abitativa");
  await needs.getByRole("button", { name: "Aggiungi bisogno – Inclusione abitativa" }).click();
  await expect(needs.getByRole("textbox", { name: "Descrizione del bisogno" })).toBeFocused();
  await page.keyboard.type("Accesso alla casa per nuclei numerosi");
  await needs.getByLabel("Priorità – Accesso alla casa per nuclei numerosi").selectOption("5");
  await needs.getByLabel("Evidenze – Accesso alla casa per nuclei numerosi").fill("Liste d'attesa ERP");

  // Stakeholder e interventi
  await page.getByRole("button", { name: "Aggiungi ente" }).click();
  await page.keyboard.type("ASL Est");
  await page.getByRole("button", { name: "Profilo – ASL Est" }).click();
  await page.getByLabel("Mandato e competenze – ASL Est").fill("Tutela della salute");
  await page.getByRole("group", { name: "Possibili aree di collaborazione – ASL Est" }).getByLabel("Servizi socio-sanitari").check();
  await page.getByLabel("Ufficio di riferimento – ASL Est").fill("Distretto sanitario");
  await page.getByRole("button", { name: "Aggiungi intervento" }).click();
  await page.keyboard.type("Sportello salute migranti");
  await page.getByRole("button", { name: "Dettagli – Sportello salute migranti" }).click();
  await page.getByLabel("Ente promotore").selectOption({ label: "ASL Est" });
  await page.getByLabel("Programma di finanziamento").selectOption({ label: "FAMI" });
  await page.getByRole("group", { name: "Aree territoriali – Sportello salute migranti" }).getByLabel("Municipio 1").check();

  // Narrative of a part
  await page.getByLabel("Testo della parte – Bisogni", { exact: true }).fill("Primo paragrafo.\n\nSecondo paragrafo <b>non HTML</b>.");
  await page.getByLabel("Ente autore").nth(1).fill("Servizi sociali del Comune");

  await app.waitSaved();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Analisi di contesto" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Descrizione della fonte" })).toHaveValue("Anagrafe comunale 2026");
  await expect(page.getByLabel("Data di raccolta – Anagrafe comunale 2026")).toHaveValue("2026-10-01");
  await expect(section(page, "Per nazionalità").getByRole("textbox", { name: "Numero – Marocco" })).toHaveValue("1250");
  await expect(section(page, "Per nazionalità").getByRole("listitem").filter({ hasText: "Anagrafe comunale 2026" })).toBeVisible();
  await expect(section(page, "Per area territoriale").getByRole("textbox", { name: "Numero – Municipio 1" })).toHaveValue("800");
  await expect(page.getByLabel("Priorità – Accesso alla casa per nuclei numerosi")).toHaveValue("5");
  await expect(page.getByRole("textbox", { name: "Nome dell'ente" })).toHaveValue("ASL Est");
  await page.getByRole("button", { name: "Profilo – ASL Est" }).click();
  await expect(page.getByLabel("Mandato e competenze – ASL Est")).toHaveValue("Tutela della salute");
  await page.getByRole("button", { name: "Dettagli – Sportello salute migranti" }).click();
  await expect(page.getByLabel("Ente promotore")).toHaveValue(/.+/);
  await expect(page.getByRole("group", { name: "Aree territoriali – Sportello salute migranti" }).getByLabel("Municipio 1")).toBeChecked();
  await expect(page.getByLabel("Testo della parte – Bisogni", { exact: true })).toHaveValue("Primo paragrafo.\n\nSecondo paragrafo <b>non HTML</b>.");
  // The user's text is never rendered as HTML.
  await expect(page.locator("b", { hasText: "non HTML" })).toHaveCount(0);
});

test("a need without sources is flagged unsupported until a source is cited", async ({ app, page }) => {
  await openContesto(app, page);
  await page.getByRole("button", { name: "Aggiungi fonte" }).click();
  await page.keyboard.type("Focus group con testimoni privilegiati");
  const needs = section(page, "Bisogni – Inclusione lavorativa");
  await needs.getByRole("button", { name: "Aggiungi bisogno – Inclusione lavorativa" }).click();
  await page.keyboard.type("Riconoscimento dei titoli di studio");
  await expect(needs.getByText("Senza fonti")).toBeVisible();
  await expect(section(page, "Completezza dell'analisi")).toContainText("Bisogno senza fonti: «Riconoscimento dei titoli di studio»");

  await needs.getByLabel("Cita una fonte per Riconoscimento dei titoli di studio").selectOption({ label: "Focus group con testimoni privilegiati" });
  // Choosing alone does not cite (keyboard users arrow through the list).
  await expect(needs.getByText("Senza fonti")).toBeVisible();
  await needs.getByRole("button", { name: "Cita la fonte scelta per Riconoscimento dei titoli di studio" }).click();
  await expect(needs.getByText("Senza fonti")).toHaveCount(0);
  await expect(section(page, "Completezza dell'analisi")).not.toContainText("Bisogno senza fonti");

  // Dropping the citation flags it again.
  await needs.getByRole("button", { name: "Togli la fonte Focus group con testimoni privilegiati da Riconoscimento dei titoli di studio" }).click();
  await expect(needs.getByText("Senza fonti")).toBeVisible();
});

test("a breakdown whose sum differs from the stated total is flagged", async ({ app, page }) => {
  await openContesto(app, page);
  const t = section(page, "Per fascia d'età e sesso");
  await t.getByLabel("Totale dichiarato – Per fascia d'età e sesso").fill("100");
  await t.getByRole("button", { name: "Aggiungi riga – Per fascia d'età e sesso" }).click();
  await page.keyboard.type("18–29");
  await t.getByRole("textbox", { name: "Uomini – 18–29" }).fill("40");
  await t.getByRole("textbox", { name: "Donne – 18–29" }).fill("50");
  await expect(t.getByRole("row", { name: /Somma/ })).toContainText("90");
  await expect(t.getByText("la somma delle righe (90) è diversa dal totale dichiarato (100)")).toBeVisible();
  await t.getByRole("textbox", { name: "Donne – 18–29" }).fill("60");
  await expect(t.getByText("è diversa dal totale dichiarato")).toHaveCount(0);
});

test("small counts are warned and bad counts are refused next to the field without losing the text", async ({ app, page }) => {
  await openContesto(app, page);
  const v = section(page, "Vulnerabilità specifiche");
  await v.getByRole("button", { name: "Aggiungi riga – Vulnerabilità specifiche" }).click();
  await page.keyboard.type("Vittime di tratta");
  const count = v.getByRole("textbox", { name: "Numero – Vittime di tratta" });
  await count.fill("3");
  await expect(count).toHaveAccessibleDescription(/rischio di riconoscere le persone/);

  await count.fill("-2");
  await expect(v.getByRole("alert")).toHaveText("Il numero non può essere negativo.");
  await expect(count).toHaveAttribute("aria-invalid", "true");
  await expect(count).toHaveValue("-2");
  await count.fill("tre");
  await expect(v.getByRole("alert")).toHaveText(/Scrivi un numero intero/);
  await page.getByRole("heading", { level: 1 }).click(); // leave the field
  await expect(count).toHaveValue("tre");
  await count.fill("12");
  await expect(v.getByRole("alert")).toHaveCount(0);
  await app.waitSaved();
  await page.reload();
  await expect(section(page, "Vulnerabilità specifiche").getByRole("textbox", { name: "Numero – Vittime di tratta" })).toHaveValue("12");
});

test("a part reviewed long ago is shown as due since its review date, and marking it reviewed clears it", async ({ app, page }) => {
  await openContesto(app, page);
  const part = section(page, "Fonti");
  await expect(part.getByText("Mai rivista")).toBeVisible();
  await part.getByLabel("Ultima revisione – Fonti").fill("2024-01-15");
  await expect(part.getByText("Da rivedere: scaduta dal 15/07/2024")).toBeVisible();
  await expect(section(page, "Completezza dell'analisi")).toContainText("scaduta dal 15/07/2024");
  await page.getByLabel("Intervallo di revisione").selectOption({ label: "12 mesi" });
  await expect(part.getByText("Da rivedere: scaduta dal 15/01/2025")).toBeVisible();
  await part.getByRole("button", { name: "Segna come rivista oggi – Fonti" }).click();
  await expect(part.getByText(/Aggiornata: prossima revisione entro il/)).toBeVisible();
});

test("a date collected in the future and a repeated name are pointed out next to the field", async ({ app, page }) => {
  await openContesto(app, page);
  for (const name of ["Caritas", "caritas "]) {
    await page.getByRole("button", { name: "Aggiungi ente" }).click();
    await page.keyboard.type(name);
  }
  const names = page.getByRole("textbox", { name: "Nome dell'ente" });
  await expect(names.nth(1)).toHaveAccessibleDescription("Nome già presente nel registro.");
  await expect(names.nth(0)).not.toHaveAttribute("aria-invalid", "true");

  await page.getByRole("button", { name: "Aggiungi fonte" }).click();
  await page.keyboard.type("Indagine");
  const date = page.getByLabel("Data di raccolta – Indagine");
  await date.fill("2999-01-01");
  await expect(date).toHaveAccessibleDescription("La data è nel futuro.");
  await expect(date).toHaveValue("2999-01-01");

  const nat = section(page, "Per nazionalità");
  for (const name of ["Marocco", "Marocco"]) {
    await nat.getByRole("button", { name: "Aggiungi riga – Per nazionalità" }).click();
    await page.keyboard.type(name);
  }
  await expect(nat.getByRole("textbox", { name: "Nazionalità", exact: true }).nth(1)).toHaveAccessibleDescription(
    "Questa riga è già presente nella tabella.",
  );
});

test("deleting a row is undone with the Annulla button", async ({ app, page }) => {
  await openContesto(app, page);
  const nat = section(page, "Per nazionalità");
  await nat.getByRole("button", { name: "Aggiungi riga – Per nazionalità" }).click();
  await page.keyboard.type("Albania");
  await nat.getByRole("textbox", { name: "Numero – Albania" }).fill("320");
  await nat.getByRole("button", { name: "Elimina Albania" }).click();
  await expect(nat.getByRole("textbox", { name: "Nazionalità", exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(nat.getByRole("textbox", { name: "Nazionalità", exact: true })).toHaveValue("Albania");
  await expect(nat.getByRole("textbox", { name: "Numero – Albania" })).toHaveValue("320");
});

test("typing in a register cell keeps the focus and the caret", async ({ app, page }) => {
  await openContesto(app, page);
  await page.getByRole("button", { name: "Aggiungi ente" }).click();
  await page.keyboard.type("Prefettura");
  const name = page.getByRole("textbox", { name: "Nome dell'ente" });
  await name.press("Home");
  await page.keyboard.type("UTG ");
  await expect(name).toHaveValue("UTG Prefettura");
  await expect(name).toBeFocused();
});

test("the context analysis screen has no serious accessibility violations", async ({ app, page }) => {
  await openContesto(app, page);
  await page.getByRole("button", { name: "Aggiungi fonte" }).click();
  await page.keyboard.type("Rapporto");
  await section(page, "Per nazionalità").getByRole("button", { name: "Aggiungi riga – Per nazionalità" }).click();
  await page.keyboard.type("Perù");
  await section(page, "Per nazionalità").getByRole("textbox", { name: "Numero – Perù" }).fill("2");
  await section(page, "Bisogni – Servizi socio-sanitari").getByRole("button", { name: "Aggiungi bisogno – Servizi socio-sanitari" }).click();
  await page.getByRole("button", { name: "Aggiungi ente" }).click();
  await page.keyboard.type("Comune");
  await page.getByRole("button", { name: "Profilo – Comune" }).click();
  await page.getByRole("button", { name: "Aggiungi intervento" }).click();
  await page.keyboard.type("Corso di italiano");
  await page.getByRole("button", { name: "Dettagli – Corso di italiano" }).click();
  expect(await app.axeViolations()).toEqual([]);
});

test("a register is used with the keyboard alone: add, edit, cite, delete", async ({ app, page }) => {
  await openContesto(app, page);
  await page.getByRole("button", { name: "Aggiungi fonte" }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.type("Rapporto ISTAT");
  await page.keyboard.press("Tab");
  const kind = page.getByLabel("Tipo di fonte – Rapporto ISTAT");
  await expect(kind).toBeFocused();
  await kind.selectOption("official_statistics"); // what arrow keys do on a focused list
  await page.keyboard.press("Tab");
  await page.keyboard.type("Ufficio statistica");
  await expect(page.getByLabel("Fornita da – Rapporto ISTAT")).toHaveValue("Ufficio statistica");

  // Cite it from a table with the keyboard: choose, then the button.
  const cite = page.getByLabel("Cita una fonte per Per nazionalità");
  await cite.focus();
  await cite.selectOption({ label: "Rapporto ISTAT" });
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Cita la fonte scelta per Per nazionalità" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(section(page, "Per nazionalità").getByRole("listitem").filter({ hasText: "Rapporto ISTAT" })).toBeVisible();

  await page.getByRole("button", { name: "Elimina Rapporto ISTAT" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Descrizione della fonte" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Aggiungi fonte" })).toBeFocused();
  // Its citation went with it, and comes back with it on undo.
  await expect(section(page, "Per nazionalità").getByRole("listitem")).toHaveCount(0);
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(section(page, "Per nazionalità").getByRole("listitem").filter({ hasText: "Rapporto ISTAT" })).toBeVisible();
});
