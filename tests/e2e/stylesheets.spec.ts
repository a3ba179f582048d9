import { test, expect, holdRoute } from "./fixtures";

// The first load carries only the stylesheet of the shell and the plans screen;
// the open plan's screens have theirs in a second file (scripts/css-bundle.mjs),
// fetched with the plan module. These tests hold that file back.
const PLAN_CSS = /\/plan-[0-9a-f]{16}\.css$/;

// Without the service worker every file comes from the network, where the test
// can hold it back.
test.use({ serviceWorkers: "block" });

test("the plans screen is drawn, styled and usable while the open plan's stylesheet is still on its way", async ({ app, page }) => {
  const styles = await holdRoute(page, PLAN_CSS);
  await app.goto();
  await expect.poll(styles.asked).toBe(true);
  // The first load's own styles apply: the primary button is the PA blue.
  const create = page.getByRole("button", { name: "Crea piano" });
  await expect(create).toHaveCSS("background-color", "rgb(0, 102, 204)");
  await page.getByLabel("Titolo del nuovo piano").fill("Piano in attesa dello stile");
  await create.click();
  // No step screen is drawn without its styles: the status line waits with it.
  await expect(page.getByRole("status").filter({ hasText: "Caricamento" }).first()).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toHaveCount(0);

  styles.release();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible();
  // Styled from its first frame: the guide's panel has its blue left edge.
  const guide = page.getByRole("region", { name: /^Guida alla fase 1/ });
  await expect(guide).toHaveCSS("border-left-width", "4px");
  await expect(app.field("Titolo del piano")).toHaveValue("Piano in attesa dello stile");
});

test("a step screen opened again is drawn at once, without waiting for its stylesheet again", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Piano già stilizzato");
  // From here on the stylesheet would never arrive again; the screens have it.
  await page.route(PLAN_CSS, () => {});
  const steps = page.getByRole("navigation", { name: "Fasi del percorso" });
  await steps.getByRole("link", { name: "Matrice delle alleanze" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Matrice delle alleanze" })).toBeVisible();
  await steps.getByRole("link", { name: "Fondamenta" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Guida alla fase 1/ })).toHaveCSS("border-left-width", "4px");
});
