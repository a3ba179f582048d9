//! The example plans shipped in `public/examples/`, generated here so they stay
//! valid as the model grows (a native test checks that the committed files are
//! exactly what these functions produce). Every name is fictional.
use crate::model::axes::AxisItem;
use crate::model::ids::{sequential_ids, PlanId};
use crate::model::matrix::{
    Alliance, AllianceMember, AllianceStatus, Cell, Coordinator, FundingSource, NetworkStage,
    PartnerNetwork,
};
use crate::model::plan::{Plan, Stakeholder, StakeholderKind};
use crate::model::Axis;
use chrono::{DateTime, NaiveDate, Utc};
use codesign::fill_codesign;
use context::fill_context;
use formal::fill_formal;

mod codesign;
mod context;
mod formal;
mod monitoring;

/// The files in `public/examples/`, as the plans screen offers them.
pub const EXAMPLE_FILE: &str = "comune-di-esempio.alleanza.json";
pub const BLANK_FILE: &str = "esercizio-vuoto.alleanza.json";
/// Written at build time by `scripts/post-build.mjs` (not committed, not precached).
pub const LARGE_FILE: &str = "piano-grande.alleanza.json";

/// The moment the examples were "made": fixed, so the files never change by
/// themselves.
pub fn made_at() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-01T09:00:00Z")
        .expect("a fixed date")
        .with_timezone(&Utc)
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a fixed date")
}

/// "Esercizio vuoto": a blank plan with the default thematic areas.
pub fn blank_exercise() -> Plan {
    let mut ids = sequential_ids(0xB0);
    let id = ids();
    Plan::new(id, "Esercizio vuoto", made_at(), ids)
}

/// The bodies of the example: name, kind, stage, mandate.
const BODIES: &[(&str, StakeholderKind, NetworkStage, &str)] = {
    use NetworkStage::{Aderente as Ad, Attivo as At, Contattato as Co, NonInteressato as No};
    use StakeholderKind::*;
    &[
        ("Comune di Esempio — Servizi sociali", Comune, At, "Promuove e coordina l'alleanza; titolare della presa in carico sociale."),
        ("Comune di Esempio — Ufficio casa", Comune, At, "Gestisce l'edilizia residenziale pubblica e i contributi per l'affitto."),
        ("Prefettura di Esempio — Consiglio territoriale per l'immigrazione", Prefettura, At, "Coordina il CTI e le politiche di integrazione sul territorio provinciale."),
        ("Questura di Esempio — Ufficio immigrazione", Questura, Ad, "Rilascia e rinnova i permessi di soggiorno."),
        ("Istituto comprensivo «Girasole»", School, At, "Scuola primaria e secondaria di primo grado; inserimento scolastico dei neoarrivati."),
        ("Istituto superiore «Vela»", School, Ad, "Istruzione secondaria superiore e percorsi serali per adulti."),
        ("CPIA Esempio", School, At, "Centro provinciale per l'istruzione degli adulti: corsi di lingua italiana e licenza media."),
        ("ASL Esempio Centro — Distretto 1", HealthAuthority, At, "Assistenza sanitaria di base, consultori, salute mentale."),
        ("ASL Esempio Centro — Consultorio familiare", HealthAuthority, Ad, "Salute delle donne e dei minori, mediazione in ambito sanitario."),
        ("Regione Immaginaria — Politiche sociali", Regione, Ad, "Programma le risorse regionali e FSE+ per l'inclusione."),
        ("Centro per l'impiego di Esempio", EmploymentCentre, At, "Orientamento, incontro domanda e offerta, tirocini."),
        ("Cooperativa sociale «Il Ponte»", ThirdSector, At, "Accoglienza, orientamento ai servizi, mediazione linguistico-culturale."),
        ("Associazione «Casa Comune»", ThirdSector, At, "Housing sociale e accompagnamento all'abitare."),
        ("Cooperativa «Lavoro Insieme»", ThirdSector, At, "Inserimento lavorativo di persone svantaggiate."),
        ("Associazione «Parole in Piazza»", ThirdSector, At, "Scuola di italiano volontaria, doposcuola."),
        ("Caritas diocesana di Esempio", ThirdSector, Ad, "Centro d'ascolto, beni di prima necessità, accoglienza notturna."),
        ("Cooperativa «Salute Aperta»", ThirdSector, Co, "Ambulatorio solidale e orientamento sanitario."),
        ("Associazione «Donne dal Mondo»", MigrantAssociation, At, "Associazione di donne migranti: auto-mutuo aiuto, sportello di ascolto."),
        ("Comunità marocchina di Esempio", MigrantAssociation, Ad, "Rappresenta la comunità, organizza feste e corsi di arabo per bambini."),
        ("Associazione «Giovani Seconde Generazioni»", MigrantAssociation, Co, "Giovani con background migratorio: partecipazione e cittadinanza."),
        ("Unione sindacale territoriale", SocialPartner, At, "Tutela dei lavoratori, sportello per i lavoratori stranieri."),
        ("Associazione artigiani di Esempio", SocialPartner, Ad, "Rappresenta le imprese artigiane; disponibile a ospitare tirocini."),
        ("Confederazione commercio di Esempio", SocialPartner, No, "Rappresenta le imprese del commercio."),
        ("Università di Esempio — Dipartimento di scienze sociali", University, Ad, "Ricerca sui flussi migratori locali, supporto al monitoraggio."),
        ("Fondazione «Comunità Solidale»", Foundation, At, "Finanzia progetti di coesione sociale con bandi annuali."),
        ("Fondazione bancaria di Esempio", Foundation, Co, "Bandi per l'abitare e il lavoro."),
        ("Parrocchia di San Lorenzo Vecchio", Other, Ad, "Spazi per attività di comunità, doposcuola."),
        ("Biblioteca civica «Pagine»", Other, At, "Spazi e attività interculturali, scaffale multilingue."),
        ("Polisportiva «Colle Est»", Other, Co, "Sport di base per ragazzi e ragazze."),
        ("Agenzia per la casa «Abitare Sicuro»", Other, No, "Intermediazione immobiliare sociale."),
    ]
};

