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

/// The property tests' settings: `default` cases (see [`cases`]) from a fixed seed, so every
/// run of `make test` tries the same inputs; `PROPTEST_SEED=<number>` explores others (a
/// failure found so is also kept in the test's `.proptest-regressions` file).
pub fn proptest_config(default: u32) -> proptest::test_runner::Config {
    let seed = std::env::var("PROPTEST_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(0x6b7a_2026);
    proptest::test_runner::Config {
        cases: cases(default),
        rng_seed: proptest::test_runner::RngSeed::Fixed(seed),
        ..proptest::test_runner::Config::default()
    }
}
