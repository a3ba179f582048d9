//! The co-design of the "Comune di Esempio": four sessions (the last one the
//! final summary), a decision log with a chain of corrections, the cabina di
//! regia and two tavoli. Monitoring, commitments, funding and complements are
//! in `monitoring.rs`.
use super::day;
use crate::model::codesign::{Body, CoDesign};
use crate::model::codesign::{BodyKind, CabinaInfo, Decider, Decision, Session};
use crate::model::ids::PlanId;
use crate::model::matrix::Cell;
use crate::model::plan::Plan;
use chrono::NaiveDate;

/// A session: date, place, online, participants, agenda, shared, outcomes, final summary.
type SessionSpec = (
    NaiveDate,
    &'static str,
    bool,
    &'static [usize],
    &'static str,
    &'static str,
    &'static str,
    bool,
);

/// A decision: text, date, who (session index, or `None` with a body index,
/// or neither for the cabina), reason, alliance, cells (territory, theme),
/// the index of the decision it revises.
struct DecisionSpec {
    text: &'static str,
    date: NaiveDate,
    by: Decider,
    reason: &'static str,
    alliance: Option<usize>,
    cells: &'static [(usize, usize)],
    revises: Option<usize>,
}

/// Fills `plan.codesign` with sessions, decisions and governance bodies, then
/// the monitoring registers. `t`, `p`: the ids of the territories and of the
/// bodies of the register, in the generator's order.
pub fn fill_codesign(
    plan: &mut Plan,
    ids: &mut impl FnMut() -> PlanId,
    t: &[PlanId],
    p: &[PlanId],
) {
    let th: Vec<PlanId> = plan.axes.themes.iter().map(|x| x.id).collect();
    let a: Vec<PlanId> = plan.alliances.iter().map(|x| x.id).collect();
    let mut cd = CoDesign::default();

    let sessions: [SessionSpec; 4] = [
        (
            day(2026, 2, 10),
            "Sala consiliare del Palazzo comunale",
            false,
            &[0, 1, 2, 4, 6, 7, 10, 11, 12, 13, 14, 17, 20, 24],
            "1. Presentazione dell'analisi di contesto\n2. Bisogni prioritari per area tematica\n3. Modalità di lavoro della coprogettazione",
            "Sintesi dei dati aggregati sui cittadini di Paesi terzi; mappa degli interventi già attivi; proposta di calendario degli incontri.",
            "Condivisi lavoro e casa come priorità. Gli enti presenti indicano un referente per i tavoli. Si parte dallo sportello di orientamento al lavoro.",
            false,
        ),
        (
            day(2026, 3, 17),
            "Piattaforma di videoconferenza del Comune",
            true,
            &[0, 1, 10, 12, 13, 15, 20, 21, 24, 26],
            "1. Primo mese dello sportello di orientamento\n2. Alloggi temporanei del Quartiere Ponte",
            "Dati di affluenza dello sportello; disponibilità di alloggi dell'Ufficio casa e di «Casa Comune».",
            "Lo sportello non basta a coprire le richieste: si aggiunge un turno. Casa Ponte riserva una quota di alloggi alle donne sole con figli.",
            false,
        ),
        (
            day(2026, 4, 21),
            "Biblioteca civica «Pagine», sala conferenze",
            false,
            &[0, 4, 5, 6, 7, 8, 11, 14, 17, 18, 27],
            "1. Corsi di italiano per adulti\n2. Inserimento scolastico dei neoarrivati\n3. Mediazione nei consultori",
            "Liste d'attesa del CPIA; protocollo di accoglienza dell'Istituto comprensivo «Girasole»; proposta di orari dei consultori.",
            "I corsi del CPIA avranno la custodia dei bambini; la scuola adotta il protocollo di accoglienza da settembre.",
            false,
        ),
        (
            day(2026, 6, 9),
            "Sala consiliare del Palazzo comunale",
            false,
            &[0, 1, 2, 4, 6, 7, 9, 10, 11, 12, 13, 14, 17, 20, 21, 24, 26, 27],
            "1. Lettura del documento di sintesi\n2. Governance: cabina di regia e tavoli\n3. Indicatori e impegni delle parti",
            "Bozza del documento di sintesi inviata agli enti il 30 maggio; quadro dei finanziamenti disponibili.",
            "Approvato il documento di sintesi della coprogettazione: undici alleanze, una cabina di regia, un tavolo tematico sul lavoro e un tavolo territoriale per il Quartiere Ponte, indicatori e impegni di ciascuna parte. Il documento è la base del protocollo d'intesa.",
            true,
        ),
    ];
    cd.sessions = sessions
        .iter()
        .map(
            |(date, place, online, who, agenda, shared, outcomes, last)| Session {
                id: ids(),
                date: Some(*date),
                place: (*place).into(),
                online: *online,
                convened_by: Some(p[0]),
                participants: who.iter().map(|i| p[*i]).collect(),
                agenda: (*agenda).into(),
                shared: (*shared).into(),
                outcomes: (*outcomes).into(),
                final_summary: *last,
            },
        )
        .collect();
    let s: Vec<PlanId> = cd.sessions.iter().map(|x| x.id).collect();

    cd.cabina = CabinaInfo {
        chair: Some(p[0]),
        frequency: "ogni due mesi".into(),
    };
    let (lavoro, istruzione) = (th[2], th[1]);
    let mut work = Body::new(ids(), "Tavolo tematico lavoro");
    work.kind = BodyKind::Thematic;
    work.chair = Some(p[10]);
    work.members = [10, 13, 20, 21, 0].iter().map(|i| p[*i]).collect();
    work.frequency = "mensile".into();
    work.alliances = vec![a[0], a[1], a[2]];
    work.themes = vec![lavoro];
    let mut ponte = Body::new(ids(), "Tavolo territoriale Quartiere Ponte");
    ponte.kind = BodyKind::Territorial;
    ponte.chair = Some(p[11]);
    ponte.members = [11, 0, 6, 7, 12, 14, 17].iter().map(|i| p[*i]).collect();
    ponte.frequency = "ogni due mesi".into();
    ponte.alliances = vec![a[3], a[7], a[8], a[9]];
    ponte.territories = vec![t[2]];
    ponte.themes = vec![istruzione];
    let b = [work.id, ponte.id];
    cd.bodies = vec![work, ponte];

    let decisions = [
        DecisionSpec {
            text: "Lo sportello di orientamento al lavoro apre il martedì mattina al Centro per l'impiego.",
            date: day(2026, 2, 10),
            by: Decider::Session(s[0]),
            reason: "Partire con le risorse già disponibili e misurare l'affluenza.",
            alliance: Some(0),
            cells: &[(0, 2)],
            revises: None,
        },
        DecisionSpec {
            text: "Lo sportello apre martedì e giovedì, con un turno pomeridiano per chi lavora al mattino.",
            date: day(2026, 3, 17),
            by: Decider::Session(s[1]),
            reason: "Nel primo mese le richieste hanno superato i posti disponibili; molte persone lavorano al mattino.",
            alliance: Some(0),
            cells: &[(0, 2)],
            revises: Some(0),
        },
        DecisionSpec {
            text: "Casa Ponte riserva due alloggi temporanei alle donne sole con figli.",
            date: day(2026, 3, 17),
            by: Decider::Session(s[1]),
            reason: "È la vulnerabilità più frequente tra le richieste di alloggio.",
            alliance: Some(3),
            cells: &[(2, 3)],
            revises: None,
        },
        DecisionSpec {
            text: "I corsi di italiano del CPIA offrono la custodia dei bambini durante le lezioni.",
            date: day(2026, 4, 21),
            by: Decider::Session(s[2]),
            reason: "Molte madri rinunciano al corso per non avere a chi lasciare i figli.",
            alliance: Some(7),
            cells: &[],
            revises: None,
        },
        DecisionSpec {
            text: "La cabina di regia si riunisce ogni due mesi; i tavoli le riferiscono prima di ogni riunione.",
            date: day(2026, 6, 9),
            by: Decider::Cabina,
            reason: "Tenere insieme le alleanze senza appesantire il lavoro dei tavoli.",
            alliance: None,
            cells: &[],
            revises: None,
        },
        DecisionSpec {
            text: "Il turno pomeridiano dello sportello si sposta nel Quartiere Ponte, il giovedì.",
            date: day(2026, 9, 22),
            by: Decider::Body(b[0]),
            reason: "Metà delle persone del turno pomeridiano abita nel Quartiere Ponte.",
            alliance: Some(0),
            cells: &[(2, 2)],
            revises: Some(1),
        },
        DecisionSpec {
            text: "«Italiano per tutti» e «Corsi serali al Ponte» concordano un calendario unico dei corsi.",
            date: day(2026, 10, 6),
            by: Decider::Body(b[1]),
            reason: "Le due alleanze offrivano corsi simili nello stesso quartiere.",
            alliance: Some(8),
            cells: &[(2, 1)],
            revises: None,
        },
    ];
    for d in decisions {
        let revises = d.revises.map(|i| cd.decisions[i].id);
        cd.decisions.push(Decision {
            id: ids(),
            text: d.text.into(),
            date: Some(d.date),
            by: Some(d.by),
            reason: d.reason.into(),
            alliance: d.alliance.map(|i| a[i]),
            cells: d
                .cells
                .iter()
                .map(|(r, c)| Cell {
                    territory: t[*r],
                    theme: th[*c],
                })
                .collect(),
            revises,
        });
    }
    plan.codesign = cd;
    super::monitoring::fill_monitoring(plan, ids, p);
}
