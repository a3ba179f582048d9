import { test, expect } from "./fixtures";

const HOSTILE = [
  `<img src=x onerror="window.__pwned=1">`,
  `javascript:window.__pwned=2`,
  "Parola" + "lunghissima".repeat(30),
  "مرحبا بالعالم — نص من اليمين إلى اليسار",
  "🇮🇹🤝🏽 Alleanza «emoji» 🎉",
];

test("the print view shows every section of the plan as inert text", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Alleanza stampabile");
  await app.field("Comune promotore").fill(HOSTILE[0]);
  await app.field("Obiettivo condiviso").fill(`Primo paragrafo.\n${HOSTILE[1]}`);
  await app.field("Descrizione").fill(HOSTILE[2]);
  await page.getByLabel(/intende formalizzare/).check();
  for (const name of [HOSTILE[3], HOSTILE[4]]) {
    await page.getByRole("button", { name: "Aggiungi membro" }).click();
    await page.getByRole("textbox", { name: "Nome dell'ente" }).last().fill(name);
  }
  await page.getByRole("button", { name: "Stampa o PDF" }).click();
  await expect(page).toHaveURL(/#\/piano\/[0-9a-f-]+\/stampa$/);
  const doc = page.getByRole("article", { name: "Alleanza stampabile" });
  for (const heading of ["Fondamenta", "Enti della rete", "Territori e aree tematiche", "Bisogni per area tematica", "Interventi sul territorio"]) {
    await expect(doc.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  for (const text of HOSTILE) await expect(doc).toContainText(text);
  await expect(doc.getByRole("cell", { name: HOSTILE[3] })).toBeVisible();
  await expect(doc).toContainText("Il Comune intende formalizzare l'alleanza.");
  // Inert: no element made from user text, no script ran, no link created.
  expect(await doc.locator("img, a, script").count()).toBe(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  // The address opens the print view directly (e.g. after a reload).
  await page.reload();
  await expect(page.getByRole("article", { name: "Alleanza stampabile" })).toBeVisible();
  expect(await app.axeViolations()).toEqual([]);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Stampa o salva come PDF" })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
});

test("the printed plan carries the co-design: sessions, decision log, tavoli, indicators, commitments, funding, complements", async ({ app, page }) => {
  await app.goto();
  await page.getByRole("button", { name: "Apri l'esempio «Comune di Esempio»" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible();
  await page.goto(page.url().replace(/\/fondamenta$/, "/stampa"));
  const doc = page.getByRole("article", { name: /Comune di Esempio/ });
  const part = doc.getByRole("region", { name: "Coprogettazione e gestione" });
  await expect(part).toBeVisible();
  for (const h of ["Sessioni", "Registro delle decisioni (dalla più recente)", "Tavoli", "Indicatori", "Impegni dei partner", "Fonti di finanziamento", "Interventi complementari"]) {
    await expect(part.getByRole("heading", { level: 3, name: h })).toBeVisible();
  }
  const tables = part.getByRole("table");
  await expect(tables).toHaveCount(7);
  // Four sessions, the last one marked as the final summary.
  await expect(tables.nth(0).locator("tbody tr")).toHaveCount(4);
  await expect(tables.nth(0).locator("tbody tr").last()).toContainText("Sintesi finale");
  // The log is newest first and names what each correction revises.
  await expect(tables.nth(1).locator("tbody tr")).toHaveCount(7);
  await expect(tables.nth(1).locator("tbody tr").first()).toContainText("06/10/2026");
  await expect(tables.nth(1)).toContainText("«Lo sportello di orientamento al lavoro apre il martedì");
  // Funding in euro with cents, as on the screen.
  await expect(tables.nth(5)).toContainText("120.000,00 €");
  await expect(tables.nth(5).locator("tbody tr")).toHaveCount(13);
  expect(await app.axeViolations()).toEqual([]);
});

test("one session's minutes print alone", async ({ app, page }) => {
  await app.goto();
  await page.getByRole("button", { name: "Apri l'esempio «Comune di Esempio»" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible();
  await page.goto(page.url().replace(/\/fondamenta$/, "/coprogettazione"));
  // The browser's dialog is replaced by a probe that notes what was marked
  // for printing at the moment of the call.
  await page.evaluate(() => {
    (window as any).printed = [];
    window.print = () => {
      const marked = document.querySelector(".print-this");
      (window as any).printed.push({ body: document.body.className, marked: marked?.getAttribute("aria-labelledby") && document.getElementById(marked.getAttribute("aria-labelledby")!)?.textContent });
    };
  });
  await page.getByRole("button", { name: "Stampa il verbale della sessione del 17/03/2026" }).click();
  const printed = await page.evaluate(() => (window as any).printed);
  expect(printed).toHaveLength(1);
  expect(printed[0].body).toContain("printing-minutes");
  expect(printed[0].marked).toBe("Sessione del 17/03/2026");
  // After the dialog, nothing stays marked.
  expect(await page.locator(".print-this").count()).toBe(0);
  expect(await page.evaluate(() => document.body.classList.contains("printing-minutes"))).toBe(false);

  // What the print stylesheet shows while marked: that session's minutes only.
  const minutes = page.getByRole("article", { name: "Sessione del 17/03/2026" });
  await minutes.evaluate((el) => {
    el.classList.add("print-this");
    document.body.classList.add("printing-minutes");
  });
  await page.emulateMedia({ media: "print" });
  await expect(minutes.getByText("Piattaforma di videoconferenza del Comune")).toBeVisible();
  await expect(minutes.getByRole("button", { name: /Stampa il verbale/ })).toBeHidden();
  await expect(page.getByRole("article", { name: "Sessione del 10/02/2026" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Coprogettazione e gestione" })).toBeHidden();
});
