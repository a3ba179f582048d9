import { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { openSeeded, seedPlan } from "./matrice-seed";

test.use({ viewport: { width: 1600, height: 1000 } });

const palette = (page: Page) => page.getByRole("complementary", { name: "Alleanze" });
const panel = (page: Page) => page.locator("aside.side-panel");
const message = (page: Page) => page.locator(".matrix-message");
const canvas = (page: Page) => page.getByRole("table", { name: /Matrice delle alleanze: territori/ });
const cellButton = (page: Page, name: string) => canvas(page).getByRole("button", { name: new RegExp(`^${name}:`) });

test("the side panel adds a member by name, refuses an unknown or repeated one, and picks the lead among the members", async ({ app, page }) => {
  await openSeeded(page, seedPlan({ partners: ["ASL Città", "Coop Sole", "Caritas"], alliances: [{ name: "Salute" }] }));
  // The register's names are suggested by one list for the whole screen.
  await expect(page.locator("datalist#matrix-partner-names option")).toHaveCount(3);
  await palette(page).getByRole("button", { name: /Salute/ }).click();
  await page.keyboard.press("Escape");
  const lead = panel(page).getByRole("combobox", { name: "Capofila" });
  // No members yet: the only choice is "Nessuno".
  await expect(lead.locator("option")).toHaveText(["Nessuno"]);

  const add = panel(page).getByRole("combobox", { name: "Aggiungi un partner" });
  await add.fill("Nessuno Qui");
  await add.press("Enter");
  await expect(message(page)).toHaveText("Nessun partner del registro si chiama «Nessuno Qui».");
  await add.fill("  asl città ");
  await panel(page).getByRole("button", { name: "Aggiungi", exact: true }).click();
  await expect(panel(page).getByRole("textbox", { name: "Ruolo di ASL Città" })).toBeVisible();
  await expect(add).toHaveValue("");
  await add.fill("ASL Città");
  await add.press("Enter");
  await expect(message(page)).toHaveText("Non si può: il partner fa già parte di questa alleanza.");

  await expect(lead.locator("option")).toHaveText(["Nessuno", "ASL Città"]);
  await lead.selectOption({ label: "ASL Città" });
  await expect(lead).toHaveValue(/[0-9a-f-]{36}/);
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(lead).toHaveValue("");
  await page.getByRole("button", { name: "Ripeti" }).click();
  await app.waitSaved();
  await page.reload();
  await palette(page).getByRole("button", { name: /Salute/ }).click();
  await page.keyboard.press("Escape");
  await expect(panel(page).getByRole("combobox", { name: "Capofila" }).locator("option:checked")).toHaveText("ASL Città");
});

test("while an alliance is carried only the cells it already covers refuse it", async ({ page }) => {
  await openSeeded(page, seedPlan({ partners: ["ASL Città"], alliances: [{ name: "Salute", cells: [["Nord", "Servizi socio-sanitari"]] }] }));
  const cell = (name: string) => canvas(page).locator("td", { has: page.getByRole("button", { name: new RegExp(`^${name}:`) }) });
  const covered = cell("Nord · Servizi socio-sanitari");
  const free = cell("Sud · Istruzione e formazione");
  await palette(page).getByRole("button", { name: /Salute/ }).click();
  await expect(page.locator("#matrix-scroll")).toHaveClass(/carrying-alliance/);
  await expect(covered).toHaveClass(/drop-no/);
  await expect(free).not.toHaveClass(/drop-no/);
  // The cell under the pointer is marked as the target, and only that one.
  await free.hover();
  await expect(free).toHaveClass(/drop-hover/);
  await covered.hover();
  await expect(free).not.toHaveClass(/drop-hover/);
  // The refusing cell says why when used.
  await cellButton(page, "Nord · Servizi socio-sanitari").click();
  await expect(message(page)).toHaveText("Non si può: l'alleanza è già in questa cella.");
  await page.keyboard.press("Escape");
  await expect(page.locator("#matrix-scroll")).not.toHaveClass(/carrying/);
  await expect(covered).not.toHaveClass(/drop-no/);
  // Nothing carried, nothing marked under the pointer.
  await free.hover();
  await expect(free).not.toHaveClass(/drop-hover/);
});

test("an alliance's chip on the canvas is selected by a click and takes a partner by click, hover and drag", async ({ page }) => {
  await openSeeded(page, seedPlan({
    partners: ["ASL Città", "Coop Sole"],
    alliances: [{ name: "Salute", cells: [["Nord", "Servizi socio-sanitari"]] }],
  }));
  const chip = canvas(page).getByRole("button", { name: /Salute/ });
  // A click on the chip selects its alliance in the side panel.
  await chip.click();
  await expect(panel(page).getByRole("heading", { name: "Alleanza n. 1" })).toBeVisible();
  await expect(chip).toHaveClass(/selected/);
  // Carrying a partner: the chip under the pointer is the marked target, and a click puts the partner in.
  await palette(page).getByRole("button", { name: "ASL Città", exact: true }).click();
  await chip.hover();
  await expect(chip).toHaveClass(/drop-hover/);
  await chip.click();
  await expect(message(page)).toHaveText("«ASL Città» aggiunto all'alleanza «Salute».");
  await expect(chip).not.toHaveClass(/drop-hover/);
  // The same by dragging the partner onto the chip.
  await palette(page).getByRole("button", { name: "Coop Sole", exact: true }).dragTo(chip);
  await expect(message(page)).toHaveText("«Coop Sole» aggiunto all'alleanza «Salute».");
  await expect(panel(page).getByRole("textbox", { name: "Ruolo di Coop Sole" })).toBeVisible();
});

test("the palette's partner filter finds a name by any of its words, regardless of capitals and accents", async ({ page }) => {
  await openSeeded(page, seedPlan({ partners: ["Città metropolitana", "Prefettura", "Cittadella solidale"], alliances: [{ name: "Salute" }] }));
  const partners = palette(page).getByRole("list", { name: "Partner" });
  await expect(partners.getByRole("button")).toHaveText(["Città metropolitana", "Prefettura", "Cittadella solidale"]);
  await palette(page).getByPlaceholder("Filtra i partner").fill("METRO citta");
  await expect(partners.getByRole("button")).toHaveText(["Città metropolitana"]);
  await palette(page).getByPlaceholder("Filtra i partner").fill("citta");
  await expect(partners.getByRole("button")).toHaveText(["Città metropolitana", "Cittadella solidale"]);
});

test("the palette's alliance filter appears past 60 alliances and stays while typed, even when undo brings them back to 60", async ({ page }) => {
  const alliances = Array.from({ length: 60 }, (_, i) => ({ name: `Alleanza ${i + 1}` }));
  await openSeeded(page, seedPlan({ alliances }));
  const filter = palette(page).getByPlaceholder("Filtra le alleanze");
  await expect(filter).toHaveCount(0);
  await palette(page).getByRole("button", { name: "Nuova alleanza" }).click();
  await filter.fill("alleanza 6");
  // The names with a 6 anywhere: 6, 16, 26, 36, 46, 56, 60 and the new 61.
  await expect(palette(page).locator(".palette-item.chip")).toHaveCount(8);
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(palette(page).locator(".palette-item.chip")).toHaveCount(7);
  await expect(filter).toHaveValue("alleanza 6");
  await filter.fill("");
  await expect(filter).toHaveCount(0);
});