const TERRITORIES: [&str; 6] = [
    "Centro",
    "Borgo Nord",
    "Quartiere Ponte",
    "Colle Est",
    "Piana Sud",
    "Frazione Valle",
];

/// "Comune di Esempio": a fictional medium-sized Comune with every part of
/// the product filled in, co-design and act included (see the tests for what
/// it shows and what it leaves to do).
pub fn comune_di_esempio() -> Plan {
    let mut ids = sequential_ids(0xE5);
    let at = made_at();
    let id = ids();
    let mut plan = Plan::new(
        id,
        "Comune di Esempio — Alleanza per l'integrazione",
        at,
        &mut ids,
    );
    let f = &mut plan.foundations;
    f.promoter_comune = "Comune di Esempio".into();
    f.shared_objective = "Costruire con gli enti del territorio una presa in carico integrata dei cittadini di Paesi terzi: accesso ai servizi, lingua, lavoro e casa.".into();
    f.target_population = "Cittadini di Paesi terzi residenti o domiciliati nel Comune, con attenzione a donne sole con figli, minori e neomaggiorenni.".into();
    f.description = "Il Comune promuove un'alleanza di scopo con scuole, ASL, terzo settore, parti sociali e associazioni di migranti, da formalizzare con un protocollo d'intesa.".into();
    f.intent_to_formalise = true;

    plan.axes.territories = TERRITORIES
        .iter()
        .map(|name| AxisItem {
            id: ids(),
            name: (*name).into(),
        })
        .collect();
    let t: Vec<PlanId> = plan.axes.territories.iter().map(|x| x.id).collect();
    let th: Vec<PlanId> = plan.axes.themes.iter().map(|x| x.id).collect();
    // Themes, in the default order.
    let (sanita, istruzione, lavoro, casa, cultura) = (th[0], th[1], th[2], th[3], th[4]);

    let joined_at = DateTime::parse_from_rfc3339("2026-09-15T10:00:00Z")
        .expect("a fixed date")
        .with_timezone(&Utc);
    plan.stakeholders = BODIES
        .iter()
        .enumerate()
        .map(|(i, (name, kind, stage, mandate))| {
            let mut s = Stakeholder::new(ids(), name, *kind);
            s.profile.mandate = (*mandate).into();
            s.profile.themes = vec![th[i % th.len()]];
            s.profile.office = "Segreteria".into();
            s.profile.role = "Referente per l'integrazione".into();
            let mut network = PartnerNetwork::default();
            if *stage != NetworkStage::Contattato {
                network = network.moved_to(*stage, joined_at);
            }
            if i % 3 == 0 {
                network.advantages = "Accesso alla rete dei servizi e ai dati dell'analisi di contesto; visibilità nel protocollo.".into();
            }
            if matches!(stage, NetworkStage::Aderente | NetworkStage::Attivo) && i % 5 != 4 {
                network.commitments = "Partecipa ai tavoli tematici e mette a disposizione un referente.".into();
            }
            s.network = network;
            s
        })
        .collect();
    let p: Vec<PlanId> = plan.stakeholders.iter().map(|s| s.id).collect();

    fill_context(&mut plan, &mut ids, &t, &p);
    let iv: Vec<PlanId> = plan.context.interventions.iter().map(|i| i.id).collect();

    // (name, objective, lead, members, status, cells, interventions, funding)
    type Spec<'a> = (
        &'a str,
        &'a str,
        usize,
        &'a [usize],
        AllianceStatus,
        Vec<(usize, PlanId)>,
        Vec<usize>,
        &'a [FundingSource],
    );
    use AllianceStatus::*;
    use FundingSource::*;
    let specs: Vec<Spec> = vec![
        (
            "Lavoro in rete",
            "Percorsi di orientamento e tirocinio per adulti disoccupati in quattro quartieri.",
            10,
            &[13, 20, 0],
            Attiva,
            vec![(0, lavoro), (1, lavoro), (2, lavoro), (3, lavoro)],
            vec![0],
            &[Fami, FsePlus],
        ),
        (
            "Tirocini Piana Sud",
            "Tirocini presso le imprese artigiane della zona industriale.",
            21,
            &[10],
            Costituzione,
            vec![(4, lavoro)],
            vec![],
            &[Regional],
        ),
        (
            "Valle al lavoro",
            "Accompagnamento al lavoro stagionale agricolo con tutele contrattuali.",
            20,
            &[17],
            Ideazione,
            vec![(5, lavoro)],
            vec![],
            &[Municipal],
        ),
        (
            "Casa Ponte",
            "Alloggi temporanei e accompagnamento all'autonomia abitativa.",
            12,
            &[1, 15],
            Formalizzata,
            vec![(0, casa), (2, casa)],
            vec![2],
            &[Pnrr, Municipal],
        ),
        (
            "Abitare Nord",
            "Mediazione con i proprietari e garanzia per l'affitto.",
            1,
            &[24],
            Attiva,
            vec![(1, casa)],
            vec![],
            &[Private],
        ),
        (
            "Abitare solidale",
            "Coabitazioni solidali per neomaggiorenni usciti dall'accoglienza.",
            26,
            &[12],
            Costituzione,
            vec![(3, casa), (4, casa)],
            vec![],
            &[Private, Municipal],
        ),
        (
            "Scuola aperta",
            "Inserimento scolastico dei neoarrivati e mediazione con le famiglie.",
            4,
            &[14, 26],
            Attiva,
            vec![(0, istruzione), (1, istruzione)],
            vec![1],
            &[Fami],
        ),
        (
            "Italiano per tutti",
            "Corsi di italiano per adulti con servizio di custodia dei bambini.",
            6,
            &[14, 17],
            Attiva,
            vec![(2, istruzione)],
            vec![],
            &[Fami],
        ),
        (
            "Corsi serali al Ponte",
            "Lezioni serali di lingua per lavoratori nel Quartiere Ponte.",
            14,
            &[5],
            Ideazione,
            vec![(2, istruzione)],
            vec![],
            &[Municipal],
        ),
        (
            "Salute di quartiere",
            "Orientamento ai servizi sanitari e mediazione nei consultori.",
            7,
            &[8, 11],
            Attiva,
            vec![(2, sanita), (3, sanita)],
            vec![3],
            &[Regional],
        ),
        (
            "Feste dei popoli",
            "Eventi interculturali nella biblioteca e nelle piazze.",
            27,
            &[18, 17],
            InVerifica,
            vec![(0, cultura)],
            vec![],
            &[Municipal],
        ),
    ];
    plan.alliances = specs
        .into_iter()
        .map(
            |(name, objective, lead, members, status, cells, interventions, funding)| {
                let mut a = Alliance::new(ids(), name);
                a.objective = objective.into();
                a.lead = Some(p[lead]);
                a.members = members
                    .iter()
                    .map(|m| AllianceMember {
                        partner: p[*m],
                        role: "partner operativo".into(),
                    })
                    .collect();
                a.status = status;
                a.cells = cells
                    .into_iter()
                    .map(|(r, theme)| Cell {
                        territory: t[r],
                        theme,
                    })
                    .collect();
                a.interventions = interventions.into_iter().map(|i| iv[i]).collect();
                a.funding = funding.to_vec();
                a
            },
        )
        .collect();

    plan.governance.cabina_di_regia = vec![p[0], p[2], p[7], p[10], p[11]];
    plan.governance.coordinators = vec![
        Coordinator {
            axis: Axis::Themes,
            item: lavoro,
            partner: p[10],
        },
        Coordinator {
            axis: Axis::Themes,
            item: casa,
            partner: p[1],
        },
        Coordinator {
            axis: Axis::Themes,
            item: istruzione,
            partner: p[4],
        },
        Coordinator {
            axis: Axis::Territories,
            item: t[0],
            partner: p[0],
        },
        Coordinator {
            axis: Axis::Territories,
            item: t[2],
            partner: p[11],
        },
    ];
    fill_codesign(&mut plan, &mut ids, &t, &p);
    fill_formal(&mut plan);
    plan
}
