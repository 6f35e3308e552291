//! The rules profile: every number and list the engines use, as dated data with sources,
//! and the lookups the engines make in it. `docs/rules.md` states the rules in words.
//!
//! Like GOV.UK's rates files, each rule is its own [`Timeline`] of dated values, each with
//! its source; the engines ask for the value that applies on the date in question. A change
//! in the law is one more entry on one rule in `kz.json`, not a code change. The build
//! (`build/`) reads, checks and compiles the profile into the engine as read-only data, so
//! this module is shared with the build: it depends on nothing of the engines.

mod check;
mod merge;
mod named;
mod permit;
mod profile;
mod source;
mod stay;
mod text;
mod timeline;
mod view;

#[cfg(not(target_arch = "wasm32"))]
pub use merge::Merge;
pub use named::{Item, Named};
pub use permit::{Condition, Document, Exemption, Ground, Housing, Pilot, PilotReport, PermitRules, Refusal, RiskCode, Step};
#[cfg(not(target_arch = "wasm32"))]
pub use permit::PermitPatch;
#[cfg(not(target_arch = "wasm32"))]
pub use profile::{read, ProfilePatch};
pub use profile::{Profile, ProfileData};
pub use source::{Citation, Cited, Source, Sources};
pub use stay::{Holder, Limits, Penalties, Qazeta, Registration, StayRules, MAX_WINDOW_DAYS, VISA_REQUIRED};
#[cfg(not(target_arch = "wasm32"))]
pub use stay::StayPatch;
pub use text::{List, Text};
pub use timeline::{Entry, Position, Timeline};
pub use view::{DateRange, RulesOn};
