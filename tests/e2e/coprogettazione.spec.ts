import { test, expect } from "./fixtures";
import { isoDay, open, seed, tab } from "./coprogettazione-seed";

test("records a session with participants and a decision, revises the decision later and shows the chain", async ({ app, page }) => {
  await open(page, seed());
  await expect(page.getByRole("heading", { level: 1, name: "Coprogettazione e gestione" })).toBeVisible();
  await page.getByLabel("Data della sessione").fill("2026-03-12");
  await page.getByLabel("Luogo").fill("Sala consiliare");
  await page.getByLabel("Convocata da").selectOption({ label: "Comune di Prova" });
  const participants = page.getByRole("group", { name: "Partecipanti" });
  await participants.getByLabel("Coop Aurora").check();
  await participants.getByLabel("ASL Città").check();
  await page.getByLabel("Esiti").fill("Condiviso il bisogno di mediazione");
  await page.getByRole("button", { name: "Registra la sessione" }).click();
  const minutes = page.getByRole("article", { name: "Sessione del 12/03/2026" });
  await expect(minutes).toContainText("Coop Aurora, ASL Città");
  await expect(minutes).toContainText("Condiviso il bisogno di mediazione");
  await expect(page.getByLabel("Data della sessione")).toHaveValue("");

  await tab(page, "Decisioni");
  await page.getByLabel("Che cosa si è deciso").fill("Sportello aperto il lunedì");
  await page.getByLabel("Data della decisione").fill("2026-03-12");
  await page.getByLabel("Presa da").selectOption({ label: "Sessione del 12/03/2026" });
  await page.getByLabel("Alleanza interessata").selectOption({ label: "Salute" });
  await page.getByRole("button", { name: "Registra la decisione" }).click();
  await page.getByLabel("Che cosa si è deciso").fill("Riunioni mensili del tavolo");
  await page.getByLabel("Data della decisione").fill("2026-04-01");
  await page.getByRole("button", { name: "Registra la decisione" }).click();

  // Later, the first decision is revised: the form starts from it.
  await page.getByRole("button", { name: "Rivedi «Sportello aperto il lunedì»" }).click();
  await expect(page.getByLabel("Che cosa si è deciso")).toBeFocused();
  await page.getByLabel("Che cosa si è deciso").fill("Sportello aperto lunedì e giovedì");
  await page.getByLabel("Data della decisione").fill("2026-05-04");
  await page.getByLabel("Perché", { exact: true }).fill("Troppe persone in attesa");
  await page.getByRole("button", { name: "Registra la decisione" }).click();

  const log = page.getByRole("list", { name: "Registro delle decisioni, dalla più recente" });
  const headings = log.getByRole("heading", { level: 3 });
  await expect(headings).toHaveText([
    "Sportello aperto lunedì e giovedì",
    "Riunioni mensili del tavolo",
    "Sportello aperto il lunedì Superata",
  ]);
  const chain = log.getByRole("list", { name: "Catena delle correzioni" }).first();
  await expect(chain.getByRole("listitem")).toHaveText([
    "«Sportello aperto il lunedì» (12/03/2026)",
    "«Sportello aperto lunedì e giovedì» (04/05/2026)",
  ]);
  // Filtered by alliance: the decision on the whole plan is not shown.
  await page.getByLabel("Mostra le decisioni di").selectOption({ label: "Salute" });
  await expect(headings).toHaveText(["Sportello aperto lunedì e giovedì", "Sportello aperto il lunedì Superata"]);
  expect(await app.axeViolations()).toEqual([]);

  // The session's minutes list the decision taken in it.
  await tab(page, "Sessioni");
  await expect(minutes.getByRole("listitem")).toHaveText(["Sportello aperto il lunedì"]);

  // Undo takes the revision away; the first decision is current again.
  await tab(page, "Decisioni");
  await page.getByLabel("Mostra le decisioni di").selectOption({ label: "Salute" });
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(headings).toHaveText(["Sportello aperto il lunedì"]);
  await page.getByRole("button", { name: "Ripeti", exact: true }).click();
  await expect(headings).toHaveText(["Sportello aperto lunedì e giovedì", "Sportello aperto il lunedì Superata"]);

  await app.waitSaved();
  await page.reload();
  await tab(page, "Decisioni");
  await expect(headings).toHaveCount(3);
  await expect(chain.getByRole("listitem")).toHaveCount(2);
});

