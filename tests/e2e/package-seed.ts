import { seedPlan } from "./matrice-seed";

/** Text that must stay text wherever it is shown (print view, summary). */
export const HOSTILE = [
  `<script>window.__pwned=1</script>`,
  `<img src=x onerror="window.__pwned=2">`,
  `javascript:window.__pwned=3`,
  "Parola" + "lunghissima".repeat(40),
  "مرحبا بالعالم — نص من اليمين إلى اليسار",
  "🇮🇹🤝🏽 Alleanza «emoji» 🎉",
];

/** A plan with something in every section, hostile strings included. */
export function filledPlan() {
  const plan: any = seedPlan({
    territories: ["Nord", "Sud"],
    partners: ["ASL Città", "Coop Sole", HOSTILE[4], "Questura"],
    needs: { "Inclusione lavorativa": 5, "Servizi socio-sanitari": 4 },
    interventions: [{ title: "Sportello lavoro", promoter: "Coop Sole", territory: "Nord", theme: "Inclusione lavorativa" }],
    alliances: [
      { name: "Lavoro insieme", objective: "Tirocini", partners: ["Coop Sole"], cells: [["Nord", "Inclusione lavorativa"], ["Sud", "Inclusione lavorativa"]] },
      { name: HOSTILE[5], partners: [HOSTILE[4]], cells: [["Sud", "Servizi socio-sanitari"]] },
    ],
  });
  plan.title = "Pacchetto completo";
  plan.foundations = {
    promoter_comune: "Comune di Esempio",
    shared_objective: `Presa in carico integrata ${HOSTILE[0]}`,
    target_population: "Cittadini di Paesi terzi",
    description: HOSTILE[3],
    intent_to_formalise: true,
  };
  const [asl, coop, rtl] = plan.stakeholders;
  for (const s of [asl, coop, rtl]) s.network.stage = "aderente";
  asl.network.commitments = `Mediatori ${HOSTILE[1]}`;
  coop.network.commitments = "Uno sportello";
  rtl.network.commitments = HOSTILE[2];
  plan.alliances[0].lead = asl.id;
  plan.alliances[0].funding = ["fami", "fse_plus"];
  plan.alliances[1].lead = rtl.id;
  plan.governance = {
    cabina_di_regia: [asl.id, coop.id],
    coordinators: [{ axis: "Territories", item: plan.axes.territories[0].id, partner: coop.id }],
  };
  const src = "5ce00000-0000-4000-8000-000000000001";
  plan.context.sources = [
    { id: src, kind: "municipal_data", description: "Anagrafe comunale", provided_by: "Servizi demografici", collected_on: "2026-03-09" },
  ];
  plan.context.needs[0].description = "Tirocini per giovani";
  plan.context.needs[0].sources = [src];
  plan.context.interventions[0].funding = "fami";
  plan.context.demographics = {
    nationality: {
      head: { stated_total: 1234, reference_date: "2026-01-01", sources: [src] },
      rows: [
        { id: "5ce00000-0000-4000-8000-000000000002", label: "Marocco", count: 700 },
        { id: "5ce00000-0000-4000-8000-000000000003", label: "Albania", count: 534 },
      ],
    },
  };
  plan.formalisation = {
    act_kind: "protocollo_intesa",
    premesse: `PREMESSO CHE ${HOSTILE[0]}`,
    object: "Oggetto dell'atto",
    governance: "Tavolo lavoro mensile",
    duration: "Tre anni",
    withdrawal: "Preavviso di tre mesi",
    accession: "Su richiesta",
    monitoring: "Relazione semestrale",
    resources: "Personale dedicato",
    data_protection: "Solo dati aggregati",
    signing_place: "Palazzo comunale",
    representatives: [
      { partner: asl.id, role: "Direttore generale", office: "Sede legale" },
      { partner: rtl.id, role: HOSTILE[4], office: "" },
    ].sort((a, b) => (a.partner < b.partner ? -1 : 1)),
  };
  return plan;
}
