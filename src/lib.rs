//! kz-residence: how long a foreigner may stay in Kazakhstan (at most 90 days in any 180)
//! and whether, when and how they can get a residence permit.
//!
//! The core is pure Rust: [`stay`] and [`permit`] compute, [`rules`] holds the dated rules
//! profile every number comes from, [`error`] the coded errors. [`value`] is the small
//! dynamic value requests, answers and the profile take at the boundary, with the hand
//! conversions of the typed structs; [`api`] the entry points on those values. Only `wasm`
//! (built for the browser) knows about JavaScript.

pub mod api;
pub mod date;
pub mod error;
pub mod permit;
pub mod rules;
pub mod stay;
pub mod value;

#[cfg(target_arch = "wasm32")]
mod wasm;
