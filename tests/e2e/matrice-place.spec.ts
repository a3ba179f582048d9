import { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { openSeeded, seedPlan } from "./matrice-seed";

// An office monitor: the palette and the matrix are both in view while dragging.
test.use({ viewport: { width: 1600, height: 1000 } });

const plan = () =>
  seedPlan({ partners: ["ASL Città", "Coop Sole"], alliances: [{ name: "Salute" }, { name: "Lavoro" }] });

const palette = (page: Page) => page.getByRole("complementary", { name: "Alleanze" });
const canvas = (page: Page) => page.getByRole("table", { name: /Matrice delle alleanze: territori/ });
const cellButton = (page: Page, name: string) => canvas(page).getByRole("button", { name: new RegExp(`^${name}:`) });
const cell = (page: Page, name: string) =>
  canvas(page).locator("td", { has: page.getByRole("button", { name: new RegExp(`^${name}:`) }) });
const message = (page: Page) => page.locator(".matrix-message");
const undo = (page: Page) => page.getByRole("button", { name: "Annulla", exact: true }).click();

test("drags a partner into an alliance and an alliance into a cell, and undoes each", async ({ app, page }) => {
  await openSeeded(page, plan());
  await palette(page).getByRole("button", { name: "ASL Città", exact: true }).dragTo(palette(page).getByRole("button", { name: /Salute/ }));
  await expect(message(page)).toHaveText("«ASL Città» aggiunto all'alleanza «Salute».");
  await palette(page).getByRole("button", { name: /Salute/ }).dragTo(cellButton(page, "Nord · Servizi socio-sanitari"));
  await expect(cell(page, "Nord · Servizi socio-sanitari").getByRole("button", { name: /Salute/ })).toBeVisible();
  // The side panel shows the member added by the drop.
  await cell(page, "Nord · Servizi socio-sanitari").getByRole("button", { name: /Salute/ }).click();
  await expect(page.getByRole("textbox", { name: "Ruolo di ASL Città" })).toBeVisible();

  // Moving the chip to another cell is one step.
  await cell(page, "Nord · Servizi socio-sanitari").getByRole("button", { name: /Salute/ }).dragTo(cellButton(page, "Sud · Istruzione e formazione"));
  await expect(cell(page, "Sud · Istruzione e formazione").getByRole("button", { name: /Salute/ })).toBeVisible();
  await expect(cell(page, "Nord · Servizi socio-sanitari").getByRole("button", { name: /Salute/ })).toHaveCount(0);

  await undo(page);
  await expect(cell(page, "Nord · Servizi socio-sanitari").getByRole("button", { name: /Salute/ })).toBeVisible();
  await undo(page);
  await expect(cell(page, "Nord · Servizi socio-sanitari").getByRole("button", { name: /Salute/ })).toHaveCount(0);
  await undo(page);
  await palette(page).getByRole("button", { name: /Salute/ }).click();
  await expect(page.getByRole("textbox", { name: "Ruolo di ASL Città" })).toHaveCount(0);
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Ripeti" }).click();
  await page.getByRole("button", { name: "Ripeti" }).click();
  await app.waitSaved();
  await page.reload();
  await expect(cell(page, "Nord · Servizi socio-sanitari").getByRole("button", { name: /Salute/ })).toBeVisible();
});

test("places by click to pick then click to place, and a refused drop says why", async ({ page }) => {
  await openSeeded(page, plan());
  await palette(page).getByRole("button", { name: "Coop Sole", exact: true }).click();
  await expect(page.getByText("Stai spostando il partner «Coop Sole»")).toBeVisible();
  await palette(page).getByRole("button", { name: /Lavoro/ }).click();
  await expect(message(page)).toHaveText("«Coop Sole» aggiunto all'alleanza «Lavoro».");
  // Again: the partner is already a member, so the drop is refused with the reason.
  await palette(page).getByRole("button", { name: "Coop Sole", exact: true }).click();
  await palette(page).getByRole("button", { name: /Lavoro/ }).click();
  await expect(message(page)).toHaveText("Non si può: il partner fa già parte di questa alleanza.");
  await page.getByRole("button", { name: "Annulla lo spostamento" }).click();

  await palette(page).getByRole("button", { name: /Lavoro/ }).click();
  await expect(cellButton(page, "Centro · Inclusione lavorativa")).toHaveAccessibleDescription(/scegli una cella/);
  await cellButton(page, "Centro · Inclusione lavorativa").click();
  await expect(cell(page, "Centro · Inclusione lavorativa").getByRole("button", { name: /Lavoro/ })).toBeVisible();
  await undo(page);
  await expect(cell(page, "Centro · Inclusione lavorativa").getByRole("button", { name: /Lavoro/ })).toHaveCount(0);
  await undo(page);
  await expect(palette(page).getByRole("button", { name: /Lavoro/ })).toBeVisible();
  await palette(page).getByRole("button", { name: /Lavoro/ }).click();
  await expect(page.getByRole("textbox", { name: "Ruolo di Coop Sole" })).toHaveCount(0);
});

/** Presses Tab until `target` has focus (keyboard only, as a user would). */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, key = "Tab", max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error("target never focused");
}

