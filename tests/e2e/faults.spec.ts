import { test, expect } from "./fixtures";

const ID = (n: number) => `0b6f1a70-3c0e-4a4e-9a57-0b2a3c9d2e${String(n).padStart(2, "0")}`;
const stored = (n: number, title: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: "alleanza-di-scopo",
    version: 1,
    revision: 1,
    saved_at: "2026-11-01T10:00:00.000Z",
    plan: {
      id: ID(n),
      title,
      created_at: "2026-11-01T10:00:00.000Z",
      updated_at: `2026-11-0${n}T10:00:00.000Z`,
      ...extra,
    },
  });

test("storage damaged in several ways: every readable plan opens, every unreadable one is kept aside and reported", async ({ app, page }) => {
  // The damage is written from a page of the same origin that does not run
  // the app: an app page still starting would scan it (and set it aside)
  // before the reload, and the reload would find nothing new to report.
  await page.goto("/manifest.webmanifest");
  await page.evaluate(
    ({ entries, index }) => {
      for (const [k, v] of entries) localStorage.setItem(k, v);
      localStorage.setItem("alleanze.index", index);
    },
    {
      entries: [
        [`alleanze.plan.${ID(1)}`, stored(1, "Leggibile nell'indice")],
        [`alleanze.plan.${ID(2)}`, stored(2, "Leggibile fuori dall'indice")],
        [`alleanze.plan.${ID(3)}`, stored(3, "Troncato").slice(0, 60)],
        [`alleanze.plan.${ID(4)}`, stored(4, "Tipi sbagliati", { stakeholders: "nessuno" })],
        [`alleanze.plan.${ID(5)}`, stored(5, "Dal futuro").replace('"version":1', '"version":9')],
      ],
      // The index names a plan that does not exist and misses one that does.
      index: JSON.stringify({
        version: 1,
        plans: [
          { id: ID(1), title: "Leggibile nell'indice", updated_at: "2026-11-01T10:00:00.000Z" },
          { id: ID(9), title: "Fantasma", updated_at: "2026-11-01T10:00:00.000Z" },
        ],
      }),
    },
  );
  await app.goto();
  await expect(page.getByText("Alcuni dati salvati non erano leggibili")).toBeVisible();
  await expect(app.planCard("Leggibile nell'indice")).toBeVisible();
  await expect(app.planCard("Leggibile fuori dall'indice")).toBeVisible();
  await expect(app.planCard("Fantasma")).toHaveCount(0);
  const recovery = page.getByRole("region", { name: "Piani non leggibili" });
  await expect(recovery.getByRole("listitem")).toHaveCount(3);
  await expect(recovery).toContainText("not valid JSON");
  await expect(recovery).toContainText("plan.stakeholders");
  await expect(recovery).toContainText("version: 9 is newer");
  // Set aside, not lost: the raw text is still stored.
  const keptRaw = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("alleanze.recovery.")).map((k) => localStorage.getItem(k)).join(),
  );
  expect(keptRaw).toContain("Dal futuro");
  expect(keptRaw).toContain("Tipi sbagliati");
  await app.planCard("Leggibile fuori dall'indice").getByRole("button", { name: "Apri" }).click();
  await expect(app.field("Titolo del piano")).toHaveValue("Leggibile fuori dall'indice");
});

test("three tabs on one plan: no save is silently overwritten", async ({ app, page, context }) => {
  await app.goto();
  await app.createPlan("Tre schede");
  await app.waitSaved();
  const tabs = [page, await context.newPage(), await context.newPage()];
  for (const t of tabs.slice(1)) await t.goto(page.url());
  for (const t of tabs) await expect(t.getByLabel("Titolo del piano", { exact: true })).toHaveValue("Tre schede");

  // All three type at once. One version ends up stored; every tab whose version
  // is not the stored one must say so and offer the choice (tabs that wrote at
  // the same moment may all be asked).
  await Promise.all(
    tabs.map((t, i) => t.getByLabel("Descrizione", { exact: true }).fill(`Versione ${i + 1}`)),
  );
  // Under load the three edits may also land one after the other, and a tab
  // that had nothing unsaved then simply follows the newer version. What must
  // hold once every tab has settled: one version is stored, and each tab
  // either shows exactly what is stored or says another tab changed the plan
  // while still showing its own text (nothing typed is lost in silence).
  const stored = () =>
    page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith("alleanze.plan.")).map((k) => localStorage.getItem(k)!).join(),
    );
  const settled = async () => {
    const text = await stored();
    const states: string[] = [];
    for (const [i, t] of tabs.entries()) {
      const shown = await t.getByLabel("Descrizione", { exact: true }).inputValue();
      const conflict = await t.getByRole("alert").filter({ hasText: "Piano modificato in un'altra scheda" }).count();
      if (conflict > 0) states.push(shown === `Versione ${i + 1}` ? "asks, own text kept" : "asks, own text lost");
      else states.push(text.includes(`"${shown}"`) ? "in step" : "silently differs");
    }
    return states.map((s) => (s === "in step" || s === "asks, own text kept" ? "ok" : s));
  };
  await expect.poll(settled, { timeout: 15_000 }).toEqual(["ok", "ok", "ok"]);
  const text = await stored();
  expect([1, 2, 3].filter((i) => text.includes(`Versione ${i}`))).toHaveLength(1);
});

test("the plans screen shows the last export and reminds of changes not exported", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Da esportare");
  await expect(page.getByText("Modifiche non esportate")).toBeVisible();
  await app.allPlans();
  await expect(app.planCard("Da esportare")).toContainText("Mai esportato in un file");

  await app.planCard("Da esportare").getByRole("button", { name: "Apri" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Esporta piano" }).click();
  await download;
  await expect(page.getByText("Modifiche non esportate")).toHaveCount(0);
  await app.allPlans();
  await expect(app.planCard("Da esportare")).toContainText(/Ultima esportazione: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}Apri/);

  await app.planCard("Da esportare").getByRole("button", { name: "Apri" }).click();
  await app.field("Comune promotore").fill("Cambiato");
  await expect(page.getByText("Modifiche non esportate")).toBeVisible();
  await app.waitSaved();
  await app.allPlans();
  await expect(app.planCard("Da esportare")).toContainText("ci sono modifiche non ancora esportate");
});
