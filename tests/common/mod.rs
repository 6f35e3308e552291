//! Shared test helpers: the naive reference and the shipped profile.
#![allow(dead_code)]

pub mod naive;

use kz_residence::rules::Profile;

/// The profile shipped in the bundle.
pub fn profile() -> Profile {
    Profile::shipped()
}

/// Number of random cases: `ORACLE_CASES` when set (for long local runs), else `default`.
pub fn cases(default: u32) -> u32 {
    std::env::var("ORACLE_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}
