import { test, expect } from "./fixtures";

// More hostile packages, beside the thirteen of import.spec.ts (empty, not
// JSON, BOM, Latin-1, array, other format, version missing/text/newer, wrong
// kind, unknown kind, duplicate id, no title) and its file over 5 MB: each is
// refused with a message naming the problem (and the field path where there is
// one), and nothing stored changes.

const P = "0b6f1a70-3c0e-4a4e-9a57-0b2a3c9d2e11";
const S = "1b6f1a70-3c0e-4a4e-9a57-0b2a3c9d2e11";
const T = "2b6f1a70-3c0e-4a4e-9a57-0b2a3c9d2e11";
const A = "3b6f1a70-3c0e-4a4e-9a57-0b2a3c9d2e11";
const TH = "4b6f1a70-3c0e-4a4e-9a57-0b2a3c9d2e11";
const ghost = "9b6f1a70-3c0e-4a4e-9a57-0b2a3c9d2e11";

function base(): any {
  return {
    format: "alleanza-di-scopo",
    version: 1,
    generator: "test",
    exported_at: "2026-11-28T10:00:00Z",
    plan: {
      id: P,
      title: "Ostile",
      created_at: "2026-01-01T00:00:00Z",
      updated_at: "2026-01-01T00:00:00Z",
      stakeholders: [{ id: S, name: "ASL", kind: "health_authority", network: { stage: "aderente" } }],
      axes: { territories: [{ id: T, name: "Nord" }], themes: [{ id: TH, name: "Lavoro" }] },
      alliances: [{ id: A, name: "Salute", lead: S, cells: [] }],
      formalisation: { representatives: [{ partner: S, role: "Direttore", office: "" }] },
    },
  };
}
const json = (edit: (p: any) => void) => {
  const pkg = base();
  edit(pkg);
  return JSON.stringify(pkg);
};
const plan = (edit: (p: any) => void) => json((pkg) => edit(pkg.plan));
const field = (path: string) => new RegExp(`campo «${path.replace(/[[\].]/g, "\\$&")}»`);

const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(base()), "utf16le")]);
const hostile: [string, string | Buffer, RegExp][] = [
  ["utf16.json", utf16, /non è testo UTF-8 \(primo byte non valido: 0\)/],
  ["troncato.json", JSON.stringify(base()).slice(0, 120), /non è JSON valido \(riga 1, colonna/],
  ["profondo.json", "[".repeat(5000) + "]".repeat(5000), /non è JSON valido/],
  ["profondo-nel-piano.json", plan((p) => (p.title = "x")).replace('"x"', "[".repeat(3000) + "]".repeat(3000)), /campo «plan\.title» \(invalid type: sequence/],
  ["controllo.json", JSON.stringify(base()).replace('"Ostile"', '"Ost\u0001ile"'), /non è JSON valido/],
  ["numero.json", "42", /non contiene un oggetto JSON/],
  ["null.json", "null", /non contiene un oggetto JSON/],
  ["senza-format.json", json((p) => delete p.format), /non è un piano di Alleanze/],
  ["format-script.json", json((p) => (p.format = "<script>window.__pwned=1</script>")), /non è un piano di Alleanze/],
  ["versione-zero.json", json((p) => (p.version = 0)), /non è un numero intero positivo/],
  ["versione-negativa.json", json((p) => (p.version = -1)), /non è un numero intero positivo/],
  ["versione-decimale.json", json((p) => (p.version = 1.5)), /non è un numero intero positivo/],
  ["versione-enorme.json", json((p) => (p.version = 1e30)), /non è un numero intero positivo|più recente/],
  ["titolo-numero.json", plan((p) => (p.title = 5)), field("plan.title")],
  ["id-non-valido.json", plan((p) => (p.id = "abc")), field("plan.id")],
  ["data-non-valida.json", plan((p) => (p.created_at = "ieri")), field("plan.created_at")],
  ["fase-sconosciuta.json", plan((p) => (p.stakeholders[0].network.stage = "amico")), field("plan.stakeholders[0].network.stage")],
  ["atto-sconosciuto.json", plan((p) => (p.formalisation.act_kind = "contratto")), field("plan.formalisation.act_kind")],
  ["ruolo-oggetto.json", plan((p) => (p.formalisation.representatives[0].role = { a: 1 })), field("plan.formalisation.representatives[0].role")],
  ["capofila-fantasma.json", plan((p) => (p.alliances[0].lead = ghost)), field("plan.alliances[0].lead")],
  ["cella-fantasma.json", plan((p) => (p.alliances[0].cells = [{ territory: ghost, theme: ghost }])), field("plan.alliances[0].cells[0]")],
  ["firmatario-fantasma.json", plan((p) => (p.formalisation.representatives[0].partner = ghost)), field("plan.formalisation.representatives[0].partner")],
  ["firmatario-doppio.json", plan((p) => p.formalisation.representatives.push({ partner: S, role: "x" })), field("plan.formalisation.representatives[1].partner")],
  ["cabina-fantasma.json", plan((p) => (p.governance = { cabina_di_regia: [ghost] })), field("plan.governance.cabina_di_regia[0]")],
  ["id-piano-ripetuto.json", plan((p) => (p.stakeholders[0].id = P)), field("plan.stakeholders[0].id")],
  ["priorita-fuori.json", plan((p) => (p.context = { needs: [{ id: ghost, theme: TH, priority: 9 }] })), field("plan.context.needs[0].priority")],
  ["premesse-enormi.json", plan((p) => (p.formalisation.premesse = "x".repeat(100_001))), field("plan.formalisation.premesse")],
  ["parola-enorme.json", plan((p) => (p.title = "€".repeat(1_500_000))), field("plan.title")],
  ["troppi-enti.json", plan((p) => {
    p.stakeholders = Array.from({ length: 10_001 }, (_, i) => ({ id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`, name: "", kind: "other" }));
    p.alliances = [];
    p.formalisation = {};
  }), field("plan.stakeholders")],
  ["appena-oltre.json", Buffer.alloc(5 * 1024 * 1024 + 1, 0x20), /il massimo è 5 MB/],
];

test(`${hostile.length} more hostile files are refused with the reason and the field path, and nothing changes`, async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.goto();
  await app.createPlan("Piano esistente");
  await app.field("Comune promotore").fill("Invariato");
  await app.waitSaved();
  await app.allPlans();
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  for (const [name, content, message] of hostile) {
    await page.getByLabel("Scegli un file…").setInputFiles({
      name,
      mimeType: "application/json",
      buffer: typeof content === "string" ? Buffer.from(content, "utf8") : content,
    });
    const alert = page.getByRole("alert");
    await expect(alert, name).toContainText(`Il file «${name}» non è stato aperto`);
    await expect(alert, name).toContainText(message);
  }
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
  await expect(page.getByRole("list", { name: "Elenco dei piani" }).getByRole("listitem")).toHaveCount(1);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(hostile.length + 14).toBeGreaterThanOrEqual(30);
});
