import { test, expect } from "./fixtures";
import { openSeeded, seedPlan } from "./matrice-seed";

// An office monitor: the palette and the matrix are both in view while dragging.
test.use({ viewport: { width: 1600, height: 1000 } });

test("moves a partner forward through the stages with the date, undoes it, and keeps advantages after reload", async ({ app, page }) => {
  await openSeeded(page, seedPlan({ partners: ["ASL Città", "Prefettura"] }), "rete");
  const stage = (name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });
  await expect(stage("Contattato").getByRole("heading", { level: 3 })).toHaveText(["ASL Città", "Prefettura"]);
  await page.getByRole("button", { name: "Porta ASL Città a «Aderente»" }).click();
  await expect(stage("Aderente").getByRole("heading", { level: 3 })).toHaveText(["ASL Città"]);
  await expect(stage("Aderente").getByRole("article")).toContainText("in questa fase dal");
  await page.getByRole("button", { name: "Porta ASL Città a «Attivo»" }).click();
  await expect(stage("Attivo").getByRole("heading", { level: 3 })).toHaveText(["ASL Città"]);
  await page.getByLabel("Fase di Prefettura").selectOption({ label: "Non interessato" });
  await expect(stage("Non interessato").getByRole("heading", { level: 3 })).toHaveText(["Prefettura"]);

  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(stage("Contattato").getByRole("heading", { level: 3 })).toHaveText(["Prefettura"]);
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(stage("Aderente").getByRole("heading", { level: 3 })).toHaveText(["ASL Città"]);

  await page.getByRole("button", { name: "Vantaggi e impegni di ASL Città" }).click();
  await page.getByLabel("Vantaggi della partecipazione proposti dal Comune").fill("Accesso ai dati del tavolo sanitario");
  await page.getByLabel("Impegni del partner").fill("Un mediatore per distretto");
  await app.waitSaved();
  await page.reload();
  await expect(stage("Aderente").getByRole("heading", { level: 3 })).toHaveText(["ASL Città"]);
  await page.getByRole("button", { name: "Vantaggi e impegni di ASL Città" }).click();
  await expect(page.getByLabel("Impegni del partner")).toHaveValue("Un mediatore per distretto");
});

test("a partner not interested cannot be dropped into an alliance, and the matrix says why", async ({ page }) => {
  await openSeeded(page, seedPlan({ partners: ["Questura"], alliances: [{ name: "Salute" }] }), "rete");
  await page.getByLabel("Fase di Questura").selectOption({ label: "Non interessato" });
  await page.getByRole("link", { name: "Matrice delle alleanze" }).click();
  const palette = page.getByRole("complementary", { name: "Alleanze" });
  await palette.getByRole("button", { name: "Questura", exact: true }).dragTo(palette.getByRole("button", { name: /Salute/ }));
  await expect(page.locator(".matrix-message")).toHaveText(
    "Non si può: il partner non è interessato (cambia la sua fase in Rete e partner).",
  );
});

test("on the large example every partner has its card, and one far down the list moves on and takes commitments", async ({ app, page }) => {
  await app.goto();
  await page.getByRole("button", { name: "Apri il piano grande (40 territori × 12 temi)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("navigation", { name: "Fasi del percorso" }).getByRole("link", { name: "Rete e partner" }).click();
  await expect(page.getByRole("article")).toHaveCount(600);
  const stage = (name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });
  const last = stage("Contattato").getByRole("article").last();
  const name = (await last.getByRole("heading", { level: 3 }).textContent())!;
  await last.getByRole("button", { name: `Porta ${name} a «Aderente»` }).click();
  const moved = stage("Aderente").getByRole("article").filter({ has: page.getByRole("heading", { name, exact: true }) });
  await expect(moved).toContainText("in questa fase dal");
  await moved.getByRole("button", { name: `Vantaggi e impegni di ${name}` }).click();
  await moved.getByLabel("Impegni del partner").fill("Sede per gli sportelli");
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(moved.getByLabel("Impegni del partner")).toHaveValue("");
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(stage("Contattato").getByRole("heading", { name, exact: true })).toBeVisible();
});
