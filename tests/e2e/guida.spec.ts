import { readFileSync } from "node:fs";
import { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

function checklist(page: Page, step: string) {
  return page.getByRole("list", { name: `Verifiche della fase ${step}` });
}

function navLink(page: Page, step: string) {
  return page.getByRole("navigation", { name: "Fasi del percorso" }).getByRole("link", { name: step });
}

async function startBlankExercise(page: Page) {
  await page.getByRole("button", { name: "Inizia l'esercizio vuoto" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Guida alla fase 1" })).toBeVisible();
}

test("the blank exercise: doing the Fondamenta tasks ticks them, in the guide, the navigation and the exercise", async ({ app, page }) => {
  await app.goto();
  await startBlankExercise(page);
  const list = checklist(page, "Fondamenta");
  await expect(list.getByRole("listitem")).toHaveCount(5);
  await expect(list.getByRole("listitem").filter({ hasText: "Da fare" })).toHaveCount(5);
  await expect(page.getByText("Scrivi il nome del Comune promotore nelle Fondamenta.")).toBeVisible();
  await expect(navLink(page, "Fondamenta")).toContainText("Fondamenta: 0 verifiche su 5 completate");

  await app.field("Comune promotore").fill("Comune di Prova");
  await expect(list.getByRole("listitem").filter({ hasText: "Il Comune promotore è indicato" })).toContainText("Fatto");
  await expect(page.getByText("Descrivi l'obiettivo condiviso in una o due frasi.")).toBeVisible();
  await app.field("Obiettivo condiviso").fill("Presa in carico integrata");
  await app.field("Popolazione destinataria").fill("Cittadini di Paesi terzi residenti");
  await page.getByLabel("Il Comune intende formalizzare l'alleanza", { exact: false }).check();
  for (const name of ["ASL di Prova", "Istituto comprensivo di Prova"]) {
    await page.getByRole("button", { name: "Aggiungi membro" }).click();
    await page.getByRole("textbox", { name: "Nome dell'ente" }).last().fill(name);
  }
  await expect(list.getByRole("listitem").filter({ hasText: "Fatto" })).toHaveCount(5);
  await expect(page.getByText("Questa fase è completa. Puoi passare alla successiva.")).toBeVisible();
  await expect(navLink(page, "Fondamenta")).toContainText("Fondamenta: 5 verifiche su 5 completate");
  await expect(page.getByText(/Avanzamento complessivo: 5 di \d+ verifiche/)).toBeVisible();

  // The exercise view ticks the same tasks from the plan, step by step.
  const toggle = page.getByRole("button", { name: "Esercizio: attività e consegna" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const exercise = page.getByRole("region", { name: "Esercizio del corso" });
  await expect(exercise.getByRole("list", { name: "1. Fondamenta" }).getByRole("listitem").filter({ hasText: "Fatto" })).toHaveCount(5);
  await expect(exercise.getByRole("list", { name: "2. Analisi di contesto" }).getByRole("listitem").filter({ hasText: "Fatto" })).toHaveCount(0);
  await app.waitSaved();
  expect(await app.axeViolations()).toEqual([]);
});

test("handing in downloads the package with the trainee's name in the file name and the envelope", async ({ app, page }) => {
  await app.goto();
  await startBlankExercise(page);
  await app.field("Comune promotore").fill("Comune di Prova");
  await page.getByRole("button", { name: "Esercizio: attività e consegna" }).click();
  await page.getByRole("button", { name: "Consegna l'esercizio" }).click();
  await expect(page.getByText("Scrivi il tuo nome prima di consegnare.")).toBeVisible();
  await page.getByLabel("Nome e cognome del corsista").fill("Anna Bianchi");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Consegna l'esercizio" }).click();
  const d = await download;
  expect(d.suggestedFilename()).toMatch(/^anna-bianchi-esercizio-vuoto-\d{4}-\d{2}-\d{2}\.alleanza\.json$/);
  const pkg = JSON.parse(readFileSync(await d.path(), "utf8"));
  expect(pkg.format).toBe("alleanza-di-scopo");
  expect(pkg.handed_in_by).toBe("Anna Bianchi");
  expect(pkg.exported_at.slice(0, 10)).toBe(d.suggestedFilename().match(/(\d{4}-\d{2}-\d{2})/)![1]);
  expect(pkg.plan.foundations.promoter_comune).toBe("Comune di Prova");
  await expect(page.getByRole("status").filter({ hasText: "invialo al formatore" })).toContainText(d.suggestedFilename());
});

test("the guide can be hidden per plan and stays hidden after a reload", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Piano esperto");
  await page.getByRole("button", { name: "Nascondi la guida" }).click();
  await expect(page.getByRole("heading", { name: "Guida alla fase 1" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mostra la guida" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Mostra la guida" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Guida alla fase 1" })).toHaveCount(0);
  // Another plan keeps its own choice: the guide is shown.
  await app.allPlans();
  await app.createPlan("Piano di un corsista");
  await expect(page.getByRole("heading", { name: "Guida alla fase 1" })).toBeVisible();
  // And the first plan shows it again on request.
  await app.allPlans();
  await app.planCard("Piano esperto").getByRole("button", { name: "Apri" }).click();
  await page.getByRole("button", { name: "Mostra la guida" }).click();
  await expect(page.getByRole("heading", { name: "Guida alla fase 1" })).toBeVisible();
});

test("inline help is a disclosure button: keyboard, aria-expanded, Escape closes it", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Piano con aiuto");
  await navLink(page, "Analisi di contesto").click();
  await expect(page.getByRole("heading", { level: 1, name: "Analisi di contesto" })).toBeVisible();
  const info = page.getByRole("button", { name: "Informazioni: Fonti e testimoni privilegiati" });
  await expect(info).toHaveAttribute("aria-expanded", "false");
  const text = page.getByText(/consultazione diretta di testimoni privilegiati/);
  await expect(text).toBeHidden();
  await info.focus();
  await page.keyboard.press("Enter");
  await expect(info).toHaveAttribute("aria-expanded", "true");
  await expect(text).toBeVisible();
  const controlled = await info.getAttribute("aria-controls");
  await expect(page.locator(`#${controlled}`)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(info).toHaveAttribute("aria-expanded", "false");
  await expect(text).toBeHidden();
  // Help sits on the key sections of every built step.
  await info.click();
  expect(await app.axeViolations()).toEqual([]);
  await navLink(page, "Rete e partner").click();
  await expect(page.getByRole("button", { name: "Informazioni: Tappe della rete" })).toBeVisible();
  await navLink(page, "Matrice delle alleanze").click();
  await expect(page.getByRole("button", { name: "Informazioni: Matrice delle alleanze" })).toBeVisible();
  await navLink(page, "Fondamenta").click();
  await page.getByRole("button", { name: "Informazioni: Membri della rete" }).click();
  await expect(page.getByText(/diventa il registro dei partner, usato in tutte/)).toBeVisible();
});

test("on every step screen the screen's heading comes first and the headings never skip a level", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Ordine dei titoli");
  const steps: [string, string][] = [
    ["Fondamenta", "1"],
    ["Analisi di contesto", "2"],
    ["Rete e partner", "3"],
    ["Matrice delle alleanze", "4"],
    ["Coprogettazione e gestione", "5"],
    ["Formalizzazione", "6"],
  ];
  for (const [step, n] of steps) {
    await navLink(page, step).click();
    await expect(page.getByRole("heading", { level: 1, name: step })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: `Guida alla fase ${n}` })).toBeVisible();
    const levels = await page.evaluate(() =>
      [...document.querySelectorAll("main :is(h1, h2, h3, h4, h5, h6)")].map((h) => [Number(h.tagName[1]), h.textContent]),
    );
    expect(levels[0], `${step}: first heading`).toEqual([1, step]);
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i][0] as number, `${step}: "${levels[i][1]}" after "${levels[i - 1][1]}"`).toBeLessThanOrEqual((levels[i - 1][0] as number) + 1);
    }
  }
});