test("does the same by keyboard only: Enter to pick, Tab and arrows to the target, Enter to place, Escape to cancel", async ({ page }) => {
  await openSeeded(page, plan());
  const asl = palette(page).getByRole("button", { name: "ASL Città", exact: true });
  const salute = palette(page).getByRole("button", { name: /Salute/ });
  await salute.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await expect(message(page)).toHaveText("Spostamento annullato.");

  await tabTo(page, asl);
  await page.keyboard.press("Enter");
  await tabTo(page, salute, "Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(message(page)).toHaveText("«ASL Città» aggiunto all'alleanza «Salute».");

  await page.keyboard.press("Space");
  await tabTo(page, cellButton(page, "Nord · Servizi socio-sanitari"));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await expect(cellButton(page, "Centro · Istruzione e formazione")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(cell(page, "Centro · Istruzione e formazione").getByRole("button", { name: /Salute/ })).toBeVisible();
  await page.keyboard.press("Control+z");
  await expect(cell(page, "Centro · Istruzione e formazione").getByRole("button", { name: /Salute/ })).toHaveCount(0);
});

test("spans an alliance over two cells, drawn in both with the same number, and undoes it", async ({ app, page }) => {
  await openSeeded(page, seedPlan({ alliances: [{ name: "Lavoro", cells: [["Nord", "Inclusione lavorativa"]] }] }));
  await palette(page).getByRole("button", { name: /Lavoro/ }).dragTo(cellButton(page, "Centro · Inclusione lavorativa"));
  for (const name of ["Nord · Inclusione lavorativa", "Centro · Inclusione lavorativa"]) {
    const chip = cell(page, name).getByRole("button", { name: /Lavoro/ });
    await expect(chip).toContainText("#1");
    await expect(chip).toContainText("↔2");
    // The badge's meaning is part of the chip's name, for a screen reader.
    await expect(chip).toHaveAccessibleName("#1 Lavoro ↔2 celle: alleanza su più celle");
  }
  await app.waitSaved();
  await page.reload();
  await expect(cell(page, "Centro · Inclusione lavorativa").getByRole("button", { name: /Lavoro/ })).toContainText("↔2");
  await page.keyboard.press("Control+z"); // a fresh page has no history: nothing happens
  await expect(cell(page, "Centro · Inclusione lavorativa").getByRole("button", { name: /Lavoro/ })).toBeVisible();
  await cell(page, "Centro · Inclusione lavorativa").getByRole("button", { name: /Lavoro/ }).click();
  await page.getByRole("button", { name: "Togli la cella Centro · Inclusione lavorativa" }).click();
  await expect(cell(page, "Nord · Inclusione lavorativa").getByRole("button", { name: /Lavoro/ })).not.toContainText("↔");
  await expect(cell(page, "Nord · Inclusione lavorativa").getByRole("button", { name: /Lavoro/ })).toHaveAccessibleName("#1 Lavoro");
  await undo(page);
  await expect(cell(page, "Nord · Inclusione lavorativa").getByRole("button", { name: /Lavoro/ })).toContainText("↔2");
});
