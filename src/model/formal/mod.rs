//! Step 6, Formalizzazione: the words of the act (protocollo d'intesa /
//! accordo di collaborazione, art. 15 L. 241/1990) that the plan cannot give by
//! itself, the signing roles of the parties, and the completeness rules that
//! say what the act still lacks. Everything else in the act (parties,
//! commitments, governance, funding) is read from the rest of the plan.
mod completeness;
mod draft;
mod edit;

pub use completeness::{completeness, parties, FormalGap, Place, RULES};
pub use draft::{funding_name, premesse_draft, source_name};
pub use edit::{
    apply_formal, representative_references, FormalEdit, FormalField, FormalKey, RepField,
};

use super::ids::PlanId;
use super::validate::{Problem, MAX_ITEMS, MAX_TEXT_CHARS};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The shape of the act.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActKind {
    /// Protocollo d'intesa: public and private bodies.
    #[default]
    ProtocolloIntesa,
    /// Accordo di collaborazione between public bodies (art. 15 L. 241/1990).
    AccordoCollaborazione,
}

impl ActKind {
    pub const ALL: [ActKind; 2] = [ActKind::ProtocolloIntesa, ActKind::AccordoCollaborazione];

    pub fn as_str(self) -> &'static str {
        match self {
            ActKind::ProtocolloIntesa => "protocollo_intesa",
            ActKind::AccordoCollaborazione => "accordo_collaborazione",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// Who signs for a party: a role and an office, never a private person's data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Representative {
    /// A stakeholder of the register.
    pub partner: PlanId,
    /// The signing role (e.g. "Sindaco", "Direttore generale", "Legale rappresentante").
    #[serde(default)]
    pub role: String,
    /// The office or seat (e.g. "Direzione generale, sede legale di …").
    #[serde(default)]
    pub office: String,
}

/// A sensible default for the data-protection article; the user edits it.
pub const DEFAULT_DATA_PROTECTION: &str = "Le Parti trattano i dati personali eventualmente \
necessari all'attuazione del presente atto nel rispetto del Regolamento (UE) 2016/679 (GDPR) e \
del D.Lgs. 196/2003, ciascuna in qualità di titolare autonomo del trattamento per quanto di \
propria competenza, limitandoli a quanto strettamente necessario. Le attività di analisi, \
programmazione e monitoraggio dell'alleanza si basano su dati aggregati e anonimi; i dati \
personali dei destinatari degli interventi non sono scambiati tra le Parti se non nei casi e \
nei limiti previsti dalla legge, previa definizione, ove necessario, di specifici accordi ai \
sensi dell'art. 26 del Regolamento.";

/// The user's own words for the act; `#[serde(default)]`, so plans written
/// before this step open with the defaults.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Formalisation {
    pub act_kind: ActKind,
    /// Premesse: the grounds of the act, usually drawn from the context analysis.
    pub premesse: String,
    /// Oggetto: what the act governs (the shared objective is shown beside it).
    pub object: String,
    /// Governance in words beyond the cabina di regia and the coordinators (tavoli, meetings).
    pub governance: String,
    pub duration: String,
    /// Recesso: how a party leaves.
    pub withdrawal: String,
    /// Adesione successiva: how another body joins later.
    pub accession: String,
    /// Monitoraggio: how and how often the alliance checks its results.
    pub monitoring: String,
    /// Risorse e finanziamento, in words (the funding sources are listed from the plan).
    pub resources: String,
    pub data_protection: String,
    /// Where the act is signed; the date is left blank (signing happens outside the app).
    pub signing_place: String,
    /// Signing roles, one per party at most, kept in partner-id order.
    pub representatives: Vec<Representative>,
}

impl Default for Formalisation {
    fn default() -> Self {
        Formalisation {
            act_kind: ActKind::default(),
            premesse: String::new(),
            object: String::new(),
            governance: String::new(),
            duration: String::new(),
            withdrawal: String::new(),
            accession: String::new(),
            monitoring: String::new(),
            resources: String::new(),
            data_protection: DEFAULT_DATA_PROTECTION.to_owned(),
            signing_place: String::new(),
            representatives: Vec::new(),
        }
    }
}

impl Formalisation {
    pub fn representative(&self, partner: PlanId) -> Option<&Representative> {
        self.representatives.iter().find(|r| r.partner == partner)
    }
}

/// Problems of the formalisation section, with field paths.
pub fn validate_formal(plan: &super::Plan, err: &mut dyn FnMut(String, Problem)) {
    let f = &plan.formalisation;
    for field in FormalField::ALL {
        if f.text(field).chars().count() > MAX_TEXT_CHARS {
            err(
                format!("plan.formalisation.{}", field.as_str()),
                Problem::TooLong,
            );
        }
    }
    if f.representatives.len() > MAX_ITEMS {
        err(
            "plan.formalisation.representatives".into(),
            Problem::TooMany,
        );
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, r) in f.representatives.iter().enumerate() {
        let path = format!("plan.formalisation.representatives[{i}]");
        if !plan.stakeholders.iter().any(|s| s.id == r.partner) {
            err(format!("{path}.partner"), Problem::DanglingReference);
        } else if !seen.insert(r.partner) {
            err(format!("{path}.partner"), Problem::DuplicateId);
        }
        for (name, text) in [("role", &r.role), ("office", &r.office)] {
            if text.chars().count() > MAX_TEXT_CHARS {
                err(format!("{path}.{name}"), Problem::TooLong);
            }
        }
    }
}

#[cfg(test)]
mod tests;
