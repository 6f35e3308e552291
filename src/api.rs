//! The entry points the JavaScript boundary calls, on [`Value`]s: convert the request,
//! run the engine, convert the answer. They are plain Rust, so the tests drive them
//! exactly as the browser does, without a browser.
//!
//! ```
//! use kz_residence::{api, rules::DEFAULT_PROFILE_JSON, value::Value};
//! let profile = api::profile(&serde_json::from_str(DEFAULT_PROFILE_JSON).unwrap()).unwrap();
//! let request: Value = serde_json::from_str(r#"{ "trips": [{ "entry": "2024-01-01", "exit": "2024-01-30" }], "on": "2024-02-15" }"#).unwrap();
//! let answer = api::stay(&request, &profile).unwrap();
//! assert_eq!(answer.get("daysRemaining"), &Value::Number(60.0));
//! let bad: Value = serde_json::from_str(r#"{ "trips": [{ "entry": 20240101 }], "on": "2024-02-15" }"#).unwrap();
//! assert_eq!(api::stay(&bad, &profile).unwrap_err().field, "trips[0].entry");
//! ```

use crate::date;
use crate::error::{Code, Error};
use crate::permit::{self, PermitRequest};
use crate::rules::{override_path, Profile};
use crate::stay::{self, StayRequest};
use crate::value::{FromValue, Path, ToValue, Value};

/// `KzResidence.stay`: see the README for the request and the answer.
pub fn stay(request: &Value, profile: &Profile) -> Result<Value, Error> {
    let request = StayRequest::from_value(request, &Path::Root)?;
    Ok(stay::stay(&request, profile)?.to_value())
}

/// `KzResidence.permit`: see the README for the request and the answer.
pub fn permit(request: &Value, profile: &Profile) -> Result<Value, Error> {
    let request = PermitRequest::from_value(request, &Path::Root)?;
    Ok(permit::permit(&request, profile)?.to_value())
}

/// A whole rules profile (the shipped one, possibly merged with an embedder's override),
/// converted and checked. Every error is `INVALID_PROFILE` at the path the override uses
/// (`profile.solvency.amount`, whichever version it was found in).
pub fn profile(value: &Value) -> Result<Profile, Error> {
    let parsed = Profile::from_value(value, &Path::Root)
        .map_err(|e| Error::new(Code::InvalidProfile, override_path(&e.field)))?;
    parsed.check()?;
    Ok(parsed)
}

/// Index of the profile version in force on a date (the first one for earlier dates).
pub fn version_index(on: &str, profile: &Profile) -> Result<u32, Error> {
    let day = date::parse(on, "on")?;
    // A profile has a handful of versions, far below u32::MAX.
    Ok(profile.version_index(day) as u32)
}
