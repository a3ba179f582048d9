//! The context analysis of the "Comune di Esempio": all four parts, the
//! sources, one part overdue for review.
use super::day;
use crate::model::context::{
    DataRow, Funding, Intervention, InterventionStatus, Need, PartNotes, Source, SourceKind,
    TableKind, TerritoryCount,
};
use crate::model::ids::PlanId;
use crate::model::plan::Plan;

/// An intervention of the example: title, promoter, territories, theme, funding, status.
type InterventionSpec = (
    &'static str,
    usize,
    &'static [usize],
    usize,
    Funding,
    InterventionStatus,
);

pub fn fill_context(plan: &mut Plan, ids: &mut impl FnMut() -> PlanId, t: &[PlanId], p: &[PlanId]) {
    let th: Vec<PlanId> = plan.axes.themes.iter().map(|x| x.id).collect();
    let c = &mut plan.context;
    let source = |ids: &mut dyn FnMut() -> PlanId, kind, description: &str, by: &str, on| Source {
        id: ids(),
        kind,
        description: description.into(),
        provided_by: by.into(),
        collected_on: Some(on),
    };
    c.sources = vec![
        source(ids, SourceKind::MunicipalData, "Cartelle dei servizi sociali e dati anagrafici aggregati", "Servizi sociali e Anagrafe del Comune", day(2026, 6, 30)),
        source(ids, SourceKind::KeyInformants, "Interviste a testimoni privilegiati: mediatrici, insegnanti, operatori dello sportello", "Cooperativa «Il Ponte»", day(2026, 9, 20)),
        source(ids, SourceKind::Studies, "Rapporto dell'osservatorio provinciale sull'immigrazione 2025", "Università di Esempio", day(2026, 3, 15)),
        source(ids, SourceKind::OfficialStatistics, "Permessi di soggiorno validi al 1° gennaio", "Prefettura di Esempio", day(2026, 1, 31)),
    ];
    let s: Vec<PlanId> = c.sources.iter().map(|x| x.id).collect();

    let rows =
        |ids: &mut dyn FnMut() -> PlanId, data: &[(&str, u32, Option<u32>)]| -> Vec<DataRow> {
            data.iter()
                .map(|(label, count, women)| DataRow {
                    id: ids(),
                    label: (*label).into(),
                    count: Some(*count),
                    women: *women,
                })
                .collect()
        };
    let d = &mut c.demographics;
    d.nationality.rows = rows(
        ids,
        &[
            ("Marocco", 420, None),
            ("Albania", 380, None),
            ("Ucraina", 290, None),
            ("Bangladesh", 210, None),
            ("Nigeria", 150, None),
            ("Cina", 130, None),
            ("Altre nazionalità", 310, None),
        ],
    );
    d.legal_status.rows = rows(
        ids,
        &[
            ("Lavoro", 700, None),
            ("Famiglia", 650, None),
            ("Protezione internazionale / asilo", 280, None),
            ("Studio", 60, None),
            ("Altri motivi", 200, None),
        ],
    );
    d.age_sex.rows = rows(
        ids,
        &[
            ("0–17 anni", 210, Some(190)),
            ("18–34 anni", 330, Some(290)),
            ("35–64 anni", 390, Some(380)),
            ("65 anni e oltre", 40, Some(60)),
        ],
    );
    d.vulnerability.rows = rows(
        ids,
        &[
            ("Minori stranieri non accompagnati", 14, None),
            ("Vittime di tratta (stima)", 9, None),
            ("Donne sole con figli", 64, None),
        ],
    );
    d.territory_counts = [520, 310, 450, 260, 230, 120]
        .iter()
        .zip(t)
        .map(|(count, territory)| TerritoryCount {
            territory: *territory,
            count: *count,
        })
        .collect();
    for kind in TableKind::ALL {
        let head = &mut d.table_mut(kind).head;
        head.reference_date = Some(day(2026, 6, 30));
        head.sources = vec![if kind == TableKind::LegalStatus {
            s[3]
        } else {
            s[0]
        }];
        if kind.is_breakdown() {
            head.stated_total = Some(1890);
        }
    }

    let needs: [(usize, u8, &str, &str); 5] = [
        (0, 3, "Difficoltà di accesso al medico di base e ai consultori.", "Segnalazioni dello sportello e dei consultori."),
        (1, 3, "Inserimento scolastico dei neoarrivati in corso d'anno; corsi di italiano per adulti insufficienti.", "Liste d'attesa del CPIA."),
        (2, 5, "Disoccupazione e lavoro irregolare, soprattutto tra i giovani adulti.", "Dati del Centro per l'impiego e interviste."),
        (3, 4, "Sovraffollamento e discriminazione nell'accesso all'affitto.", "Domande di contributo e testimonianze."),
        (4, 2, "Poche occasioni di incontro tra vecchi e nuovi residenti.", "Interviste a testimoni privilegiati."),
    ];
    c.needs = needs
        .iter()
        .map(|(theme, priority, description, evidence)| Need {
            id: ids(),
            theme: th[*theme],
            priority: *priority,
            description: (*description).into(),
            evidence: (*evidence).into(),
            sources: vec![s[0], s[1]],
        })
        .collect();

    // (title, promoter, territories, theme, funding, status)
    let interventions: [InterventionSpec; 6] = [
        (
            "Sportello orientamento al lavoro",
            10,
            &[0, 1],
            2,
            Funding::FsePlus,
            InterventionStatus::Active,
        ),
        (
            "Laboratori di italiano a scuola",
            4,
            &[0],
            1,
            Funding::Fami,
            InterventionStatus::Active,
        ),
        (
            "Alloggi di transizione",
            12,
            &[2],
            3,
            Funding::Pnrr,
            InterventionStatus::Active,
        ),
        (
            "Mediazione nei consultori",
            8,
            &[2],
            0,
            Funding::Regional,
            InterventionStatus::Active,
        ),
        (
            "Emporio solidale",
            15,
            &[5],
            4,
            Funding::Private,
            InterventionStatus::Active,
        ),
        (
            "Doposcuola interculturale",
            26,
            &[4],
            1,
            Funding::Municipal,
            InterventionStatus::Planned,
        ),
    ];
    c.interventions = interventions
        .iter()
        .map(
            |(title, promoter, territories, theme, funding, status)| Intervention {
                id: ids(),
                title: (*title).into(),
                promoter: Some(p[*promoter]),
                territories: territories.iter().map(|i| t[*i]).collect(),
                themes: vec![th[*theme]],
                funding: Some(*funding),
                start: Some(day(2026, 1, 1)),
                end: Some(day(2027, 12, 31)),
                status: *status,
                referent: "Ufficio del promotore, responsabile del progetto".into(),
            },
        )
        .collect();

    let notes = |narrative: &str, author: &str, reviewed, sources: Vec<PlanId>| PartNotes {
        narrative: narrative.into(),
        author: author.into(),
        last_reviewed: Some(reviewed),
        sources,
    };
    c.parts.demographics = notes("I cittadini di Paesi terzi residenti sono circa 1.890, concentrati nel Centro e nel Quartiere Ponte. Crescono le seconde generazioni.", "Servizi sociali del Comune", day(2026, 11, 10), vec![s[0], s[3]]);
    // Reviewed a year ago: overdue, as the example shows.
    c.parts.needs = notes("Lavoro e casa sono i bisogni più urgenti; la lingua resta la prima barriera per l'accesso ai servizi.", "Tavolo tecnico del Comune", day(2025, 11, 20), vec![s[0], s[1]]);
    c.parts.stakeholders = notes("La rete comprende enti pubblici, scuole, ASL, terzo settore, parti sociali e associazioni di migranti.", "Cooperativa «Il Ponte»", day(2026, 10, 5), vec![s[1]]);
    c.parts.sources = notes("Dati amministrativi del Comune, interviste a testimoni privilegiati, rapporti di ricerca recenti.", "Servizi sociali del Comune", day(2026, 10, 5), s.clone());
}
