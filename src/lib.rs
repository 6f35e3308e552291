//! kz-residence: how long a foreigner may stay in Kazakhstan (at most 90 days in any 180)
//! and whether, when and how they can get a residence permit.
//!
//! The core is pure Rust: [`stay`] and [`permit`] compute, [`rules`] holds the dated rules
//! profile every number comes from (compiled in from `src/rules/kz.json` by the build),
//! [`notice`] the coded remarks of both answers, [`error`] the coded errors, [`date`] the
//! calendar day and [`input`] the request values that check themselves. [`boundary`] turns
//! any serde data into typed requests with coded errors at their fields, and [`api`] offers
//! the entry points on it. Only `wasm` (built for the browser) knows about JavaScript;
//! [`ts`] (the `ts` feature, never in the browser's build) declares the requests and
//! answers in TypeScript.

pub mod api;
pub mod boundary;
#[cfg(feature = "ts")]
pub mod codes;
pub mod date;
pub mod error;
pub mod input;
pub mod notice;
pub mod permit;
pub mod rules;
mod shipped;
pub mod stay;
#[cfg(feature = "ts")]
pub mod ts;

#[cfg(target_arch = "wasm32")]
mod wasm;
