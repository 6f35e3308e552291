//! The entry points the JavaScript boundary calls, on any serde data: the request is
//! deserialized (type errors become coded errors at their field), the engine runs, and the
//! typed answer goes back to the caller to serialize. The tests drive them with
//! `serde_json` values exactly as the browser does with JavaScript values (both are a
//! [`Data`] of plain data).
//!
//! ```
//! use kz_residence::{api, rules::Profile};
//! let request = serde_json::json!({ "trips": [{ "entry": "2024-01-01", "exit": "2024-01-30" }], "on": "2024-02-15" });
//! let answer = api::stay(&request, &Profile::shipped()).unwrap();
//! assert_eq!(answer.days_remaining, 60);
//! let bad = serde_json::json!({ "trips": [{ "entry": 20240101 }], "on": "2024-02-15" });
//! assert_eq!(api::stay(&bad, &Profile::shipped()).unwrap_err().field, "trips[0].entry");
//! ```

use crate::boundary::{decode, Data};
use crate::date::Day;
use crate::error::Error;
use crate::permit::{self, PermitAnswer};
use crate::rules::{Profile, RulesOn};
use crate::stay::{self, StayAnswer};

/// `KzResidence.stay`: see the README for the request and the answer.
pub fn stay<S: Data>(request: S, profile: &Profile) -> Result<StayAnswer, Error> {
    stay::stay(&decode(request)?, profile)
}

/// `KzResidence.permit`: see the README for the request and the answer.
pub fn permit<S: Data>(request: S, profile: &Profile) -> Result<PermitAnswer, Error> {
    permit::permit(&decode(request)?, profile)
}

/// `KzResidence.rules`: the rules in force on the date `on`.
pub fn rules<S: Data>(on: S, profile: &Profile) -> Result<RulesOn<'_>, Error> {
    let on: Day = decode(on).map_err(|e| Error { field: String::from("on"), ..e })?;
    profile.on(on)
}
