//! Step 5, Coprogettazione, and the four levers of matrix management: the
//! co-design sessions (art. 55 D.Lgs. 117/2017, DM 72/2021: minutes and a
//! final summary), the incremental decision log, the tavoli beside the
//! cabina di regia (whose members stay in `plan.governance`), indicators with
//! measurements, partners' commitments, funding lines, and the links of each
//! alliance to the external interventions it complements.
mod amount;
mod check;
mod edit;
mod funding;
mod indicator;
mod rules;
#[cfg(test)]
mod tests;

pub use amount::{sum, Amount, AmountError};
pub use check::validate_codesign;
pub use edit::{apply_codesign, codesign_references, CoDesignEdit, Item, Kind};
pub use funding::{funding_summary, FundingSummary, ThemeFunding};
pub use indicator::{monitoring_summary, AllianceStatus, IndicatorStatus, AT_RISK_GAP_PERMILLE};
pub use rules::{check_item, revision_chain, stale_complements, Rule, COMPLEMENT_DEFAULT_MONTHS};

use super::context::Funding;
use super::ids::PlanId;
use super::list::Identified;
use super::matrix::Cell;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct CoDesign {
    pub sessions: Vec<Session>,
    /// The decision log, in the order recorded (shown newest first).
    pub decisions: Vec<Decision>,
    /// Chair and frequency of the cabina di regia (its members are
    /// `plan.governance.cabina_di_regia`).
    pub cabina: CabinaInfo,
    /// Tavoli tematici / territoriali.
    pub bodies: Vec<Body>,
    pub indicators: Vec<Indicator>,
    pub commitments: Vec<Commitment>,
    pub funding: Vec<FundingLine>,
    /// Alliance ↔ external intervention it complements (lever 3).
    pub complements: Vec<Complement>,
}

macro_rules! identified {
    ($($t:ty),*) => {$(
        impl Identified for $t {
            fn id(&self) -> PlanId {
                self.id
            }
        }
    )*};
}
identified!(
    Session,
    Decision,
    Body,
    Indicator,
    Commitment,
    FundingLine,
    Complement
);

/// A co-design session and its minutes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Session {
    pub id: PlanId,
    #[serde(default, with = "crate::model::ts::opt_day")]
    #[schemars(with = "Option<NaiveDate>")]
    pub date: Option<NaiveDate>,
    /// Where it took place (an address, a room, or the online platform).
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub online: bool,
    /// The body that convened it (a stakeholder, usually the Comune).
    #[serde(default)]
    pub convened_by: Option<PlanId>,
    /// Bodies of the register that took part.
    #[serde(default)]
    pub participants: Vec<PlanId>,
    #[serde(default)]
    pub agenda: String,
    /// What was shared (information, documents, proposals).
    #[serde(default)]
    pub shared: String,
    #[serde(default)]
    pub outcomes: String,
    /// The final summary document of the co-design (DM 72/2021).
    #[serde(default)]
    pub final_summary: bool,
}

impl Session {
    pub fn new(id: PlanId) -> Self {
        Session {
            id,
            date: None,
            place: String::new(),
            online: false,
            convened_by: None,
            participants: Vec::new(),
            agenda: String::new(),
            shared: String::new(),
            outcomes: String::new(),
            final_summary: false,
        }
    }
}

/// Who took a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
pub enum Decider {
    Cabina,
    /// A tavolo of [`CoDesign::bodies`].
    Body(PlanId),
    /// A session of [`CoDesign::sessions`].
    Session(PlanId),
}

/// One entry of the incremental decision log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Decision {
    pub id: PlanId,
    /// What was decided.
    pub text: String,
    #[serde(default, with = "crate::model::ts::opt_day")]
    #[schemars(with = "Option<NaiveDate>")]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub by: Option<Decider>,
    /// Why.
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub alliance: Option<PlanId>,
    #[serde(default)]
    pub cells: Vec<Cell>,
    /// The earlier decision this one corrects.
    #[serde(default)]
    pub revises: Option<PlanId>,
}

