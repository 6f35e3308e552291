//! The stay rules of a profile: the regimes and which citizenship is under which, and the
//! rules the stay answer's notices come from (registration, penalties, QazETA).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::rules::merge::{section, Named};
use crate::rules::Timeline;

/// What a citizenship maps to when its holders need a visa: the visa's own dates govern.
pub const VISA_REQUIRED: &str = "visa-required";

section! {
    /// The stay rules.
    pub struct StayRules / StayPatch {
        /// The regimes, by id: the limits a visitor is counted against.
        regimes: Named<Limits>,
        /// The regime used when a request names neither a regime nor a citizenship.
        default_regime: String,
        /// The regime id (or `visa-required`) of each citizenship, by ISO 3166-1 alpha-2 code.
        citizenship: BTreeMap<String, Timeline<String>>,
        /// Registration with the migration police for stays longer than the free days.
        registration: Timeline<Registration>,
        /// What exceeding the stay costs (Code of Administrative Offences, art. 517).
        overstay_penalties: Timeline<Penalties>,
        /// Entry refused at the border after an overstay (Law on Migration, art. 48).
        border_refusal: Timeline<bool>,
        /// QazETA, the electronic travel authorisation of visa-free visitors.
        qazeta: Timeline<Qazeta>,
    }
}

/// The limits of a regime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Limits {
    /// Length of the rolling window, in days.
    pub window_days: i32,
    /// Most days of presence in any window.
    pub max_days: i32,
    /// Longest single stay, entry and exit days included; `null` for no cap.
    pub max_days_per_entry: Option<i32>,
}

/// When a stay must be registered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Registration {
    /// Stays of at most this many days need no registration.
    pub free_days: i32,
    /// Otherwise the host registers the visitor within this many working days of arrival.
    pub working_days: i32,
}

/// The penalty bands for exceeding the permitted stay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Penalties {
    /// Up to this many days over: a warning.
    pub warning_up_to_days: i32,
    /// Up to this many days over: a fine of `fine_mci` monthly calculation indices.
    pub fine_up_to_days: i32,
    /// The fine of the middle band, in MCI.
    pub fine_mci: i32,
    /// Beyond it: larger fines, possible expulsion and an entry ban of up to this many years.
    pub ban_years_up_to: i32,
}

/// The electronic travel authorisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Qazeta {
    /// Apply at least this many hours before entry.
    pub hours_before: i32,
    /// Days an authorisation stays valid.
    pub valid_days: i32,
    /// Whether it is voluntary (a pilot) rather than required.
    pub voluntary: bool,
}
