import { test, expect } from "./fixtures";
import { openSeeded, seedPlan, THEMES } from "./matrice-seed";

// An office monitor: the palette and the matrix are both in view while dragging.
test.use({ viewport: { width: 1600, height: 1000 } });

test("builds a 3×5 matrix from scratch, undoes a row, and finds it after reload", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Piano matrice");
  await page.getByRole("link", { name: "Matrice delle alleanze" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Matrice delle alleanze" })).toBeVisible();
  for (const name of ["Nord", "Centro", "Sud"]) {
    await page.getByLabel("Nuovo territorio").fill(name);
    await page.getByRole("button", { name: "Aggiungi territorio" }).click();
  }
  const matrix = page.getByRole("table", { name: /Matrice delle alleanze: territori/ });
  await expect(matrix.getByRole("rowheader")).toHaveText(["Nord", "Centro", "Sud"]);
  await expect(matrix.getByRole("columnheader")).toHaveText(THEMES);

  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(matrix.getByRole("rowheader")).toHaveText(["Nord", "Centro"]);
  await page.getByRole("button", { name: "Ripeti" }).click();
  await expect(matrix.getByRole("rowheader")).toHaveText(["Nord", "Centro", "Sud"]);

  await app.waitSaved();
  await page.reload();
  await expect(page.getByRole("table", { name: /Matrice delle alleanze: territori/ }).getByRole("rowheader")).toHaveText([
    "Nord",
    "Centro",
    "Sud",
  ]);
});

test("renames and reorders rows by button, keyboard and drag", async ({ page }) => {
  await openSeeded(page, seedPlan({}));
  await page.getByRole("button", { name: "Righe, colonne e coordinatori" }).click();
  const matrix = page.getByRole("table", { name: /Matrice delle alleanze: territori/ });
  await page.getByRole("textbox", { name: "Nome della voce 1" }).first().fill("Nord-Ovest");
  await expect(matrix.getByRole("rowheader").first()).toHaveText("Nord-Ovest");
  await page.getByRole("button", { name: "Sposta giù Nord-Ovest" }).click();
  await expect(matrix.getByRole("rowheader")).toHaveText(["Centro", "Nord-Ovest", "Sud"]);
  // Alt+ArrowDown in the name field moves the row too.
  await page.getByRole("textbox", { name: "Nome della voce 2" }).first().press("Alt+ArrowDown");
  await expect(matrix.getByRole("rowheader")).toHaveText(["Centro", "Sud", "Nord-Ovest"]);
  const items = page.locator(".axis-list").first().locator("li.axis-item");
  await items.nth(2).locator(".drag-handle").dragTo(items.nth(0));
  await expect(matrix.getByRole("rowheader")).toHaveText(["Nord-Ovest", "Centro", "Sud"]);
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(matrix.getByRole("rowheader")).toHaveText(["Centro", "Sud", "Nord-Ovest"]);
});

test("removing a territory that holds alliances asks first, and undo puts everything back", async ({ page }) => {
  const plan = seedPlan({
    partners: ["ASL Città"],
    alliances: [{ name: "Salute", cells: [["Centro", "Servizi socio-sanitari"], ["Sud", "Servizi socio-sanitari"]] }],
  });
  await openSeeded(page, plan);
  await page.getByRole("button", { name: "Righe, colonne e coordinatori" }).click();
  const matrix = page.getByRole("table", { name: /Matrice delle alleanze: territori/ });
  await page.getByRole("button", { name: "Rimuovi Centro" }).click();
  await expect(page.getByRole("alert")).toContainText("Centro contiene 1 alleanze");
  await page.getByRole("alert").getByRole("button", { name: "Rimuovi" }).click();
  await expect(matrix.getByRole("rowheader")).toHaveText(["Nord", "Sud"]);
  await expect(page.getByRole("complementary", { name: "Alleanze" }).getByRole("button", { name: /Salute/ })).toContainText("1 celle");
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(matrix.getByRole("rowheader")).toHaveText(["Nord", "Centro", "Sud"]);
  await expect(page.getByRole("complementary", { name: "Alleanze" }).getByRole("button", { name: /Salute/ })).toContainText("2 celle");
});

test("sets row and column coordinators and the cabina di regia, shown on the axes, undoable, kept after reload", async ({ app, page }) => {
  await openSeeded(page, seedPlan({ partners: ["ASL Città", "Prefettura"] }));
  await page.getByRole("button", { name: "Righe, colonne e coordinatori" }).click();
  await page.getByLabel("Coordinatore di Nord").selectOption({ label: "Prefettura" });
  await page.getByLabel("Coordinatore di Servizi socio-sanitari").selectOption({ label: "ASL Città" });
  await page.getByLabel("Aggiungi alla cabina di regia").selectOption({ label: "Prefettura" });
  const matrix = page.getByRole("table", { name: /Matrice delle alleanze: territori/ });
  await expect(matrix.getByRole("rowheader", { name: /Nord/ })).toContainText("Coord.: Prefettura");
  await expect(matrix.getByRole("columnheader", { name: /Servizi socio-sanitari/ })).toContainText("Coord.: ASL Città");
  await expect(page.getByRole("region", { name: "Cabina di regia" }).getByRole("listitem")).toHaveText(["Prefettura✕"]);

  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(page.getByRole("region", { name: "Cabina di regia" }).getByRole("listitem")).toHaveCount(0);
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(matrix.getByRole("columnheader", { name: /Servizi socio-sanitari/ })).not.toContainText("Coord.");
  await page.getByRole("button", { name: "Ripeti" }).click();
  await app.waitSaved();
  await page.reload();
  const again = page.getByRole("table", { name: /Matrice delle alleanze: territori/ });
  await expect(again.getByRole("rowheader", { name: /Nord/ })).toContainText("Coord.: Prefettura");
  await expect(again.getByRole("columnheader", { name: /Servizi socio-sanitari/ })).toContainText("Coord.: ASL Città");
});