impl Decision {
    pub fn new(id: PlanId, text: &str) -> Self {
        Decision {
            id,
            text: text.to_owned(),
            date: None,
            by: None,
            reason: String::new(),
            alliance: None,
            cells: Vec::new(),
            revises: None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct CabinaInfo {
    pub chair: Option<PlanId>,
    pub frequency: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BodyKind {
    #[default]
    Thematic,
    Territorial,
}

/// A tavolo (thematic or territorial) beside the cabina di regia.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Body {
    pub id: PlanId,
    pub name: String,
    #[serde(default)]
    pub kind: BodyKind,
    #[serde(default)]
    pub members: Vec<PlanId>,
    #[serde(default)]
    pub chair: Option<PlanId>,
    /// How often it meets, in words ("mensile", "ogni due mesi").
    #[serde(default)]
    pub frequency: String,
    /// Alliances it follows.
    #[serde(default)]
    pub alliances: Vec<PlanId>,
    /// Matrix rows (territories) it follows.
    #[serde(default)]
    pub territories: Vec<PlanId>,
    /// Matrix columns (themes) it follows.
    #[serde(default)]
    pub themes: Vec<PlanId>,
}

impl Body {
    pub fn new(id: PlanId, name: &str) -> Self {
        Body {
            id,
            name: name.to_owned(),
            kind: BodyKind::default(),
            members: Vec::new(),
            chair: None,
            frequency: String::new(),
            alliances: Vec::new(),
            territories: Vec::new(),
            themes: Vec::new(),
        }
    }
}

/// A measurement of an indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Measurement {
    #[serde(with = "crate::model::ts::day")]
    #[schemars(with = "NaiveDate")]
    pub date: NaiveDate,
    pub value: Amount,
}

/// A monitoring indicator of an alliance (or of the whole plan).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Indicator {
    pub id: PlanId,
    /// `None`: an indicator of the whole plan.
    #[serde(default)]
    pub alliance: Option<PlanId>,
    pub name: String,
    #[serde(default)]
    pub unit: String,
    pub baseline: Amount,
    #[serde(with = "crate::model::ts::day")]
    #[schemars(with = "NaiveDate")]
    pub baseline_date: NaiveDate,
    pub target: Amount,
    #[serde(default, with = "crate::model::ts::opt_day")]
    #[schemars(with = "Option<NaiveDate>")]
    pub target_date: Option<NaiveDate>,
    /// Months between measurements.
    #[serde(default = "default_frequency")]
    pub frequency_months: u32,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub responsible: Option<PlanId>,
    /// In date order.
    #[serde(default)]
    pub measurements: Vec<Measurement>,
}

fn default_frequency() -> u32 {
    6
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CommitmentStatus {
    #[default]
    Previsto,
    InCorso,
    Completato,
    NonRispettato,
}

impl CommitmentStatus {
    pub const ALL: [CommitmentStatus; 4] = [
        CommitmentStatus::Previsto,
        CommitmentStatus::InCorso,
        CommitmentStatus::Completato,
        CommitmentStatus::NonRispettato,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CommitmentStatus::Previsto => "previsto",
            CommitmentStatus::InCorso => "in_corso",
            CommitmentStatus::Completato => "completato",
            CommitmentStatus::NonRispettato => "non_rispettato",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// The statuses the workflow allows next: previsto → in corso →
    /// completato / non rispettato; a closed commitment can be reopened.
    pub fn next(self) -> &'static [CommitmentStatus] {
        use CommitmentStatus::*;
        match self {
            Previsto => &[InCorso, NonRispettato],
            InCorso => &[Completato, NonRispettato],
            Completato | NonRispettato => &[InCorso],
        }
    }
}

/// What a partner commits to in an alliance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Commitment {
    pub id: PlanId,
    pub alliance: PlanId,
    pub partner: PlanId,
    pub what: String,
    #[serde(default, with = "crate::model::ts::opt_day")]
    #[schemars(with = "Option<NaiveDate>")]
    pub due: Option<NaiveDate>,
    /// Resources put in (staff, premises, money), in words.
    #[serde(default)]
    pub resources: String,
    #[serde(default)]
    pub status: CommitmentStatus,
}

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum FundingStatus {
    #[default]
    Ipotesi,
    Richiesto,
    Ottenuto,
}

impl FundingStatus {
    pub const ALL: [FundingStatus; 3] = [
        FundingStatus::Ipotesi,
        FundingStatus::Richiesto,
        FundingStatus::Ottenuto,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FundingStatus::Ipotesi => "ipotesi",
            FundingStatus::Richiesto => "richiesto",
            FundingStatus::Ottenuto => "ottenuto",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// A funding source used by an alliance or an intervention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FundingLine {
    pub id: PlanId,
    /// The programme (shared with the interventions of the context analysis).
    pub programme: Funding,
    /// Euro cents, never negative.
    pub amount: Amount,
    #[serde(default)]
    pub alliance: Option<PlanId>,
    /// An intervention of `plan.context.interventions`.
    #[serde(default)]
    pub intervention: Option<PlanId>,
    #[serde(default, with = "crate::model::ts::opt_day")]
    #[schemars(with = "Option<NaiveDate>")]
    pub start: Option<NaiveDate>,
    #[serde(default, with = "crate::model::ts::opt_day")]
    #[schemars(with = "Option<NaiveDate>")]
    pub end: Option<NaiveDate>,
    #[serde(default)]
    pub status: FundingStatus,
}

/// An alliance complements an external intervention; the date of the last
/// update exchanged with its institutional referent (lever 3).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Complement {
    pub id: PlanId,
    pub alliance: PlanId,
    /// An intervention of `plan.context.interventions`.
    pub intervention: PlanId,
    #[serde(default, with = "crate::model::ts::opt_day")]
    #[schemars(with = "Option<NaiveDate>")]
    pub last_update: Option<NaiveDate>,
}
