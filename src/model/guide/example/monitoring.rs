//! The management levers of the "Comune di Esempio": indicators whose
//! computed status differs (in linea, a rischio, in ritardo, nessun dato),
//! commitments at every step of their workflow, funding lines from every
//! programme (one thematic area left without any), and the external
//! interventions the alliances complement (one not updated for too long).
use super::day;
use crate::model::codesign::{Amount, Commitment, CommitmentStatus, Complement, FundingLine};
use crate::model::codesign::{FundingStatus, Indicator, Measurement};
use crate::model::context::Funding;
use crate::model::ids::PlanId;
use crate::model::plan::Plan;
use chrono::NaiveDate;

/// An indicator: alliance (`None`: the whole plan), name, unit, baseline and
/// its date, target and its date, months between measurements, source,
/// responsible body, measurements. Figures in hundredths (`4_500` is 45).
type IndicatorSpec<'a> = (
    Option<usize>,
    &'static str,
    &'static str,
    (i64, NaiveDate),
    (i64, NaiveDate),
    u32,
    &'static str,
    usize,
    &'a [(NaiveDate, i64)],
);

/// A commitment: alliance, partner, what, due, resources, status.
type CommitmentSpec = (
    usize,
    usize,
    &'static str,
    Option<NaiveDate>,
    &'static str,
    CommitmentStatus,
);

/// A funding line: programme, euro, alliance, intervention, status.
type FundingSpec = (Funding, i64, Option<usize>, Option<usize>, FundingStatus);

