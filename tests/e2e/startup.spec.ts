import { test, expect, holdRoute } from "./fixtures";

// The plan engine (decoding, encoding and editing plans, src/engine.rs) is a
// module of its own, fetched after the first screen is drawn. These tests hold
// its module back to prove the app works before it arrives and waits for it
// where it must.
const ENGINE = /\/split_alleanze_plan\.wasm$/;

// Without the service worker, every module comes from the network, where the
// test can hold it back (offline.spec.ts covers the cached case).
test.use({ serviceWorkers: "block" });

test("the plans screen lists the stored plans and takes a new plan before the engine module arrives", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Piano già salvato");
  await app.waitSaved();

  const engine = await holdRoute(page, ENGINE);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "I tuoi piani" })).toBeVisible();
  // Listed from the index, with the engine still held back.
  await expect(app.planCard("Piano già salvato")).toBeVisible();
  await expect.poll(engine.asked).toBe(true);

  // A plan asked for meanwhile is made as soon as the engine is there.
  await page.getByLabel("Titolo del nuovo piano").fill("Piano creato in attesa");
  await page.getByRole("button", { name: "Crea piano" }).click();
  await page.waitForTimeout(300);
  await expect(page.getByRole("heading", { level: 1, name: "I tuoi piani" })).toBeVisible();
  engine.release();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible();
  await expect(app.field("Titolo del piano")).toHaveValue("Piano creato in attesa");
  await app.waitSaved();
  await app.allPlans();
  await expect(app.planCard("Piano già salvato")).toBeVisible();
  await expect(app.planCard("Piano creato in attesa")).toBeVisible();
});

test("before the engine arrives the index lists only plans that are stored, each once", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Piano già salvato");
  await app.waitSaved();
  // An index that names a plan no longer stored, and one plan twice.
  await page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem("alleanze.index")!);
    const kept = index.plans[0];
    const gone = { ...kept, id: "00000000-0000-4000-8000-000000000001", title: "Piano senza dati" };
    index.plans = [kept, gone, kept];
    localStorage.setItem("alleanze.index", JSON.stringify(index));
  });

  const engine = await holdRoute(page, ENGINE);
  await page.goto("/");
  await expect(app.planCard("Piano già salvato")).toHaveCount(1);
  await expect(app.planCard("Piano senza dati")).toHaveCount(0);
  await expect.poll(engine.asked).toBe(true);
  engine.release();
  // The engine's scan repairs the index; the list stays the same.
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem("alleanze.index")!).plans.length))
    .toBe(1);
  await expect(app.planCard("Piano già salvato")).toHaveCount(1);
  await expect(app.planCard("Piano senza dati")).toHaveCount(0);
});

test("a plan's address opens the plan without showing the plans list first", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Aperto dal link");
  await app.field("Comune promotore").fill("Comune del link");
  await app.waitSaved();
  const address = page.url();
  expect(address).toContain("#/piano/");

  // Records every main heading ever drawn on the next page load.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __headings: string[] }).__headings = seen;
    new MutationObserver(() => {
      for (const h of document.querySelectorAll("h1")) {
        if (!seen.includes(h.textContent ?? "")) seen.push(h.textContent ?? "");
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const engine = await holdRoute(page, ENGINE);
  await page.goto("about:blank");
  await page.goto(address);
  await expect(page.getByRole("status").filter({ hasText: "Caricamento" }).first()).toBeVisible();
  engine.release();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible();
  await expect(app.field("Comune promotore")).toHaveValue("Comune del link");
  const headings = await page.evaluate(() => (window as unknown as { __headings: string[] }).__headings);
  expect(headings).not.toContain("I tuoi piani");
});

test("the examples and the import come with the engine module, and a file dropped before it opens once it is there", async ({ app, page }) => {
  const text = await (await page.request.get("/examples/comune-di-esempio.alleanza.json")).text();
  const engine = await holdRoute(page, ENGINE);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "I tuoi piani" })).toBeVisible();
  await expect.poll(engine.asked).toBe(true);
  // Nothing they offer could be done before the engine is there.
  const example = page.getByRole("button", { name: "Apri l'esempio «Comune di Esempio»" });
  await expect(example).toHaveCount(0);
  await expect(page.getByLabel("Scegli un file…")).toHaveCount(0);

  // The window takes a dropped file at once (the browser would otherwise open
  // the file in place of the app) and opens it when the engine arrives.
  const data = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], "esempio.alleanza.json", { type: "application/json" }));
    return dt;
  }, text);
  await page.dispatchEvent("body", "dragover", { dataTransfer: data });
  await expect(page.getByText("Rilascia il file per aprire il piano")).toBeVisible();
  const prevented = await page.evaluate((dt) => {
    const drop = new DragEvent("drop", { dataTransfer: dt, cancelable: true, bubbles: true });
    return !document.body.dispatchEvent(drop);
  }, data);
  expect(prevented).toBe(true);
  await page.waitForTimeout(300);
  await expect(page.getByRole("heading", { level: 1, name: "I tuoi piani" })).toBeVisible();

  engine.release();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible();
  await expect(app.field("Comune promotore")).toHaveValue("Comune di Esempio");
  await app.allPlans();
  await expect(example).toBeVisible();
  await expect(page.getByLabel("Scegli un file…")).toBeVisible();
});
