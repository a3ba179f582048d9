import { expect, Page } from "@playwright/test";

/** A small plan written straight into localStorage, the way the app stores
 *  it (src/persistence/storage.rs), for the matrix specs that need needs and
 *  interventions from the context analysis. */
let counter = 0;
export const uid = () => {
  counter += 1;
  const hex = counter.toString(16).padStart(12, "0");
  return `0000${Math.floor(Math.random() * 0xffff).toString(16).padStart(4, "0")}-0000-4000-8000-${hex}`;
};

export const THEMES = [
  "Servizi socio-sanitari",
  "Istruzione e formazione",
  "Inclusione lavorativa",
  "Inclusione abitativa",
  "Inclusione socio-culturale",
];

export type Seed = {
  territories?: string[];
  partners?: string[];
  needs?: Record<string, number>;
  interventions?: { title: string; promoter?: string; territory: string; theme: string }[];
  alliances?: { name: string; objective?: string; partners?: string[]; cells?: [string, string][] }[];
};

export function seedPlan(seed: Seed) {
  const now = new Date().toISOString();
  const t = (seed.territories ?? ["Nord", "Centro", "Sud"]).map((name) => ({ id: uid(), name }));
  const th = THEMES.map((name) => ({ id: uid(), name }));
  const p = (seed.partners ?? []).map((name) => ({
    id: uid(),
    name,
    kind: "other",
    network: { stage: "contattato", history: [], advantages: "", commitments: "" },
  }));
  const byName = <T extends { id: string; name: string }>(xs: T[], n: string) => xs.find((x) => x.name === n)!.id;
  const plan = {
    id: uid(),
    title: "Piano matrice",
    created_at: now,
    updated_at: now,
    foundations: {},
    stakeholders: p,
    axes: { territories: t, themes: th },
    context: {
      needs: Object.entries(seed.needs ?? {}).map(([theme, priority]) => ({
        id: uid(),
        theme: byName(th, theme),
        priority,
        description: "",
      })),
      interventions: (seed.interventions ?? []).map((i) => ({
        id: uid(),
        title: i.title,
        promoter: i.promoter ? byName(p, i.promoter) : null,
        territories: [byName(t, i.territory)],
        themes: [byName(th, i.theme)],
      })),
    },
    alliances: (seed.alliances ?? []).map((a) => ({
      id: uid(),
      name: a.name,
      objective: a.objective ?? "",
      lead: null,
      members: (a.partners ?? []).map((n) => ({ partner: byName(p, n), role: "" })),
      status: "ideazione",
      interventions: [],
      funding: [],
      cells: (a.cells ?? []).map(([tn, thn]) => ({ territory: byName(t, tn), theme: byName(th, thn) })),
    })),
    governance: { coordinators: [], cabina_di_regia: [] },
  };
  return plan;
}

/** Stores `plan` and opens it on `step`. */
export async function openSeeded(page: Page, plan: { id: string }, step = "matrice") {
  await page.goto("/");
  // Seed only once the app has booted: booting writes the address bar, so a
  // navigation made while the module is still loading can be overwritten.
  await expect(page.getByRole("heading", { level: 1, name: "I tuoi piani" })).toBeVisible();
  await page.evaluate((plan) => {
    const stored = { format: "alleanza-di-scopo", version: 1, revision: 1, saved_at: new Date().toISOString(), plan };
    localStorage.setItem(`alleanze.plan.${plan.id}`, JSON.stringify(stored));
    localStorage.setItem(`alleanze.rev.${plan.id}`, "1");
  }, plan);
  await page.goto(`/#/piano/${plan.id}/${step}`);
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`#/piano/${plan.id}/${step}$`));
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toBeVisible();
  await expect(title).not.toHaveText("I tuoi piani");
}
