import { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

// What a screen reader gets is Chromium's accessibility tree, not the DOM:
// content the browser skips rendering (`content-visibility: auto` out of view)
// is left out of it. Playwright's role queries read the DOM, so these checks
// ask Chromium itself (DevTools protocol).
async function exposed(page: Page, role: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Accessibility.enable");
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && n.role?.value === role)
    .map((n) => String(n.name?.value ?? ""));
}

test.use({ viewport: { width: 1600, height: 1000 } });

test("on the large example, every partner card drawn and every list below the matrix reach the accessibility tree", async ({ app, page }) => {
  await app.goto();
  await page.getByRole("button", { name: "Apri il piano grande (40 territori × 12 temi)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible({ timeout: 30_000 });
  const nav = page.getByRole("navigation", { name: "Fasi del percorso" });

  await nav.getByRole("link", { name: "Rete e partner" }).click();
  // Each of the four stages draws its first 12 partners (the search and
  // "Mostra altri" reach the others).
  await expect(page.locator("article")).toHaveCount(48);
  await expect.poll(async () => (await exposed(page, "article")).length).toBe(48);

  await nav.getByRole("link", { name: "Matrice delle alleanze" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Legenda" })).toBeAttached();
  await expect
    .poll(async () => await exposed(page, "heading"))
    .toEqual(expect.arrayContaining(["Lacune", "Possibili doppioni", "Monitoraggio delle alleanze", "Legenda"]));
});
