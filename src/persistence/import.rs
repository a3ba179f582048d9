//! Reading a package file someone sent: untrusted bytes in, a plan or a
//! precise reason out. Nothing here touches storage, so a refused file can
//! never change the open plan or the stored ones.
use super::format::{decode, LoadError};
use crate::model::Plan;

/// Largest file accepted (checked before reading it). A real plan with every
/// section filled is well under 1 MB; the generated large example is ≈ 1 MB.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq)]
pub enum FileProblem {
    Empty,
    TooLarge {
        bytes: u64,
    },
    /// Starts with a UTF-8 byte order mark, which JSON does not allow.
    Bom,
    /// Not UTF-8 text (e.g. a spreadsheet or a UTF-16 export); `offset` is the
    /// first byte that is not.
    NotUtf8 {
        offset: usize,
    },
    Load(LoadError),
}

/// Refuses a file by its size alone, before any byte is read.
pub fn check_size(bytes: u64) -> Result<(), FileProblem> {
    match bytes {
        0 => Err(FileProblem::Empty),
        b if b > MAX_FILE_BYTES => Err(FileProblem::TooLarge { bytes: b }),
        _ => Ok(()),
    }
}

/// The plan in a package file, or why the file cannot be opened.
pub fn read_package(bytes: &[u8]) -> Result<Plan, FileProblem> {
    check_size(bytes.len() as u64)?;
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Err(FileProblem::Bom);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| FileProblem::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    decode(text).map(|l| l.plan).map_err(FileProblem::Load)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{sequential_ids, Plan, PlanId};
    use crate::persistence::format::encode_package;
    use chrono::{TimeZone, Utc};

    fn package() -> String {
        let plan = Plan::new(
            PlanId::from_random_bytes([1; 16]),
            "Piano",
            Utc.timestamp_opt(0, 0).unwrap(),
            sequential_ids(2),
        );
        encode_package(&plan, Utc.timestamp_opt(10, 0).unwrap())
    }

    #[test]
    fn an_exported_package_opens() {
        let plan = read_package(package().as_bytes()).unwrap();
        assert_eq!(plan.title, "Piano");
    }

    #[test]
    fn empty_and_oversized_files_are_refused_before_reading() {
        assert_eq!(check_size(0), Err(FileProblem::Empty));
        assert_eq!(
            check_size(MAX_FILE_BYTES + 1),
            Err(FileProblem::TooLarge {
                bytes: MAX_FILE_BYTES + 1
            })
        );
        assert_eq!(check_size(MAX_FILE_BYTES), Ok(()));
        assert_eq!(read_package(b""), Err(FileProblem::Empty));
    }

    #[test]
    fn a_byte_order_mark_and_non_utf8_text_are_refused() {
        let mut with_bom = vec![0xEF, 0xBB, 0xBF];
        with_bom.extend_from_slice(package().as_bytes());
        assert_eq!(read_package(&with_bom), Err(FileProblem::Bom));
        let utf16: Vec<u8> = "{\"a\":1}"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let mut latin1 = package().into_bytes();
        latin1.insert(10, 0xE8); // 'è' in Latin-1
        assert!(matches!(
            read_package(&latin1),
            Err(FileProblem::NotUtf8 { offset: 10 })
        ));
        assert!(read_package(&utf16).is_err());
    }

    #[test]
    fn a_file_of_another_kind_is_refused_with_the_load_error() {
        assert_eq!(
            read_package(br#"{"format":"excalidraw","version":2}"#),
            Err(FileProblem::Load(LoadError::WrongFormat))
        );
        assert!(matches!(
            read_package(b"not json"),
            Err(FileProblem::Load(LoadError::NotJson { .. }))
        ));
    }
}
