import { expect, type Page } from "@playwright/test";
import { openSeeded, seedPlan } from "./matrice-seed";

export const seed = () =>
  seedPlan({
    partners: ["Comune di Prova", "Coop Aurora", "ASL Città"],
    alliances: [{ name: "Salute", partners: ["Coop Aurora"], cells: [["Nord", "Servizi socio-sanitari"]] }],
    interventions: [{ title: "Sportello FAMI", territory: "Nord", theme: "Servizi socio-sanitari" }],
  });

/** Stores `plan` and opens it on this screen. */
export async function open(page: Page, plan: { id: string }) {
  await openSeeded(page, plan, "coprogettazione");
  await expect(page.getByRole("heading", { level: 1, name: "Coprogettazione e gestione" })).toBeVisible();
}

export const tab = (page: Page, name: string) => page.getByRole("button", { name, exact: true }).click();

/** `YYYY-MM-DD`, `days` from today (local time). */
export const isoDay = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};
