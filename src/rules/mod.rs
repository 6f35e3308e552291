//! The rules profile: every number and list the engines use, as dated data with sources.
//!
//! Like GOV.UK's rates files, a profile is a list of versions, each in force from its
//! `start` (and until its `end`, if any); the engines use the version in force on the date
//! asked about. A change in the law is a new version in `kz-2023.json`, not a code change.

mod permit;
mod profile;
mod regime;

pub use permit::{is_currency, Condition, DocumentRule, Ground, Housing, MoneyRule, RefusalReason, StepRule};
pub use profile::{override_path, Notice, Profile, Rule, Source, Version};
pub use regime::Regime;

/// The profile shipped with the calculator, as JSON (`src/rules/kz-2023.json`).
pub const DEFAULT_PROFILE_JSON: &str = include_str!("kz-2023.json");