test("an indicator with baseline and target changes status as measurements come in; bad input is refused with a message", async ({ app, page }) => {
  await open(page, seed());
  await tab(page, "Indicatori");
  await page.getByLabel("Alleanza dell'indicatore").selectOption({ label: "Salute" });
  await page.getByLabel("Nome dell'indicatore").fill("Persone orientate");
  await page.getByLabel("Unità di misura").fill("persone");
  await page.getByLabel("Valore di partenza", { exact: true }).fill("10");
  await page.getByLabel("Data del valore di partenza").fill(isoDay(-180));
  await page.getByLabel("Obiettivo", { exact: true }).fill("10,0");
  await page.getByLabel("Da raggiungere entro").fill(isoDay(180));
  await page.getByRole("button", { name: "Aggiungi l'indicatore" }).click();
  await expect(page.getByRole("alert")).toHaveText(/L'obiettivo è uguale al valore di partenza/);
  await expect(page.getByRole("article")).toHaveCount(0);

  await page.getByLabel("Obiettivo", { exact: true }).fill("110");
  await page.getByRole("button", { name: "Aggiungi l'indicatore" }).click();
  const card = page.getByRole("article", { name: /Persone orientate/ });
  await expect(card.getByRole("heading")).toHaveText("Persone orientate Nessun dato");

  const measure = async (days: number, value: string) => {
    await card.getByLabel("Data della misurazione").fill(isoDay(days));
    await card.getByLabel("Valore misurato").fill(value);
    await card.getByRole("button", { name: "Registra la misurazione" }).click();
  };
  await measure(-200, "12");
  await expect(card.getByRole("alert")).toHaveText(/precedente alla data del valore di partenza/);
  await expect(card.getByRole("table")).toHaveCount(0);

  await measure(0, "70");
  await expect(card.getByRole("heading")).toHaveText("Persone orientate In linea");
  await measure(1, "45");
  await expect(card.getByRole("heading")).toHaveText("Persone orientate A rischio");
  await measure(2, "20,5");
  await expect(card.getByRole("heading")).toHaveText("Persone orientate In ritardo");
  await expect(card.getByRole("row")).toHaveCount(4);
  await expect(card.getByRole("cell", { name: "20,5 persone" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Stato per alleanza" })).toHaveText("Salute: In ritardo");
  expect(await app.axeViolations()).toEqual([]);

  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(card.getByRole("heading")).toHaveText("Persone orientate A rischio");
  await app.waitSaved();
  await page.reload();
  await tab(page, "Indicatori");
  await expect(card.getByRole("heading")).toHaveText("Persone orientate A rischio");
  await expect(card.getByRole("row")).toHaveCount(3);
});

test("a commitment moves through its workflow; funding in euro and cents adds up by programme and area", async ({ app, page }) => {
  await open(page, seed());
  await tab(page, "Impegni");
  await page.getByLabel("Alleanza", { exact: true }).selectOption({ label: "Salute" });
  await page.getByLabel("Partner", { exact: true }).selectOption({ label: "Coop Aurora" });
  await page.getByLabel("Impegno", { exact: true }).fill("Mediazione linguistica");
  await page.getByLabel("Entro il").fill("2026-09-30");
  await page.getByLabel("Risorse").fill("2 mediatori");
  await page.getByRole("button", { name: "Aggiungi l'impegno" }).click();
  const row = page.getByRole("row", { name: /Mediazione linguistica/ });
  await expect(row.getByRole("cell").nth(5)).toHaveText("Previsto");
  await expect(row.getByRole("button", { name: "Porta «Mediazione linguistica» a «Completato»" })).toHaveCount(0);
  await row.getByRole("button", { name: "Porta «Mediazione linguistica» a «In corso»" }).click();
  await expect(row.getByRole("cell").nth(5)).toHaveText("In corso");
  await row.getByRole("button", { name: "Porta «Mediazione linguistica» a «Completato»" }).click();
  await expect(row.getByRole("cell").nth(5)).toHaveText("Completato");
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(row.getByRole("cell").nth(5)).toHaveText("In corso");
  expect(await app.axeViolations()).toEqual([]);

  await tab(page, "Finanziamenti");
  await page.getByLabel("Programma", { exact: true }).selectOption({ label: "FAMI" });
  await page.getByLabel("Importo (euro)").fill("-5");
  await page.getByRole("button", { name: "Aggiungi la fonte" }).click();
  await expect(page.getByRole("alert")).toHaveText("Un importo non può essere negativo.");
  await expect(page.getByRole("table", { name: "Fonti di finanziamento" })).toHaveCount(0);
  await page.getByLabel("Importo (euro)").fill("1.234,56");
  await page.getByLabel("Alleanza finanziata").selectOption({ label: "Salute" });
  await page.getByLabel("Stato del finanziamento").selectOption({ label: "Richiesto" });
  await page.getByRole("button", { name: "Aggiungi la fonte" }).click();
  await page.getByLabel("Programma", { exact: true }).selectOption({ label: "Comunale" });
  await page.getByLabel("Importo (euro)").fill("0,44");
  await page.getByLabel("Intervento").selectOption({ label: "Sportello FAMI" });
  await page.getByRole("button", { name: "Aggiungi la fonte" }).click();
  const lines = page.getByRole("table", { name: "Fonti di finanziamento" });
  await expect(lines.getByRole("row")).toHaveCount(3);
  await expect(lines).toContainText("1.234,56 €");
  const byProgramme = page.getByRole("table", { name: "Riepilogo per programma" });
  await expect(byProgramme.getByRole("row", { name: /^FAMI/ })).toHaveText(/FAMI0,00 €1.234,56 €0,00 €1.234,56 €/);
  await expect(byProgramme.getByRole("row", { name: /^Totale/ })).toContainText("1.235,00 €");
  const byTheme = page.getByRole("table", { name: "Riepilogo per area tematica" });
  await expect(byTheme.getByRole("row", { name: /Servizi socio-sanitari/ })).toContainText("FAMI 1.234,56 €; Comunale 0,44 €");
  await expect(byTheme.getByRole("row", { name: /Inclusione abitativa/ })).toContainText("Nessuna fonte");
  expect(await app.axeViolations()).toEqual([]);

  await app.waitSaved();
  await page.reload();
  await tab(page, "Impegni");
  await expect(page.getByRole("row", { name: /Mediazione linguistica/ }).getByRole("cell").nth(5)).toHaveText("In corso");
  await tab(page, "Finanziamenti");
  await expect(page.getByRole("table", { name: "Riepilogo per programma" }).getByRole("row", { name: /^Totale/ })).toContainText("1.235,00 €");
});
