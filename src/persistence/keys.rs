//! Every localStorage key the app uses, in one place.
use crate::model::PlanId;

const PREFIX: &str = "alleanze.";
pub const INDEX: &str = "alleanze.index";
pub const PLAN_PREFIX: &str = "alleanze.plan.";
pub const REVISION_PREFIX: &str = "alleanze.rev.";
pub const BACKUP_PREFIX: &str = "alleanze.backup.";
pub const RECOVERY_PREFIX: &str = "alleanze.recovery.";
pub const EXPORTED_PREFIX: &str = "alleanze.exported.";
/// The language chosen with the switch ("it" or "en").
pub const LOCALE: &str = "alleanze.locale";

pub fn plan(id: PlanId) -> String {
    format!("{PLAN_PREFIX}{id}")
}

/// The revision counter of a plan, kept apart so that tabs can compare
/// revisions without reading and parsing the whole plan.
pub fn revision(id: PlanId) -> String {
    format!("{REVISION_PREFIX}{id}")
}

/// The plan as it was when first opened in this session.
pub fn backup(id: PlanId) -> String {
    format!("{BACKUP_PREFIX}{id}")
}

/// When the plan was last exported ([`super::exports::ExportMark`]).
pub fn exported(id: PlanId) -> String {
    format!("{EXPORTED_PREFIX}{id}")
}

/// Whether the guide is hidden for a plan ("1") or shown.
pub fn guide_hidden(id: PlanId) -> String {
    format!("{PREFIX}guide.hidden.{id}")
}

/// Where the raw text of an unreadable stored plan is set aside.
pub fn recovery(name: &str) -> String {
    format!("{RECOVERY_PREFIX}{name}")
}

/// The plan id named by a plan key (`alleanze.plan.<id>`), if it is one.
pub fn plan_id_of(key: &str) -> Option<PlanId> {
    key.strip_prefix(PLAN_PREFIX).and_then(PlanId::parse)
}

/// Whether a key belongs to this app (so storage accounting skips others).
pub fn is_ours(key: &str) -> bool {
    key.starts_with(PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_key_names_its_plan_and_nothing_else_does() {
        let id = PlanId::from_random_bytes([3; 16]);
        assert_eq!(plan_id_of(&plan(id)), Some(id));
        assert_eq!(plan_id_of(&revision(id)), None);
        assert_eq!(plan_id_of("alleanze.plan.garbage"), None);
        assert!(is_ours(&backup(id)));
        assert!(!is_ours("other-app"));
    }
}
