use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

/// Stable identifier of a plan or of any item inside it (UUID v4 in text form).
///
/// The random bytes are passed in, so the model stays deterministic in tests and
/// the browser layer decides where randomness comes from (`crypto.getRandomValues`).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct PlanId(pub Uuid);

impl PlanId {
    pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
        PlanId(uuid::Builder::from_random_bytes(bytes).into_uuid())
    }

    pub fn parse(text: &str) -> Option<Self> {
        Uuid::parse_str(text).ok().map(PlanId)
    }
}

impl fmt::Display for PlanId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// Deterministic ids (for tests, fixtures and generated examples): the `n`th
/// id of stream `seed` is always the same.
pub fn sequential_ids(seed: u8) -> impl FnMut() -> PlanId {
    let mut n: u64 = 0;
    move || {
        n += 1;
        let mut bytes = [seed; 16];
        bytes[8..].copy_from_slice(&n.to_be_bytes());
        PlanId::from_random_bytes(bytes)
    }
}

/// A new id from 16 random bytes (see [`PlanId::from_random_bytes`]).
pub fn new_id(bytes: [u8; 16]) -> PlanId {
    PlanId::from_random_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_version_4_uuids_and_round_trip_through_text() {
        let id = PlanId::from_random_bytes([7; 16]);
        assert_eq!(id.0.get_version_num(), 4);
        assert_eq!(PlanId::parse(&id.to_string()), Some(id));
        assert_eq!(PlanId::parse("not-an-id"), None);
    }
}
