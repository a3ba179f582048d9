//! The protocollo d'intesa of the "Comune di Esempio", ready to export: every
//! article written and a signing role for every party. Roles and offices
//! only, no personal names.
use crate::model::formal::{parties, premesse_draft, ActKind, Representative};
use crate::model::formal::{Formalisation, DEFAULT_DATA_PROTECTION};
use crate::model::plan::{Plan, StakeholderKind};

/// The signing role and office of a party, from its kind and name.
fn signatory(name: &str, kind: StakeholderKind) -> (&'static str, &'static str) {
    use StakeholderKind::*;
    match kind {
        Comune if name.contains("Servizi sociali") => (
            "Il Sindaco pro tempore",
            "Palazzo comunale, piazza del Municipio 1",
        ),
        Other if name.contains("Biblioteca") => (
            "Il Responsabile della Biblioteca, su delega del Sindaco",
            "Biblioteca civica",
        ),
        Comune => (
            "Il Dirigente del Settore politiche abitative",
            "Ufficio casa, Palazzo comunale",
        ),
        Prefettura => ("Il Prefetto pro tempore", "Palazzo del Governo"),
        Questura => ("Il Questore pro tempore", "Sede della Questura"),
        School => (
            "Il Dirigente scolastico pro tempore",
            "Presidenza dell'istituto",
        ),
        HealthAuthority => ("Il Direttore generale pro tempore", "Direzione generale"),
        Regione => (
            "Il Direttore della Direzione politiche sociali, per delega",
            "Sede della Giunta regionale",
        ),
        EmploymentCentre => (
            "Il Responsabile del Centro",
            "Sede del Centro per l'impiego",
        ),
        University => ("Il Direttore del Dipartimento", "Sede del Dipartimento"),
        Foundation => ("Il Presidente pro tempore", "Sede legale della Fondazione"),
        SocialPartner => ("Il Segretario generale pro tempore", "Sede territoriale"),
        _ => ("Il Legale rappresentante pro tempore", "Sede legale"),
    }
}

pub fn fill_formal(plan: &mut Plan) {
    // The draft the screen offers, adopted and completed with the co-design.
    let premesse = premesse_draft(plan).replace(".;", ";").replace(
        "- le Parti intendono formalizzare",
        "- tra febbraio e giugno 2026 le Parti hanno svolto quattro sessioni di coprogettazione, concluse il 09/06/2026 con l'approvazione del documento di sintesi;\n- le Parti intendono formalizzare",
    );
    let mut representatives: Vec<Representative> = parties(plan)
        .map(|s| {
            let (role, office) = signatory(&s.name, s.kind);
            Representative {
                partner: s.id,
                role: role.into(),
                office: office.into(),
            }
        })
        .collect();
    representatives.sort_by_key(|r| r.partner);
    plan.formalisation = Formalisation {
        act_kind: ActKind::ProtocolloIntesa,
        premesse,
        object: "Il presente protocollo disciplina la collaborazione tra le Parti nell'alleanza di scopo per la presa in carico integrata dei cittadini di Paesi terzi: accesso ai servizi, lingua, lavoro e casa, secondo le alleanze e gli impegni definiti nel documento di sintesi della coprogettazione.".into(),
        governance: "La cabina di regia, presieduta dal Comune, si riunisce ogni due mesi e coordina le alleanze. Il tavolo tematico lavoro (mensile) e il tavolo territoriale del Quartiere Ponte (ogni due mesi) riferiscono alla cabina prima di ogni riunione. Le decisioni sono annotate nel registro delle decisioni, con data, motivazione e organo che le ha assunte.".into(),
        duration: "Il protocollo ha durata di tre anni dalla sottoscrizione e può essere rinnovato per iscritto con il consenso delle Parti.".into(),
        withdrawal: "Ciascuna Parte può recedere con comunicazione scritta alla cabina di regia e un preavviso di tre mesi, portando a termine gli impegni in corso.".into(),
        accession: "Altri enti pubblici e privati possono aderire in qualunque momento, su richiesta scritta accolta dalla cabina di regia, sottoscrivendo il protocollo e indicando il proprio impegno.".into(),
        monitoring: "Ogni alleanza rileva i propri indicatori con la frequenza stabilita; la cabina di regia esamina ogni sei mesi lo stato degli indicatori, degli impegni e dei finanziamenti e aggiorna l'analisi di contesto. Una relazione annuale è trasmessa a tutte le Parti.".into(),
        resources: "Le attività sono sostenute da fondi FAMI, FSE+, PNRR, regionali, comunali e privati, come indicati nel quadro dei finanziamenti, e dalle risorse di personale e spazi messe a disposizione da ciascuna Parte. Il protocollo non comporta nuovi oneri a carico dei bilanci delle Parti.".into(),
        data_protection: DEFAULT_DATA_PROTECTION.into(),
        signing_place: "Esempio, Palazzo comunale".into(),
        representatives,
    };
}
