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
