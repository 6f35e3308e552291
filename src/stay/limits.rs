//! The limits a stay is checked against: window, maximum, and the per-entry cap.
//!
//! They come from the profile version in force on the control date: its window and maximum
//! by default, a named regime's numbers when the request names one, and any explicit
//! `rules` on top. Explicit rules are used exactly as given, whatever the date.

use crate::error::{Code, Error};
use crate::rules::Version;
use crate::value::from_value_struct;

/// The longest window the engine accepts, in days: ten years. An engine bound, not a rule:
/// it keeps every check of a plan to a few thousand steps whatever a request says.
pub const MAX_WINDOW_DAYS: u32 = 3660;

/// Explicit stay rules in a request; absent fields keep the profile's (or regime's) value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RulesInput {
    /// Length of the rolling window, in days.
    pub window_days: Option<i64>,
    /// Most days of presence in any window.
    pub max_days: Option<i64>,
    /// Longest single stay; absent or `null` keeps the regime's cap (none by default).
    pub max_days_per_entry: Option<i64>,
}

from_value_struct!(RulesInput { window_days: "windowDays", max_days: "maxDays", max_days_per_entry: "maxDaysPerEntry" });

/// The numbers a stay is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Window length in days.
    pub window: i32,
    /// Most days of presence in any window.
    pub max: i32,
    /// Longest single stay, if capped.
    pub per_entry: Option<i32>,
}

impl Limits {
    /// Resolves the limits for a request from the version in force, an optional regime id
    /// and optional explicit rules.
    pub fn resolve(version: &Version, regime: Option<&str>, rules: Option<&RulesInput>) -> Result<Limits, Error> {
        let (mut window, mut max, mut per_entry) =
            (i64::from(version.window_days.value), i64::from(version.max_days.value), None);
        if let Some(id) = regime {
            let r = version.regime(id).ok_or_else(|| Error::new(Code::UnknownRegime, "regime"))?;
            (window, max, per_entry) = (r.window_days.into(), r.max_days.into(), r.max_days_per_entry.map(i64::from));
        }
        if let Some(r) = rules {
            window = r.window_days.unwrap_or(window);
            max = r.max_days.unwrap_or(max);
            per_entry = r.max_days_per_entry.or(per_entry);
        }
        let bad = |field: &str| Error::new(Code::InvalidRules, field);
        if !(1..=i64::from(MAX_WINDOW_DAYS)).contains(&window) {
            return Err(bad("rules.windowDays"));
        }
        if !(1..=window).contains(&max) {
            return Err(bad("rules.maxDays"));
        }
        if per_entry.is_some_and(|p| !(1..=i64::from(MAX_WINDOW_DAYS)).contains(&p)) {
            return Err(bad("rules.maxDaysPerEntry"));
        }
        // All three are now within 1..=MAX_WINDOW_DAYS, so they fit an i32.
        Ok(Limits { window: window as i32, max: max as i32, per_entry: per_entry.map(|p| p as i32) })
    }

    /// The longest stay these limits could ever allow in one go, up to `ceiling` days.
    /// A stay longer than the maximum breaks it on its next day, unless the maximum is the
    /// whole window: then only the per-entry cap (or the ceiling) ends it.
    pub fn longest_stay(&self, ceiling: i32) -> i32 {
        let by_window = if self.max >= self.window { ceiling } else { self.max };
        self.per_entry.map_or(by_window, |p| p.min(by_window)).min(ceiling)
    }
}
