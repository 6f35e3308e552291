//! The rules profile: every number and list the engines use, as dated data with sources.
//!
//! Like GOV.UK's rates files, each rule is its own [`Timeline`] of dated values, each with
//! its source; the engines ask for the value in force on the date in question. A change
//! in the law is one more entry on one rule (`kz-2023.json`, or an embedder's override
//! through `KzResidence.setProfile`), not a code change.

mod check;
mod merge;
mod notice;
mod permit;
mod profile;
mod read;
mod stay;
mod timeline;
mod view;

pub use merge::{Item, Merge, Named};
pub use notice::{Band, Notice};
pub use permit::{Condition, Document, Exemption, Ground, Housing, PermitPatch, PermitRules, Pilot, Refusal, Step};
pub use profile::{Profile, ProfileData, ProfilePatch, Source, Sources};
pub use stay::{Limits, Penalties, Qazeta, Registration, StayPatch, StayRules, VISA_REQUIRED};
pub use timeline::{Entry, Position, Timeline};
pub use view::RulesOn;

/// The profile shipped with the calculator, as JSON (`src/rules/kz-2023.json`).
pub const DEFAULT_PROFILE_JSON: &str = include_str!("kz-2023.json");
