//! Widgets shared by several screens.
pub mod banners;
pub mod file_drop;
pub mod header;
pub mod heading;
pub mod listen;
pub mod per_key;
pub mod share;
pub mod step_nav;
pub mod sync;
pub mod update_notice;

use chrono::{DateTime, Utc};

/// A moment in the user's local time, Italian style: `28/11/2026 14:05`
/// (the browser knows the time zone; chrono's formatter is not needed).
pub fn when(t: DateTime<Utc>) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t.timestamp_millis() as f64));
    format!(
        "{:02}/{:02}/{:04} {:02}:{:02}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year(),
        d.get_hours(),
        d.get_minutes()
    )
}
