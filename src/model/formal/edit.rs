//! Edits of the formalisation section. Each returns its inverse; typing in one
//! field coalesces into one step of undo (see [`FormalKey`]).
use super::{ActKind, Formalisation, Representative};
use crate::model::edit::{Edit, EditError};
use crate::model::ids::PlanId;
use crate::model::plan::Plan;
use crate::model::validate::MAX_TEXT_CHARS;
use serde::{Deserialize, Serialize};

/// The free-text articles of the act.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FormalField {
    Premesse,
    Object,
    Governance,
    Duration,
    Withdrawal,
    Accession,
    Monitoring,
    Resources,
    DataProtection,
    SigningPlace,
}

impl FormalField {
    pub const ALL: [FormalField; 10] = [
        FormalField::Premesse,
        FormalField::Object,
        FormalField::Governance,
        FormalField::Duration,
        FormalField::Withdrawal,
        FormalField::Accession,
        FormalField::Monitoring,
        FormalField::Resources,
        FormalField::DataProtection,
        FormalField::SigningPlace,
    ];

    /// The field's name in files (and in validation paths) and in element ids.
    pub fn as_str(self) -> &'static str {
        match self {
            FormalField::Premesse => "premesse",
            FormalField::Object => "object",
            FormalField::Governance => "governance",
            FormalField::Duration => "duration",
            FormalField::Withdrawal => "withdrawal",
            FormalField::Accession => "accession",
            FormalField::Monitoring => "monitoring",
            FormalField::Resources => "resources",
            FormalField::DataProtection => "data_protection",
            FormalField::SigningPlace => "signing_place",
        }
    }
}

/// The two words of a signing role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RepField {
    Role,
    Office,
}

impl Formalisation {
    pub fn text(&self, field: FormalField) -> &str {
        match field {
            FormalField::Premesse => &self.premesse,
            FormalField::Object => &self.object,
            FormalField::Governance => &self.governance,
            FormalField::Duration => &self.duration,
            FormalField::Withdrawal => &self.withdrawal,
            FormalField::Accession => &self.accession,
            FormalField::Monitoring => &self.monitoring,
            FormalField::Resources => &self.resources,
            FormalField::DataProtection => &self.data_protection,
            FormalField::SigningPlace => &self.signing_place,
        }
    }

    fn text_mut(&mut self, field: FormalField) -> &mut String {
        match field {
            FormalField::Premesse => &mut self.premesse,
            FormalField::Object => &mut self.object,
            FormalField::Governance => &mut self.governance,
            FormalField::Duration => &mut self.duration,
            FormalField::Withdrawal => &mut self.withdrawal,
            FormalField::Accession => &mut self.accession,
            FormalField::Monitoring => &mut self.monitoring,
            FormalField::Resources => &mut self.resources,
            FormalField::DataProtection => &mut self.data_protection,
            FormalField::SigningPlace => &mut self.signing_place,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FormalEdit {
    SetText {
        field: FormalField,
        value: String,
    },
    SetActKind(ActKind),
    /// Sets a party's signing role or office; an entry with both words empty
    /// is dropped, so undoing the first word leaves no trace.
    SetRepresentative {
        partner: PlanId,
        field: RepField,
        value: String,
    },
}

/// Edits with the same key that follow each other closely are one undo step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FormalKey {
    Text(FormalField),
    Representative(PlanId, RepField),
}

impl FormalEdit {
    pub fn coalesce_key(&self) -> Option<FormalKey> {
        match self {
            FormalEdit::SetText { field, .. } => Some(FormalKey::Text(*field)),
            FormalEdit::SetActKind(_) => None,
            FormalEdit::SetRepresentative { partner, field, .. } => {
                Some(FormalKey::Representative(*partner, *field))
            }
        }
    }
}

fn check_len(text: &str) -> Result<(), EditError> {
    if text.chars().count() > MAX_TEXT_CHARS {
        Err(EditError::TooLong {
            max_chars: MAX_TEXT_CHARS,
        })
    } else {
        Ok(())
    }
}

/// Applies `edit` to the plan's formalisation and returns its inverse.
pub fn apply_formal(plan: &mut Plan, edit: FormalEdit) -> Result<FormalEdit, EditError> {
    Ok(match edit {
        FormalEdit::SetText { field, value } => {
            check_len(&value)?;
            let old = std::mem::replace(plan.formalisation.text_mut(field), value);
            FormalEdit::SetText { field, value: old }
        }
        FormalEdit::SetActKind(kind) => {
            FormalEdit::SetActKind(std::mem::replace(&mut plan.formalisation.act_kind, kind))
        }
        FormalEdit::SetRepresentative {
            partner,
            field,
            value,
        } => {
            check_len(&value)?;
            let reps = &mut plan.formalisation.representatives;
            let index = match reps.iter().position(|r| r.partner == partner) {
                Some(i) => i,
                None => {
                    if !plan.stakeholders.iter().any(|s| s.id == partner) {
                        return Err(EditError::NotFound(partner));
                    }
                    // Kept in partner-id order: undo puts an entry back where it was.
                    let at = reps.partition_point(|r| r.partner < partner);
                    reps.insert(
                        at,
                        Representative {
                            partner,
                            role: String::new(),
                            office: String::new(),
                        },
                    );
                    at
                }
            };
            let rep = &mut reps[index];
            let slot = match field {
                RepField::Role => &mut rep.role,
                RepField::Office => &mut rep.office,
            };
            let old = std::mem::replace(slot, value);
            if rep.role.is_empty() && rep.office.is_empty() {
                reps.remove(index);
            }
            FormalEdit::SetRepresentative {
                partner,
                field,
                value: old,
            }
        }
    })
}

/// The edits that take a partner's signing role out with the partner.
pub fn representative_references(plan: &Plan, partner: PlanId) -> Vec<Edit> {
    let Some(rep) = plan.formalisation.representative(partner) else {
        return Vec::new();
    };
    [(RepField::Role, &rep.role), (RepField::Office, &rep.office)]
        .into_iter()
        .filter(|(_, text)| !text.is_empty())
        .map(|(field, _)| {
            Edit::Formal(FormalEdit::SetRepresentative {
                partner,
                field,
                value: String::new(),
            })
        })
        .collect()
}
