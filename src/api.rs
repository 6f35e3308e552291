//! The entry points the JavaScript boundary calls, on any serde data: the request is
//! deserialized (every per-field error becomes a coded error at its field), the engine runs
//! with the shipped rules, and the typed answer goes back to the caller to serialize. The
//! tests drive them with `serde_json` values exactly as the browser does with JavaScript
//! values (both are a [`Data`] of plain data).
//!
//! ```
//! use kz_residence::api;
//! let request = serde_json::json!({ "trips": [{ "entry": "2024-01-01", "exit": "2024-01-30" }], "on": "2024-02-15" });
//! let answer = api::stay(&request).unwrap();
//! assert_eq!(answer.days_remaining, 60);
//! let bad = serde_json::json!({ "trips": [{ "entry": 20240101 }], "on": "2024-02-15" });
//! assert_eq!(api::stay(&bad).unwrap_err().field, "trips[0].entry");
//! ```

use crate::boundary::{decode, decode_defaulting, Data};
use crate::date::Day;
use crate::error::Error;
use crate::permit::{self, PermitAnswer};
use crate::rules::{Profile, RulesOn};
use crate::stay::{self, StayAnswer};

/// `KzResidence.stay`: see the README for the request and the answer.
pub fn stay<S: Data>(request: S) -> Result<StayAnswer, Error> {
    stay::stay(&decode(request)?, &Profile::shipped())
}

/// `KzResidence.stay` as the browser calls it: `today` stands in for an absent `on`.
pub fn stay_defaulting<S: Data>(request: S, today: S) -> Result<StayAnswer, Error> {
    stay::stay(&decode_defaulting(request, "on", today)?, &Profile::shipped())
}

/// `KzResidence.permit`: see the README for the request and the answer.
pub fn permit<S: Data>(request: S) -> Result<PermitAnswer, Error> {
    permit::permit(&decode(request)?, &Profile::shipped())
}

/// `KzResidence.permit` as the browser calls it: `today` stands in for an absent
/// `applicationDate`.
pub fn permit_defaulting<S: Data>(request: S, today: S) -> Result<PermitAnswer, Error> {
    permit::permit(&decode_defaulting(request, "applicationDate", today)?, &Profile::shipped())
}

/// `KzResidence.rules`: the rules in force on the date `on`.
pub fn rules<S: Data>(on: S) -> Result<RulesOn, Error> {
    let on: Day = decode(on).map_err(|e| Error { field: String::from("on"), ..e })?;
    Ok(Profile::shipped().on(on))
}
