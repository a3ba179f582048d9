//! How plans are kept: the file/storage format (pure, natively tested), the
//! storage keys, and — in the browser only — localStorage and file downloads.

pub mod exports;
pub mod file_name;
pub mod format;
pub mod import;
pub mod json_path;
pub mod keys;
pub mod revision;
pub mod schema;

#[cfg(target_arch = "wasm32")]
pub mod files;
#[cfg(target_arch = "wasm32")]
pub mod storage;
