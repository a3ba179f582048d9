import { test, expect } from "./fixtures";
import { openSeeded, seedPlan } from "./matrice-seed";

// An office monitor: the palette and the matrix are both in view while dragging.
test.use({ viewport: { width: 1600, height: 1000 } });

test("moves a partner forward through the stages with the date, the keyboard staying in the list, undoes it, and keeps advantages after reload", async ({ app, page }) => {
  await openSeeded(page, seedPlan({ partners: ["ASL Città", "Prefettura"] }), "rete");
  const stage = (name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });
  await expect(stage("Contattato").getByRole("heading", { level: 3 })).toHaveText(["ASL Città", "Prefettura"]);
  await page.getByRole("button", { name: "Porta ASL Città a «Aderente»" }).click();
  await expect(stage("Aderente").getByRole("heading", { level: 3 })).toHaveText(["ASL Città"]);
  await expect(stage("Aderente").getByRole("article")).toContainText("in questa fase dal");
  // The keyboard stays in the list being worked down, on the card that took
  // the moved one's place; screen readers are told where the partner went.
  await expect(page.getByRole("button", { name: "Porta Prefettura a «Aderente»" })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "ASL Città ora è in «Aderente»." })).toBeAttached();
  await page.getByRole("button", { name: "Porta ASL Città a «Attivo»" }).click();
  await expect(stage("Attivo").getByRole("heading", { level: 3 })).toHaveText(["ASL Città"]);
  // A list left empty sends the keyboard after the moved card.
  await expect(page.getByLabel("Fase di ASL Città")).toBeFocused();
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

test("a partner not interested is marked in the matrix's palette, and picking or dragging it says why and carries nothing", async ({ page }) => {
  await openSeeded(page, seedPlan({ partners: ["Questura", "ASL"], alliances: [{ name: "Salute" }] }), "rete");
  await page.getByLabel("Fase di Questura").selectOption({ label: "Non interessato" });
  await page.getByRole("link", { name: "Matrice delle alleanze" }).click();
  const palette = page.getByRole("complementary", { name: "Alleanze" });
  const message = page.locator(".matrix-message");
  const why = "Non si può portare «Questura» in un'alleanza: il partner non è interessato (cambia la sua fase in Rete e partner).";
  // The palette says it in words; the partner that can join is not marked.
  const questura = palette.getByRole("button", { name: "Questura non interessato", exact: true });
  await expect(palette.getByRole("button", { name: "ASL", exact: true })).toBeVisible();
  // Dragged onto an alliance: refused at once, and nothing was carried: a
  // click on the alliance then picks the alliance itself.
  await questura.dragTo(palette.getByRole("button", { name: /Salute/ }));
  await expect(message).toHaveText(why);
  await palette.getByRole("button", { name: /Salute/ }).click();
  await expect(message).toHaveText("Hai preso «Salute».");
  await page.keyboard.press("Escape");
  // By keyboard: Enter on it says why, nothing is carried, no banner.
  await questura.focus();
  await page.keyboard.press("Enter");
  await expect(message).toHaveText(why);
  await expect(questura).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByText(/^Stai spostando/)).toHaveCount(0);
  // Back in the network, the same partner can be carried again.
  await page.getByRole("link", { name: "Rete e partner" }).click();
  await page.getByLabel("Fase di Questura").selectOption({ label: "Contattato" });
  await page.getByRole("link", { name: "Matrice delle alleanze" }).click();
  await palette.getByRole("button", { name: "Questura", exact: true }).click();
  await expect(page.getByText("Stai spostando il partner «Questura»", { exact: false })).toBeVisible();
});

test("on the large example each stage draws its first partners and more on request, the search finds one far down the register, and a partner moved on stays in sight", async ({ app, page }) => {
  await app.goto();
  await page.getByRole("button", { name: "Apri il piano grande (40 territori × 12 temi)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("navigation", { name: "Fasi del percorso" }).getByRole("link", { name: "Rete e partner" }).click();
  const stage = (name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });
  // 600 partners: 164 contacted, 144 joined, 168 active, 124 not interested; 12 drawn in each.
  await expect(stage("Contattato").getByRole("heading", { level: 2 })).toHaveText("Contattato (164)");
  await expect(page.getByRole("article")).toHaveCount(48);

  // More on request; the keyboard goes on from the first card just drawn.
  await stage("Contattato").getByRole("button", { name: "Mostra altri 12 in «Contattato» (ne restano 152)" }).click();
  await expect(stage("Contattato").getByRole("article")).toHaveCount(24);
  const first = (await stage("Contattato").getByRole("article").nth(12).getByRole("heading", { level: 3 }).textContent())!;
  await expect(page.getByLabel(`Fase di ${first}`)).toBeFocused();
  await expect(stage("Contattato").getByRole("button", { name: "Mostra altri 12 in «Contattato» (ne restano 140)" })).toBeVisible();
  expect(await app.axeViolations()).toEqual([]);

  // The search: by any word of the name, the count said in words.
  const search = page.getByLabel("Cerca un partner");
  await search.fill("zzz");
  await expect(page.getByText("Nessun partner corrisponde alla ricerca.")).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(0);
  await search.fill("ENTE 598");
  await expect(page.getByText("1 partner su 600 corrispondono alla ricerca.")).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(1);
  await page.getByRole("button", { name: "Porta Ente 598 a «Aderente»" }).click();
  await expect(stage("Aderente").getByRole("heading", { level: 3 })).toHaveText(["Ente 598"]);

  // Without the search, Ente 598 is the last of 145 at "Aderente", past the 12 drawn, and still in sight.
  await search.fill("");
  await expect(stage("Aderente").getByRole("heading", { level: 2 })).toHaveText("Aderente (145)");
  await expect(stage("Aderente").getByRole("article")).toHaveCount(13);
  const moved = stage("Aderente").getByRole("article").last();
  await expect(moved.getByRole("heading", { level: 3 })).toHaveText("Ente 598");
  await expect(moved).toContainText("in questa fase dal");
  await moved.getByRole("button", { name: "Vantaggi e impegni di Ente 598" }).click();
  await moved.getByLabel("Impegni del partner").fill("Sede per gli sportelli");
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(moved.getByLabel("Impegni del partner")).toHaveValue("");
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(stage("Contattato").getByRole("heading", { name: "Ente 598", exact: true })).toBeVisible();
  await expect(stage("Aderente").getByRole("article")).toHaveCount(12);
});

test("a search typed stays in sight while undo shortens the register below one page", async ({ page }) => {
  const partners = Array.from({ length: 12 }, (_, i) => `Ente ${i + 1}`);
  await openSeeded(page, seedPlan({ partners }), "fondamenta");
  await page.getByRole("button", { name: "Aggiungi membro" }).click();
  await page.getByRole("textbox", { name: "Nome dell'ente" }).last().fill("Ente 13");
  await page.getByRole("link", { name: "Rete e partner" }).click();
  const search = page.getByLabel("Cerca un partner");
  await search.fill("ente 1");
  await expect(page.getByText("5 partner su 13 corrispondono alla ricerca.")).toBeVisible();
  // Undo the name, then the new member: 12 partners, one page, the search still applied and shown.
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(page.getByText("4 partner su 13 corrispondono alla ricerca.")).toBeVisible();
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(page.getByText("4 partner su 12 corrispondono alla ricerca.")).toBeVisible();
  await expect(search).toHaveValue("ente 1");
  await search.fill("");
  await expect(page.getByRole("article")).toHaveCount(12);
  await expect(search).toBeHidden();
});
