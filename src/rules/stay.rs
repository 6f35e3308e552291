//! The stay rules of a profile: the regimes and which citizenship is under which, who is
//! not counted at all, and the rules the stay answer's notices come from (registration,
//! penalties, refusal at the border, QazETA).

use serde::Serialize;

use crate::rules::merge::section;
use crate::rules::{List, Named, Text, Timeline};

/// What a citizenship maps to when its holders need a visa: the visa's own dates govern.
pub const VISA_REQUIRED: &str = "visa-required";

/// The longest window the engine accepts, in days: ten years. An engine bound, not a rule
/// of law: it keeps every check of a plan to a few thousand steps whatever a rule says.
pub const MAX_WINDOW_DAYS: i32 = 3660;

section! {
    /// The stay rules.
    pub struct StayRules / StayPatch {
        /// The regimes, by id: the limits a visitor is counted against.
        regimes: Named<Limits>,
        /// The regime used when a request names neither a regime nor a citizenship.
        default_regime: Text,
        /// The regime id (or `visa-required`) of each citizenship, by ISO 3166-1 alpha-2
        /// code, sorted by code.
        citizenship: Named<Text>,
        /// Whose stay the rule does not count: holders of these documents.
        not_counted: Timeline<List<Holder>>,
        /// Registration with the migration police of longer stays.
        registration: Timeline<Registration>,
        /// What exceeding the stay costs (Code of Administrative Offences, art. 517).
        overstay_penalties: Timeline<Penalties>,
        /// Entry refused at the border after an overstay (Law on Migration, art. 48).
        border_refusal: Timeline<bool>,
        /// QazETA, the electronic travel authorisation of visa-free visitors.
        qazeta: Timeline<Qazeta>,
    }
}

/// The limits of a regime: at most `max_days` days of presence in any `window_days` days,
/// and a single stay of at most `max_days_per_entry` days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Limits {
    /// Length of the rolling window, in days.
    pub window_days: i32,
    /// Most days of presence in any window.
    pub max_days: i32,
    /// Longest single stay, entry and exit days included; `null` for no cap.
    pub max_days_per_entry: Option<i32>,
}

/// A document whose holder's stay the rule does not count: the document's own dates govern.
/// (Also a value of requests, so read in the browser too.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Holder {
    /// A visa (a long-term one, or the B8/B9 visa of an applicant for permanent residence).
    Visa,
    /// A temporary residence permit.
    TemporaryResidencePermit,
    /// A permanent residence permit.
    PermanentResidencePermit,
}

/// How a longer stay is registered with the migration police.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(tag = "system", rename_all = "SCREAMING_SNAKE_CASE", rename_all_fields = "camelCase", deny_unknown_fields)]
pub enum Registration {
    /// Stays of at most `free_days` days need no registration; for longer ones the host
    /// notifies the migration police within `working_days` working days of arrival.
    HostNotifies {
        /// Stays of at most this many days need no registration.
        free_days: i32,
        /// The host notifies within this many working days of arrival.
        working_days: i32,
    },
    /// The foreigner registers by the `by_day`-th calendar day after crossing the border,
    /// through the migration police's system; the host confirms in its app; a new address
    /// is registered within `address_change_working_days` working days. It binds for certain
    /// the regimes whose single stay may last `confirmed_from_per_entry_days` days or more.
    SelfRegisters {
        /// The calendar day after crossing by which the foreigner registers.
        by_day: i32,
        /// A change of address is registered within this many working days.
        address_change_working_days: i32,
        /// The least per-entry limit of the regimes the rule certainly binds.
        confirmed_from_per_entry_days: i32,
    },
}

/// The penalty bands for exceeding the permitted stay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Qazeta {
    /// Apply at least this many hours before entry.
    pub hours_before: i32,
    /// Days an authorisation stays valid.
    pub valid_days: i32,
    /// Whether it is voluntary (a pilot) rather than required.
    pub voluntary: bool,
}
