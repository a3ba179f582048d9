import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures";

test("after one visit the app works offline: reload, create and edit a plan, export it", async ({ app, page, context }) => {
  await app.goto();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "I tuoi piani" })).toBeVisible();
  await app.createPlan("Piano scritto offline");
  await app.field("Comune promotore").fill("Comune senza rete");
  await app.waitSaved();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Esporta piano" }).click();
  const pkg = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(pkg.plan.foundations.promoter_comune).toBe("Comune senza rete");
  await page.reload();
  await expect(app.field("Comune promotore")).toHaveValue("Comune senza rete");
  await context.setOffline(false);
});

test("offline, every screen is drawn: the split modules come from the service worker's cache", async ({ app, page, context }) => {
  await app.goto();
  await app.createPlan("Piano offline");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
    }
  });
  await context.setOffline(true);
  // A reload starts a fresh page: no module of the previous one is in memory.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Fasi del percorso" });
  for (const step of ["Analisi di contesto", "Rete e partner", "Matrice delle alleanze", "Coprogettazione e gestione", "Formalizzazione"]) {
    await nav.getByRole("link", { name: new RegExp(step) }).click();
    await expect(page.getByRole("heading", { level: 1, name: step })).toBeVisible();
  }
  await page.getByRole("button", { name: "Stampa o PDF" }).click();
  await expect(page.getByRole("button", { name: "Stampa o salva come PDF" })).toBeVisible();
  await context.setOffline(false);
});

test("the web app manifest makes the app installable", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await request.get(href!)).json();
  expect(manifest.name).toContain("Alleanze");
  expect(manifest.display).toBe("standalone");
  expect(manifest.start_url).toBe("/");
  expect(manifest.icons.map((i: any) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  const sw = await (await request.get("/sw.js")).text();
  expect(sw).not.toContain("__ALLEANZE_");
  expect(sw).toMatch(/pkg-[0-9a-f]+\/alleanze_bg\.wasm/);
  // The screens' split modules are precached too (see the next test).
  expect(sw).toMatch(/pkg-[0-9a-f]+\/split_alleanze_plan\.wasm/);
});

test("a new version is announced and applied only when the user chooses, after saving", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Piano");
  await app.field("Comune promotore").fill("Appena scritto");
  await page.evaluate(() => {
    (window as any).__applied = false;
    window.addEventListener("alleanze-apply-update", () => ((window as any).__applied = true));
    window.dispatchEvent(new CustomEvent("alleanze-update-ready"));
  });
  const notice = page.getByRole("status").filter({ hasText: "Nuova versione disponibile" });
  await expect(notice).toBeVisible();
  expect(await page.evaluate(() => (window as any).__applied)).toBe(false);
  await notice.getByRole("button", { name: "Ricarica con la nuova versione" }).click();
  expect(await page.evaluate(() => (window as any).__applied)).toBe(true);
  const stored = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("alleanze.plan.")).map((k) => localStorage.getItem(k)).join(),
  );
  expect(stored).toContain("Appena scritto");
});
