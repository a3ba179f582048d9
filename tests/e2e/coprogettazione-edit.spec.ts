import { test, expect } from "./fixtures";
import { isoDay, open, seed, tab } from "./coprogettazione-seed";

test("a recorded session is corrected in its own form; the minutes follow, undo brings the old ones back", async ({ app, page }) => {
  await open(page, seed());
  await page.getByLabel("Data della sessione").fill("2026-03-12");
  await page.getByLabel("Luogo").fill("Sala consiliare");
  await page.getByRole("group", { name: "Partecipanti" }).getByLabel("Coop Aurora").check();
  await page.getByRole("button", { name: "Registra la sessione" }).click();
  const minutes = page.getByRole("article", { name: "Sessione del 12/03/2026" });
  await expect(minutes).toContainText("Sala consiliare");

  await minutes.getByRole("button", { name: "Modifica la sessione del 12/03/2026" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Modifica la sessione" })).toBeVisible();
  await expect(page.getByLabel("Data della sessione")).toBeFocused();
  await expect(page.getByLabel("Luogo")).toHaveValue("Sala consiliare");
  await expect(page.getByRole("group", { name: "Partecipanti" }).getByLabel("Coop Aurora")).toBeChecked();
  await page.getByLabel("Data della sessione").fill("2026-03-13");
  await page.getByLabel("Luogo").fill("Biblioteca civica");
  await page.getByRole("group", { name: "Partecipanti" }).getByLabel("ASL Città").check();
  await page.getByRole("button", { name: "Salva le modifiche" }).click();

  const corrected = page.getByRole("article", { name: "Sessione del 13/03/2026" });
  await expect(corrected).toContainText("Biblioteca civica");
  await expect(corrected).toContainText("Coop Aurora, ASL Città");
  await expect(page.getByRole("article")).toHaveCount(1);
  // The form is back to recording a new session, empty.
  await expect(page.getByRole("heading", { level: 3, name: "Nuova sessione" })).toBeVisible();
  await expect(page.getByLabel("Luogo")).toHaveValue("");
  expect(await app.axeViolations()).toEqual([]);

  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(minutes).toContainText("Sala consiliare");
  await page.getByRole("button", { name: "Ripeti", exact: true }).click();
  await app.waitSaved();
  await page.reload();
  await expect(corrected).toContainText("Biblioteca civica");
});

test("cancelling a correction leaves the item as it was and empties the form", async ({ page }) => {
  await open(page, seed());
  await tab(page, "Impegni");
  await page.getByLabel("Alleanza", { exact: true }).selectOption({ label: "Salute" });
  await page.getByLabel("Partner", { exact: true }).selectOption({ label: "Coop Aurora" });
  await page.getByLabel("Impegno", { exact: true }).fill("Mediazione linguistica");
  await page.getByRole("button", { name: "Aggiungi l'impegno" }).click();
  const row = page.getByRole("row", { name: /Mediazione linguistica/ });
  await row.getByRole("button", { name: "Porta «Mediazione linguistica» a «In corso»" }).click();

  await row.getByRole("button", { name: "Modifica «Mediazione linguistica»" }).click();
  await expect(page.getByLabel("Impegno", { exact: true })).toHaveValue("Mediazione linguistica");
  await page.getByLabel("Impegno", { exact: true }).fill("Qualcos'altro");
  await page.getByRole("button", { name: "Annulla la modifica" }).click();
  await expect(page.getByLabel("Impegno", { exact: true })).toHaveValue("");
  await expect(page.getByRole("heading", { level: 3, name: "Nuovo impegno" })).toBeVisible();
  await expect(row.getByRole("cell").nth(2)).toHaveText("Mediazione linguistica");

  // A correction keeps the status reached in the workflow.
  await row.getByRole("button", { name: "Modifica «Mediazione linguistica»" }).click();
  await page.getByLabel("Risorse").fill("2 mediatori");
  await page.getByRole("button", { name: "Salva le modifiche" }).click();
  await expect(row.getByRole("cell").nth(4)).toHaveText("2 mediatori");
  await expect(row.getByRole("cell").nth(5)).toHaveText("In corso");
});

test("a decision's record is corrected without breaking its chain of revisions", async ({ page }) => {
  await open(page, seed());
  await tab(page, "Decisioni");
  await page.getByLabel("Che cosa si è deciso").fill("Sportello aperto il lunedi");
  await page.getByLabel("Data della decisione").fill("2026-03-12");
  await page.getByRole("button", { name: "Registra la decisione" }).click();
  await page.getByRole("button", { name: "Rivedi «Sportello aperto il lunedi»" }).click();
  await page.getByLabel("Che cosa si è deciso").fill("Sportello aperto anche il giovedì");
  await page.getByLabel("Data della decisione").fill("2026-05-04");
  await page.getByRole("button", { name: "Registra la decisione" }).click();

  // A typo in the first record: "Correggi" opens it, explains when to use it.
  await page.getByRole("button", { name: "Correggi la registrazione di «Sportello aperto il lunedi»" }).click();
  await expect(page.getByText("Usa «Correggi» solo per un errore di registrazione")).toBeVisible();
  await expect(page.getByLabel("Che cosa si è deciso")).toHaveValue("Sportello aperto il lunedi");
  // A record cannot be corrected into revising itself, nor into a loop.
  await page.getByLabel("Rivede la decisione").selectOption({ label: "«Sportello aperto il lunedi» (12/03/2026)" });
  await page.getByRole("button", { name: "Salva le modifiche" }).click();
  await expect(page.getByRole("alert")).toHaveText("Una decisione non può rivedere se stessa.");
  await page.getByLabel("Rivede la decisione").selectOption({ label: "«Sportello aperto anche il giovedì» (04/05/2026)" });
  await page.getByRole("button", { name: "Salva le modifiche" }).click();
  await expect(page.getByRole("alert")).toHaveText(/cerchio/);
  await page.getByLabel("Rivede la decisione").selectOption({ label: "Nessuno" });
  await page.getByLabel("Che cosa si è deciso").fill("Sportello aperto il lunedì");
  await page.getByRole("button", { name: "Salva le modifiche" }).click();
  await expect(page.getByRole("alert")).toHaveCount(0);

  const log = page.getByRole("list", { name: "Registro delle decisioni, dalla più recente" });
  await expect(log.getByRole("heading", { level: 3 })).toHaveText([
    "Sportello aperto anche il giovedì",
    "Sportello aperto il lunedì Superata",
  ]);
  await expect(log.getByRole("list", { name: "Catena delle correzioni" }).first().getByRole("listitem")).toHaveText([
    "«Sportello aperto il lunedì» (12/03/2026)",
    "«Sportello aperto anche il giovedì» (04/05/2026)",
  ]);
});

test("an indicator is corrected keeping its measurements; a measurement recorded by mistake is taken out", async ({ app, page }) => {
  await open(page, seed());
  await tab(page, "Indicatori");
  await page.getByLabel("Alleanza dell'indicatore").selectOption({ label: "Salute" });
  await page.getByLabel("Nome dell'indicatore").fill("Persone orientate");
  await page.getByLabel("Valore di partenza", { exact: true }).fill("10");
  await page.getByLabel("Data del valore di partenza").fill(isoDay(-180));
  await page.getByLabel("Obiettivo", { exact: true }).fill("110");
  await page.getByLabel("Da raggiungere entro").fill(isoDay(180));
  await page.getByRole("button", { name: "Aggiungi l'indicatore" }).click();
  const card = page.getByRole("article", { name: /Persone orientate/ });
  for (const [days, value] of [[0, "70"], [1, "20"]] as const) {
    await card.getByLabel("Data della misurazione").fill(isoDay(days));
    await card.getByLabel("Valore misurato").fill(value);
    await card.getByRole("button", { name: "Registra la misurazione" }).click();
  }
  await expect(card.getByRole("heading")).toHaveText("Persone orientate In ritardo");

  // The target was mistyped: 110 should have been 40. The measurements stay.
  await card.getByRole("button", { name: "Modifica «Persone orientate»" }).click();
  await expect(page.getByLabel("Obiettivo", { exact: true })).toHaveValue("110");
  await page.getByLabel("Obiettivo", { exact: true }).fill("40");
  await page.getByRole("button", { name: "Salva le modifiche" }).click();
  await expect(card).toContainText("Obiettivo: 40");
  await expect(card.getByRole("row")).toHaveCount(3);

  // The last measurement was a mistake: taking it out changes the status.
  await card.getByRole("button", { name: `Elimina la misurazione del ${isoDay(1).split("-").reverse().join("/")}` }).click();
  await expect(card.getByRole("row")).toHaveCount(2);
  await expect(card.getByRole("heading")).toHaveText("Persone orientate In linea");
  expect(await app.axeViolations()).toEqual([]);
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(card.getByRole("row")).toHaveCount(3);
});

test("a funding line is corrected in place and the summaries follow", async ({ page }) => {
  await open(page, seed());
  await tab(page, "Finanziamenti");
  await page.getByLabel("Programma", { exact: true }).selectOption({ label: "FAMI" });
  await page.getByLabel("Importo (euro)").fill("1.000");
  await page.getByLabel("Alleanza finanziata").selectOption({ label: "Salute" });
  await page.getByRole("button", { name: "Aggiungi la fonte" }).click();
  const lines = page.getByRole("table", { name: "Fonti di finanziamento" });
  await lines.getByRole("button", { name: "Modifica «FAMI 1.000,00 €»" }).click();
  await expect(page.getByLabel("Importo (euro)")).toHaveValue("1.000,00");
  await page.getByLabel("Programma", { exact: true }).selectOption({ label: "FSE+" });
  await page.getByLabel("Importo (euro)").fill("-3");
  await page.getByRole("button", { name: "Salva le modifiche" }).click();
  await expect(page.getByRole("alert")).toHaveText("Un importo non può essere negativo.");
  await expect(lines).toContainText("1.000,00 €");
  await page.getByLabel("Importo (euro)").fill("2.500,50");
  await page.getByRole("button", { name: "Salva le modifiche" }).click();
  await expect(lines.getByRole("row")).toHaveCount(2);
  await expect(lines).toContainText("2.500,50 €");
  const byProgramme = page.getByRole("table", { name: "Riepilogo per programma" });
  await expect(byProgramme.getByRole("row", { name: /^FSE\+/ })).toContainText("2.500,50 €");
  await expect(byProgramme.getByRole("row", { name: /^FAMI/ })).toHaveCount(0);
});