pub fn fill_monitoring(plan: &mut Plan, ids: &mut impl FnMut() -> PlanId, p: &[PlanId]) {
    let a: Vec<PlanId> = plan.alliances.iter().map(|x| x.id).collect();
    let iv: Vec<PlanId> = plan.context.interventions.iter().map(|x| x.id).collect();
    let cd = &mut plan.codesign;

    let indicators: [IndicatorSpec<'_>; 7] = [
        (
            Some(0),
            "Persone orientate dallo sportello",
            "persone",
            (0, day(2026, 1, 15)),
            (40_000, day(2027, 12, 31)),
            3,
            "Registro dello sportello",
            10,
            &[
                (day(2026, 4, 15), 6_000),
                (day(2026, 7, 15), 13_000),
                (day(2026, 10, 15), 21_000),
            ],
        ),
        (
            Some(0),
            "Tirocini avviati",
            "tirocini",
            (0, day(2026, 1, 15)),
            (6_000, day(2027, 6, 30)),
            3,
            "Comunicazioni obbligatorie del Centro per l'impiego",
            13,
            &[(day(2026, 6, 30), 800), (day(2026, 10, 15), 1_400)],
        ),
        (
            Some(7),
            "Adulti con certificazione di italiano A2",
            "persone",
            (4_000, day(2026, 1, 1)),
            (12_000, day(2027, 6, 30)),
            6,
            "Registri del CPIA",
            6,
            &[(day(2026, 6, 30), 5_800), (day(2026, 10, 1), 7_200)],
        ),
        (
            Some(3),
            "Nuclei passati a un alloggio autonomo",
            "nuclei",
            (0, day(2026, 3, 1)),
            (2_400, day(2027, 12, 31)),
            6,
            "Schede di accompagnamento di «Casa Comune»",
            12,
            &[(day(2026, 9, 1), 700)],
        ),
        (
            Some(9),
            "Donne seguite con la mediazione nei consultori",
            "donne",
            (3_500, day(2026, 9, 1)),
            (9_000, day(2027, 8, 31)),
            6,
            "Registri dei consultori (dati aggregati)",
            8,
            &[],
        ),
        (
            Some(6),
            "Neoarrivati inseriti in classe entro 15 giorni",
            "%",
            (4_500, day(2026, 1, 1)),
            (9_000, day(2027, 6, 30)),
            6,
            "Segreteria dell'Istituto comprensivo «Girasole»",
            4,
            &[(day(2026, 6, 30), 5_800), (day(2026, 10, 15), 7_550)],
        ),
        (
            None,
            "Giorni di attesa per il primo colloquio ai servizi sociali",
            "giorni",
            (3_000, day(2026, 1, 15)),
            (1_000, day(2027, 6, 30)),
            6,
            "Agenda dei servizi sociali",
            0,
            &[(day(2026, 5, 15), 2_600), (day(2026, 10, 15), 1_800)],
        ),
    ];
    cd.indicators = indicators
        .iter()
        .map(
            |(alliance, name, unit, base, target, every, source, by, measured)| Indicator {
                id: ids(),
                alliance: alliance.map(|i| a[i]),
                name: (*name).into(),
                unit: (*unit).into(),
                baseline: Amount(base.0),
                baseline_date: base.1,
                target: Amount(target.0),
                target_date: Some(target.1),
                frequency_months: *every,
                source: (*source).into(),
                responsible: Some(p[*by]),
                measurements: measured
                    .iter()
                    .map(|(date, value)| Measurement {
                        date: *date,
                        value: Amount(*value),
                    })
                    .collect(),
            },
        )
        .collect();

    use CommitmentStatus::{Completato, InCorso, NonRispettato, Previsto};
    let commitments: [CommitmentSpec; 17] = [
        (
            0,
            10,
            "Gestisce lo sportello di orientamento due giorni a settimana.",
            Some(day(2027, 12, 31)),
            "Due operatori, sede del Centro per l'impiego",
            InCorso,
        ),
        (
            0,
            13,
            "Attiva venti tirocini di inclusione all'anno.",
            Some(day(2026, 12, 31)),
            "Un tutor aziendale, rete di imprese partner",
            InCorso,
        ),
        (
            0,
            20,
            "Apre uno sportello di tutela per i tirocinanti.",
            Some(day(2026, 6, 30)),
            "Un operatore sindacale il mercoledì",
            Completato,
        ),
        (
            1,
            21,
            "Individua dieci imprese artigiane disponibili a ospitare tirocini.",
            Some(day(2026, 9, 30)),
            "Segreteria dell'associazione",
            NonRispettato,
        ),
        (
            2,
            17,
            "Organizza incontri informativi sui diritti nel lavoro stagionale.",
            Some(day(2027, 3, 31)),
            "Mediatrici volontarie",
            Previsto,
        ),
        (
            3,
            12,
            "Gestisce sei alloggi temporanei con accompagnamento educativo.",
            Some(day(2027, 12, 31)),
            "Due educatori, alloggi dell'associazione",
            InCorso,
        ),
        (
            3,
            1,
            "Mette a disposizione due alloggi di edilizia pubblica per la transizione.",
            Some(day(2026, 5, 31)),
            "Alloggi ERP di risulta",
            Completato,
        ),
        (
            4,
            24,
            "Costituisce un fondo di garanzia per i contratti d'affitto.",
            Some(day(2026, 10, 31)),
            "40.000 euro del bando annuale",
            Completato,
        ),
        (
            5,
            26,
            "Mette a disposizione un appartamento per una coabitazione solidale.",
            Some(day(2027, 1, 31)),
            "Appartamento della parrocchia, comodato d'uso",
            Previsto,
        ),
        (
            6,
            4,
            "Adotta un protocollo di accoglienza dei neoarrivati in corso d'anno.",
            Some(day(2026, 9, 15)),
            "Commissione accoglienza dell'istituto",
            Completato,
        ),
        (
            6,
            14,
            "Tiene un doposcuola due pomeriggi a settimana.",
            None,
            "Volontari e locali della parrocchia",
            InCorso,
        ),
        (
            7,
            6,
            "Attiva tre corsi di italiano A1-A2 all'anno con custodia dei bambini.",
            Some(day(2027, 6, 30)),
            "Docenti del CPIA, educatrice per la custodia",
            InCorso,
        ),
        (
            8,
            5,
            "Mette a disposizione due aule serali per i corsi al Ponte.",
            Some(day(2027, 1, 31)),
            "Aule e personale ausiliario",
            Previsto,
        ),
        (
            9,
            7,
            "Garantisce la mediazione linguistica nei consultori, dieci ore a settimana.",
            Some(day(2027, 8, 31)),
            "Mediatrici del servizio aziendale",
            InCorso,
        ),
        (
            9,
            9,
            "Cofinanzia la mediazione nei consultori per il biennio 2026-2027.",
            Some(day(2026, 4, 30)),
            "Fondi regionali per l'inclusione",
            Completato,
        ),
        (
            10,
            27,
            "Organizza quattro feste dei popoli all'anno.",
            Some(day(2026, 12, 31)),
            "Sala conferenze e scaffale multilingue",
            InCorso,
        ),
        (
            10,
            18,
            "Apre al quartiere la festa di fine Ramadan.",
            Some(day(2026, 3, 31)),
            "Volontari della comunità",
            Completato,
        ),
    ];
    cd.commitments = commitments
        .iter()
        .map(
            |(alliance, partner, what, due, resources, status)| Commitment {
                id: ids(),
                alliance: a[*alliance],
                partner: p[*partner],
                what: (*what).into(),
                due: *due,
                resources: (*resources).into(),
                status: *status,
            },
        )
        .collect();

    use FundingStatus::{Ipotesi, Ottenuto, Richiesto};
    // The inclusione socio-culturale area gets no line: the summary shows it.
    let funding: [FundingSpec; 13] = [
        (Funding::Fami, 120_000, Some(6), Some(1), Ottenuto),
        (Funding::Fami, 85_000, Some(7), None, Ottenuto),
        (Funding::Fami, 60_000, Some(0), None, Richiesto),
        (Funding::FsePlus, 150_000, Some(0), Some(0), Ottenuto),
        (Funding::Pnrr, 480_000, Some(3), Some(2), Ottenuto),
        (Funding::Regional, 45_000, Some(9), Some(3), Ottenuto),
        (Funding::Regional, 30_000, Some(1), None, Richiesto),
        (Funding::Municipal, 25_000, Some(3), None, Ottenuto),
        (Funding::Municipal, 12_000, Some(2), None, Ipotesi),
        (Funding::Municipal, 8_000, Some(8), None, Ipotesi),
        (Funding::Municipal, 15_000, None, Some(5), Ipotesi),
        (Funding::Private, 40_000, Some(4), None, Ottenuto),
        (Funding::Private, 20_000, Some(5), None, Richiesto),
    ];
    cd.funding = funding
        .iter()
        .map(
            |(programme, euro, alliance, intervention, status)| FundingLine {
                id: ids(),
                programme: *programme,
                amount: Amount::from_units(*euro),
                alliance: alliance.map(|i| a[i]),
                intervention: intervention.map(|i| iv[i]),
                start: Some(day(2026, 1, 1)),
                end: Some(day(2027, 12, 31)),
                status: *status,
            },
        )
        .collect();

    // (alliance, intervention, last update with its referent): the
    // consultori's was exchanged almost a year ago, so it is due.
    let complements = [
        (0, 0, day(2026, 10, 12)),
        (6, 1, day(2026, 9, 30)),
        (3, 2, day(2026, 10, 20)),
        (5, 2, day(2026, 8, 3)),
        (9, 3, day(2025, 12, 10)),
    ];
    cd.complements = complements
        .iter()
        .map(|(alliance, intervention, last)| Complement {
            id: ids(),
            alliance: a[*alliance],
            intervention: iv[*intervention],
            last_update: Some(*last),
        })
        .collect();
}
