import { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { openSeeded, seedPlan } from "./matrice-seed";

// An office monitor: the palette and the matrix are both in view while dragging.
test.use({ viewport: { width: 1600, height: 1000 } });

const palette = (page: Page) => page.getByRole("complementary", { name: "Alleanze" });
const canvas = (page: Page) => page.getByRole("table", { name: /Matrice delle alleanze: territori/ });
const cellButton = (page: Page, name: string) => canvas(page).getByRole("button", { name: new RegExp(`^${name}:`) });
const gaps = (page: Page) => page.getByRole("region", { name: "Lacune" });
const dups = (page: Page) => page.getByRole("region", { name: "Possibili doppioni" });

test("a gap disappears when an alliance covers it, and comes back on undo", async ({ page }) => {
  await openSeeded(
    page,
    seedPlan({
      territories: ["Nord", "Sud"],
      needs: { "Inclusione abitativa": 5, "Istruzione e formazione": 2 },
      alliances: [{ name: "Casa" }],
    }),
  );
  await expect(gaps(page).getByRole("listitem")).toHaveText([
    "Nord · Inclusione abitativa: bisogno di priorità 5 senza alleanza",
    "Sud · Inclusione abitativa: bisogno di priorità 5 senza alleanza",
  ]);
  await expect(cellButton(page, "Nord · Inclusione abitativa")).toContainText("Lacuna");
  // A gap in the list opens its cell.
  await gaps(page).getByRole("button", { name: /^Sud/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Sud · Inclusione abitativa" })).toBeVisible();
  await expect(cellButton(page, "Sud · Inclusione abitativa")).toBeFocused();

  await palette(page).getByRole("button", { name: /Casa/ }).dragTo(cellButton(page, "Sud · Inclusione abitativa"));
  await expect(gaps(page).getByRole("listitem")).toHaveText(["Nord · Inclusione abitativa: bisogno di priorità 5 senza alleanza"]);
  await expect(cellButton(page, "Sud · Inclusione abitativa")).toContainText("1 all.");
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(gaps(page).getByRole("listitem")).toHaveCount(2);

  // The three views colour the same cells differently, always with words too.
  await page.getByRole("button", { name: "Bisogni" }).click();
  await expect(cellButton(page, "Nord · Istruzione e formazione")).toContainText("P2");
  await page.getByRole("button", { name: "Lacune", exact: true }).click();
  await expect(cellButton(page, "Nord · Istruzione e formazione")).not.toContainText("scoperta");
  await expect(cellButton(page, "Nord · Inclusione abitativa")).toContainText("Lacuna");
});

test("flags two alliances with a shared partner on a cell and an overlapping registered intervention", async ({ page }) => {
  await openSeeded(
    page,
    seedPlan({
      partners: ["ASL Città", "Coop Sole", "Caritas"],
      interventions: [{ title: "Sportello lavoro Caritas", promoter: "Caritas", territory: "Sud", theme: "Inclusione lavorativa" }],
      alliances: [
        { name: "Salute A", partners: ["ASL Città"], cells: [["Nord", "Servizi socio-sanitari"]] },
        { name: "Salute B", partners: ["ASL Città", "Coop Sole"] },
        { name: "Lavoro", partners: ["Caritas"] },
      ],
    }),
  );
  await expect(dups(page).getByRole("listitem")).toHaveCount(0);
  await palette(page).getByRole("button", { name: /Salute B/ }).dragTo(cellButton(page, "Nord · Servizi socio-sanitari"));
  await expect(dups(page).getByRole("listitem")).toHaveText([
    "«Salute A» e l'alleanza «Salute B» in Nord · Servizi socio-sanitari: partner in comune (ASL Città)",
  ]);
  const flagged = canvas(page).locator("td", { has: page.getByRole("button", { name: /^Nord · Servizi socio-sanitari:/ }) }).getByRole("button", { name: /possibile doppione/ });
  await expect(flagged).toHaveCount(2);

  await palette(page).getByRole("button", { name: /Lavoro/ }).dragTo(cellButton(page, "Sud · Inclusione lavorativa"));
  await expect(dups(page).getByRole("listitem")).toHaveCount(2);
  await expect(dups(page).getByRole("listitem").nth(1)).toHaveText(
    "«Lavoro» e l'intervento «Sportello lavoro Caritas» in Sud · Inclusione lavorativa: partner in comune (Caritas)",
  );
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(dups(page).getByRole("listitem")).toHaveCount(0);
  await expect(page.getByRole("definition").filter({ hasText: "Possibile doppione" })).toContainText("partner in comune");
});

test("a duplication's line follows a renamed alliance and the language switch", async ({ page }) => {
  await openSeeded(
    page,
    seedPlan({
      partners: ["ASL Città"],
      alliances: [
        { name: "Salute A", partners: ["ASL Città"], cells: [["Nord", "Servizi socio-sanitari"]] },
        { name: "Salute B", partners: ["ASL Città"], cells: [["Nord", "Servizi socio-sanitari"]] },
      ],
    }),
  );
  await expect(dups(page).getByRole("listitem")).toHaveText([
    "«Salute A» e l'alleanza «Salute B» in Nord · Servizi socio-sanitari: partner in comune (ASL Città)",
  ]);
  await palette(page).getByRole("button", { name: /Salute B/ }).click();
  await page.getByRole("textbox", { name: "Nome dell'alleanza" }).fill("Salute Bis");
  await expect(dups(page).getByRole("listitem")).toHaveText([
    "«Salute A» e l'alleanza «Salute Bis» in Nord · Servizi socio-sanitari: partner in comune (ASL Città)",
  ]);
  // The line below the canvas and the one in the side panel (the selected
  // alliance's duplications).
  await page.getByRole("button", { name: "Switch to English" }).click();
  const english = "“Salute A” and the alliance “Salute Bis” in Nord · Servizi socio-sanitari: shared partner (ASL Città)";
  await expect(page.getByRole("listitem").filter({ hasText: "“Salute A” and the alliance" })).toHaveText([english, english]);
});

test("the table view says the same in words and opens a cell in the side panel", async ({ page }) => {
  await openSeeded(
    page,
    seedPlan({
      needs: { "Inclusione abitativa": 4 },
      alliances: [{ name: "Casa", cells: [["Nord", "Inclusione abitativa"], ["Sud", "Inclusione abitativa"]] }],
    }),
  );
  await page.getByRole("button", { name: "Vista tabella" }).click();
  const table = page.getByRole("table", { name: "Matrice delle alleanze in forma di tabella" });
  await expect(table.getByRole("cell").filter({ hasText: "#1 Casa" }).first()).toContainText("(anche in altre 1 celle)");
  await expect(table.getByRole("cell").filter({ hasText: "Lacuna" })).toHaveCount(1);
  await table.getByRole("button", { name: "Apri Centro · Inclusione abitativa" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Centro · Inclusione abitativa" })).toBeVisible();
  await page.getByLabel("Colloca un'alleanza in questa cella").selectOption({ label: "#1 Casa" });
  await expect(table.getByRole("cell").filter({ hasText: "Lacuna" })).toHaveCount(0);
});

test("the matrix and the network screens have no serious accessibility violations", async ({ app, page }) => {
  await openSeeded(
    page,
    seedPlan({
      partners: ["ASL Città", "Coop Sole"],
      needs: { "Inclusione abitativa": 5, "Servizi socio-sanitari": 3 },
      alliances: [
        { name: "Casa", partners: ["ASL Città"], cells: [["Nord", "Inclusione abitativa"], ["Sud", "Inclusione abitativa"]] },
        { name: "Salute", partners: ["ASL Città"], cells: [["Nord", "Inclusione abitativa"]] },
      ],
    }),
  );
  await page.getByRole("button", { name: "Righe, colonne e coordinatori" }).click();
  await palette(page).getByRole("button", { name: /Casa/ }).click();
  expect(await app.axeViolations()).toEqual([]);
  for (const mode of ["Bisogni", "Lacune"]) {
    await page.getByRole("button", { name: mode, exact: true }).click();
    expect(await app.axeViolations()).toEqual([]);
  }
  await page.getByRole("button", { name: "Vista tabella" }).click();
  expect(await app.axeViolations()).toEqual([]);
  await page.getByRole("link", { name: "Rete e partner" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rete e partner" })).toBeVisible();
  expect(await app.axeViolations()).toEqual([]);
});

test("zoom to fit shrinks a wide matrix into the window, and compact mode keeps names for screen readers", async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 900 });
  await openSeeded(page, seedPlan({ alliances: [{ name: "Casa", cells: [["Nord", "Inclusione abitativa"]] }] }));
  await expect(page.getByText("100 %")).toBeVisible();
  await page.getByRole("button", { name: "Adatta alla finestra" }).click();
  await expect(page.getByText("100 %")).toHaveCount(0);
  const fits = await page.evaluate(() => {
    const s = document.getElementById("matrix-scroll")!;
    return s.scrollWidth <= s.clientWidth + 1;
  });
  expect(fits).toBe(true);
  await page.getByRole("button", { name: "Ingrandisci" }).click();
  await page.getByRole("button", { name: "Compatta" }).click();
  await expect(page.getByRole("button", { name: "Compatta" })).toHaveAttribute("aria-pressed", "true");
  await expect(canvas(page).getByRole("button", { name: /#1\s*Casa/ })).toBeVisible();
});

test("the focus ring of every control in the sections below the canvas is drawn whole, though each section clips its painting", async ({ page }) => {
  await openSeeded(
    page,
    seedPlan({ territories: ["Nord", "Sud"], needs: { "Inclusione abitativa": 5 }, alliances: [{ name: "Casa" }] }),
  );
  await page.getByRole("button", { name: "Righe, colonne e coordinatori" }).press("Enter");
  await expect(gaps(page).getByRole("listitem")).not.toHaveCount(0);
  // For each control: the ring (its box grown by the focused outline's offset
  // and width) against the padding box of the nearest ancestor that clips.
  const outside = await page.evaluate(() => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(".screen.matrice > section :is(button, select, input, a[href], summary):not(:disabled)")) {
      el.focus();
      const s = getComputedStyle(el);
      if (!el.matches(":focus-visible") || s.outlineStyle === "none") { bad.push(`${el.textContent}: no ring`); continue; }
      const grow = parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth);
      let clip = el.parentElement;
      while (clip && !/paint|strict|content/.test(getComputedStyle(clip).contain) && getComputedStyle(clip).overflow === "visible") clip = clip.parentElement;
      if (!clip) continue;
      const r = el.getBoundingClientRect();
      const c = clip.getBoundingClientRect();
      const cs = getComputedStyle(clip);
      const [top, right, bottom, left] = [c.top + parseFloat(cs.borderTopWidth), c.right - parseFloat(cs.borderRightWidth), c.bottom - parseFloat(cs.borderBottomWidth), c.left + parseFloat(cs.borderLeftWidth)];
      if (r.top - grow < top || r.bottom + grow > bottom || r.left - grow < left || r.right + grow > right) bad.push(`${el.tagName} "${el.textContent?.trim().slice(0, 40)}"`);
    }
    return bad;
  });
  expect(outside).toEqual([]);
});
