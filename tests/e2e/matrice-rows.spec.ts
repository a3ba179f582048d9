import { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { openSeeded, seedPlan } from "./matrice-seed";

test.use({ viewport: { width: 1600, height: 1000 } });

const canvas = (page: Page) => page.getByRole("table", { name: /Matrice delle alleanze: territori/ });
const cellButton = (page: Page, name: string) => canvas(page).getByRole("button", { name: new RegExp(`^${name}:`) });
const territories = Array.from({ length: 40 }, (_, i) => `T${String(i + 1).padStart(2, "0")}`);

test("a canvas of 40 territories draws the rows near the scroll position, and every row is reached by scrolling, the arrow keys and the gap list, which draws the most urgent 20 first", async ({ page }) => {
  await openSeeded(page, seedPlan({ territories, needs: { "Inclusione abitativa": 5 } }));
  // The table tells assistive technology how many rows it has, drawn or not.
  await expect(canvas(page)).toHaveAttribute("aria-rowcount", "41");
  await expect(cellButton(page, "T01 · Servizi socio-sanitari")).toBeVisible();
  await expect(cellButton(page, "T40 · Servizi socio-sanitari")).toHaveCount(0);

  // Scrolling the canvas to its end draws the last rows.
  const scroller = page.locator("#matrix-scroll");
  await expect(async () => {
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(cellButton(page, "T40 · Servizi socio-sanitari")).toBeVisible({ timeout: 500 });
  }).toPass();
  await expect(cellButton(page, "T01 · Servizi socio-sanitari")).toHaveCount(0);

  // The arrow keys go through every row, drawing each before focusing it.
  await expect(async () => {
    await scroller.evaluate((el) => el.scrollTo(0, 0));
    await expect(cellButton(page, "T01 · Servizi socio-sanitari")).toBeVisible({ timeout: 500 });
  }).toPass();
  await cellButton(page, "T01 · Servizi socio-sanitari").focus();
  for (let i = 0; i < 39; i++) await page.keyboard.press("ArrowDown");
  await expect(cellButton(page, "T40 · Servizi socio-sanitari")).toBeFocused();
  for (let i = 0; i < 39; i++) await page.keyboard.press("ArrowUp");
  await expect(cellButton(page, "T01 · Servizi socio-sanitari")).toBeFocused();

  // The list of gaps draws the 20 most urgent; more on request, the keyboard
  // going on from the first line just drawn.
  const gaps = page.getByRole("region", { name: "Lacune" });
  await expect(gaps.getByRole("listitem")).toHaveCount(20);
  await gaps.getByRole("button", { name: "Mostra altre 20 righe di «Lacune» (ne restano 20)" }).click();
  await expect(gaps.getByRole("button", { name: /^T21 · Inclusione abitativa/ })).toBeFocused();
  await expect(gaps.getByRole("listitem")).toHaveCount(40);
  await expect(gaps.getByRole("button", { name: /^Mostra altre/ })).toHaveCount(0);

  // A gap in the list focuses its cell, drawing its row first.
  await expect(cellButton(page, "T35 · Inclusione abitativa")).toHaveCount(0);
  await gaps.getByRole("button", { name: /^T35 · Inclusione abitativa/ }).click();
  await expect(cellButton(page, "T35 · Inclusione abitativa")).toBeFocused();

  // Printing draws every row, and only while printing.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect(canvas(page).getByRole("row")).toHaveCount(41);
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect.poll(() => canvas(page).getByRole("row").count()).toBeLessThan(30);
});
