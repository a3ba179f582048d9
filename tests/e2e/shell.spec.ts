import { test, expect } from "./fixtures";

test("the language switch shows English and is remembered", async ({ app, page }) => {
  await app.goto();
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your plans" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Your plans" })).toBeVisible();
  await page.getByRole("button", { name: "Passa all'italiano" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "I tuoi piani" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
});

test.describe("in a browser set to English", () => {
  test.use({ locale: "en-US" });

  test("the app opens in Italian until the user switches, then remembers English", async ({ app, page }) => {
    await app.goto();
    await expect(page.locator("html")).toHaveAttribute("lang", "it");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Your plans" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test("the navigation follows the course's six steps in order", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Piano");
  const links = page.getByRole("navigation", { name: "Fasi del percorso" }).getByRole("link");
  await expect(links).toHaveText([
    /1\s*Fondamenta/,
    /2\s*Analisi di contesto/,
    /3\s*Rete e partner/,
    /4\s*Matrice delle alleanze/,
    /5\s*Coprogettazione e gestione/,
    /6\s*Formalizzazione/,
  ]);
  await expect(links.first()).toHaveAttribute("aria-current", "step");
});

test("a screen opened inside the app puts the focus on its heading; start-up leaves it alone", async ({ app, page }) => {
  await app.goto();
  await expect(page.getByRole("heading", { level: 1, name: "I tuoi piani" })).not.toBeFocused();
  await app.createPlan("Piano");
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeFocused();
  await page.getByRole("navigation", { name: "Fasi del percorso" }).getByRole("link", { name: /Rete e partner/ }).click();
  const rete = page.getByRole("heading", { level: 1, name: "Rete e partner" });
  await expect(rete).toBeFocused();
  // Tab goes on into the screen, not back to the top of the page.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);
  await app.allPlans();
  await expect(page.getByRole("heading", { level: 1, name: "I tuoi piani" })).toBeFocused();
  // The plan's "Apri" is gone once the plan is open: the focus is not lost with it.
  await app.planCard("Piano").getByRole("button", { name: "Apri" }).click();
  const heading = page.getByRole("main").getByRole("heading", { level: 1 });
  await expect(heading).toBeFocused();
  await page.reload();
  await expect(heading).toBeVisible();
  await expect(heading).not.toBeFocused();
});

test("the page carries a strict Content-Security-Policy", async ({ page }) => {
  await page.goto("/");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain("'unsafe-inline'");
  expect(csp).not.toContain("'unsafe-eval'");
  // No inline code anywhere (leptos_i18n mounts an empty placeholder <script>).
  const inlineCode = await page.evaluate(() =>
    [...document.querySelectorAll("script:not([src])")].map((s) => s.textContent!.trim()).filter(Boolean),
  );
  expect(inlineCode).toEqual([]);
});

test("hostile text typed into fields stays inert text", async ({ app, page, guards }) => {
  const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
  await app.goto();
  await app.createPlan(hostile);
  await app.field("Comune promotore").fill(hostile);
  await app.allPlans();
  await expect(app.planCard(hostile)).toContainText(hostile);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await page.locator("main img").count()).toBe(0);
  expect(guards.cspViolations).toEqual([]);
});

for (const [name, open] of [
  ["plans screen", async (app: any) => { await app.goto(); await app.createPlan("Accessibile"); await app.allPlans(); }],
  ["Fondamenta with members", async (app: any) => {
    await app.goto();
    await app.createPlan("Accessibile");
    await app.page.getByRole("button", { name: "Aggiungi membro" }).click();
  }],
  ["the Rete e partner screen", async (app: any) => { await app.goto(); await app.createPlan("Accessibile"); await app.page.goto(app.page.url().replace("fondamenta", "rete")); await app.page.getByRole("heading", { name: "Rete e partner" }).waitFor(); }],
  ["a delete confirmation", async (app: any) => {
    await app.goto();
    await app.createPlan("Accessibile");
    await app.allPlans();
    await app.planCard("Accessibile").getByRole("button", { name: "Elimina" }).click();
  }],
] as const) {
  test(`axe finds no serious or critical violation on ${name}`, async ({ app }) => {
    await open(app);
    expect(await app.axeViolations()).toEqual([]);
  });
}
