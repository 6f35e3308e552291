//! Shared test helpers: the naive reference and the shipped profile.
#![allow(dead_code)]

pub mod naive;

use kz_residence::rules::{Profile, DEFAULT_PROFILE_JSON};

/// The profile shipped in the bundle, parsed as the browser does.
pub fn profile() -> Profile {
    let value = serde_json::from_str(DEFAULT_PROFILE_JSON).expect("shipped profile is JSON");
    kz_residence::api::profile(&value).expect("shipped profile is valid")
}

/// Number of random cases: `ORACLE_CASES` when set (for long local runs), else `default`.
pub fn cases(default: u32) -> u32 {
    std::env::var("ORACLE_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}
