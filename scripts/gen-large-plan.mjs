// Deterministic generator of a plan for the matrix's scale tests: by default
// 40 territories × 12 themes, 600 partners, 300 alliances, in the stored
// format of src/persistence/format.rs. Same seed, same bytes (timestamps are fixed).
//   node scripts/gen-large-plan.mjs            > large.json   (stored envelope)
//   node scripts/gen-large-plan.mjs --small    > small.json   (4 × 5, 12 partners, 6 alliances)
import { fileURLToPath } from "node:url";

const DEFAULT_THEMES = [
  "Servizi socio-sanitari", "Istruzione e formazione", "Inclusione lavorativa",
  "Inclusione abitativa", "Inclusione socio-culturale",
];
const EXTRA_THEMES = [
  "Mediazione linguistica", "Tutela legale", "Salute mentale", "Minori stranieri non accompagnati",
  "Vittime di tratta", "Partecipazione civica", "Sport e tempo libero",
];
const WORDS = [
  "orientamento", "lavoro", "tirocini", "lingua", "italiana", "mediazione", "salute", "prevenzione",
  "alloggio", "abitare", "scuola", "famiglie", "donne", "giovani", "minori", "sportello", "comunità",
  "formazione", "competenze", "tutela", "diritti", "accoglienza", "cultura", "sport", "quartiere",
];
const KINDS = ["comune", "prefettura", "school", "health_authority", "third_sector", "migrant_association",
  "social_partner", "employment_centre", "foundation", "university", "other"];
const STAGES = ["contattato", "aderente", "attivo", "non_interessato"];
const STATUSES = ["ideazione", "costituzione", "formalizzata", "attiva", "in_verifica"];
const FUNDING = ["fami", "fse_plus", "pnrr", "regional", "municipal", "private"];
const AT = "2026-11-01T09:00:00.000Z";

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatePlan({ territories = 40, themes = 12, partners = 600, alliances = 300, seed = 42 } = {}) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  let n = 0;
  const id = () => {
    n += 1;
    return `6e1a0000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
  };
  const sentence = (k) => Array.from({ length: k }, () => pick(WORDS)).join(" ");
  const t = Array.from({ length: territories }, (_, i) => ({ id: id(), name: `Territorio ${i + 1}` }));
  const th = [...DEFAULT_THEMES, ...EXTRA_THEMES].slice(0, themes).map((name) => ({ id: id(), name }));
  const p = Array.from({ length: partners }, (_, i) => {
    const stage = pick(STAGES);
    return {
      id: id(),
      name: `Ente ${i + 1}`,
      kind: pick(KINDS),
      network: {
        stage,
        history: [{ stage, at: AT }],
        advantages: r() < 0.3 ? sentence(8) : "",
        commitments: r() < 0.3 ? sentence(8) : "",
      },
    };
  });
  const active = p.filter((x) => x.network.stage !== "non_interessato");
  const needs = th.map((x) => ({ id: id(), theme: x.id, priority: 1 + Math.floor(r() * 5), description: sentence(6) }));
  const interventions = Array.from({ length: Math.round(alliances * 0.6) }, () => ({
    id: id(),
    title: sentence(4),
    promoter: pick(p).id,
    territories: [pick(t).id],
    themes: [pick(th).id],
  }));
  const a = Array.from({ length: alliances }, (_, i) => {
    const members = [];
    const size = 2 + Math.floor(r() * 5);
    while (members.length < size) {
      const m = pick(active).id;
      if (!members.some((x) => x.partner === m)) members.push({ partner: m, role: r() < 0.5 ? "partner operativo" : "" });
    }
    const cells = [];
    const span = 1 + Math.floor(r() * 3);
    const base = { territory: pick(t).id, theme: pick(th).id };
    cells.push(base);
    while (cells.length < span) {
      const c = r() < 0.5 ? { territory: pick(t).id, theme: base.theme } : { territory: base.territory, theme: pick(th).id };
      if (!cells.some((x) => x.territory === c.territory && x.theme === c.theme)) cells.push(c);
      else break;
    }
    return {
      id: id(),
      name: `Alleanza ${i + 1}`,
      objective: sentence(7),
      lead: members[0].partner,
      members: members.slice(1),
      status: pick(STATUSES),
      interventions: [],
      funding: FUNDING.filter(() => r() < 0.3),
      cells,
    };
  });
  const coordinators = [
    ...t.map((x) => ({ axis: "Territories", item: x.id, partner: pick(active).id })),
    ...th.map((x) => ({ axis: "Themes", item: x.id, partner: pick(active).id })),
  ];
  const cabina = [];
  while (cabina.length < Math.min(7, active.length)) {
    const c = pick(active).id;
    if (!cabina.includes(c)) cabina.push(c);
  }
  return {
    id: id(),
    title: `Piano di prova ${territories}×${themes}`,
    created_at: AT,
    updated_at: AT,
    foundations: {
      promoter_comune: "Comune di Esempio",
      shared_objective: "Presa in carico integrata dei cittadini di Paesi terzi",
      target_population: "",
      description: "",
      intent_to_formalise: true,
    },
    stakeholders: p,
    axes: { territories: t, themes: th },
    context: { needs, interventions },
    alliances: a,
    governance: { coordinators, cabina_di_regia: cabina },
  };
}

/** The text localStorage keeps for a plan (`alleanze.plan.<id>`). */
export function storedText(plan, revision = 1) {
  return JSON.stringify({ format: "alleanza-di-scopo", version: 1, revision, saved_at: AT, plan });
}

/** An exported package (the format of public/examples), compact. */
export function packageText(plan) {
  return JSON.stringify({ format: "alleanza-di-scopo", version: 1, generator: "scripts/gen-large-plan.mjs", exported_at: AT, plan }) + "\n";
}

/** The plans index (`alleanze.index`). */
export function indexText(plan) {
  const summary = { id: plan.id, title: plan.title, promoter_comune: plan.foundations.promoter_comune, updated_at: plan.updated_at };
  return JSON.stringify({ version: 1, plans: [summary] });
}

/** Makes `plan` the only stored plan of the app open in `page` (a
 *  Playwright page on the app's origin), as an earlier visit would leave it. */
export function seedStorage(page, plan) {
  return page.evaluate(({ id, stored, index }) => {
    localStorage.clear();
    localStorage.setItem(`alleanze.plan.${id}`, stored);
    localStorage.setItem(`alleanze.rev.${id}`, "1");
    localStorage.setItem("alleanze.index", index);
  }, { id: plan.id, stored: storedText(plan), index: indexText(plan) });
}

export const SMALL = { territories: 4, themes: 5, partners: 12, alliances: 6, seed: 7 };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const small = process.argv.includes("--small");
  process.stdout.write(storedText(generatePlan(small ? SMALL : {})) + "\n");
}
