//! The stay request, as `KzResidence.stay` receives it.

use serde::Deserialize;

use crate::date::Day;
use crate::input::{Alpha2, PlanDays, RuleDays};
use crate::rules::Holder;

/// Everything the stay calculator is asked about one person.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(rename_all = "camelCase")]
pub struct StayRequest {
    /// Past and planned trips, in any order.
    pub trips: Vec<TripInput>,
    /// The control date: the window ends on it, and a trip in progress runs to it
    /// (`KzResidence.stay` gives today when it is left out).
    pub on: Day,
    /// Explicit limits, used exactly as given whatever the date.
    #[serde(default)]
    pub rules: Option<LimitsInput>,
    /// A regime id from the profile (`visa-free-30`); wins over `citizenship`.
    #[serde(default)]
    pub regime: Option<String>,
    /// The visitor's citizenship, ISO 3166-1 alpha-2 (`CN`): the regimes it was under, by date.
    #[serde(default)]
    pub citizenship: Option<Alpha2>,
    /// A document the visitor holds whose own dates govern the stay (a visa, a residence permit).
    #[serde(default)]
    pub holds: Option<Holder>,
    /// A stay to check: may it begin on `entry` and last `days` days?
    #[serde(default)]
    pub plan: Option<PlanInput>,
    /// Ask for the daily count, for drawing; ends left out are chosen by the engine.
    #[serde(default)]
    pub curve: Option<CurveInput>,
}

/// One trip: an entry date and, unless still in the country, an exit date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
pub struct TripInput {
    /// Day of entry.
    pub entry: Day,
    /// Day of exit; absent or `null` while the trip is in progress.
    #[serde(default)]
    pub exit: Option<Day>,
}

/// A planned stay.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PlanInput {
    /// Planned day of entry.
    pub entry: Day,
    /// Planned number of days, entry and exit days included.
    pub days: PlanDays,
}

/// Explicit stay limits in a request; absent fields keep the regime's value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(rename_all = "camelCase")]
pub struct LimitsInput {
    /// Length of the rolling window, in days.
    #[serde(default)]
    pub window_days: Option<RuleDays>,
    /// Most days of presence in any window.
    #[serde(default)]
    pub max_days: Option<RuleDays>,
    /// Longest single stay; absent or `null` keeps the regime's cap.
    #[serde(default)]
    pub max_days_per_entry: Option<RuleDays>,
}

/// The days for which the answer carries the daily count; a missing end is chosen so the
/// picture shows the window, the trips and every date the answer names.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
pub struct CurveInput {
    /// First day.
    #[serde(default)]
    pub from: Option<Day>,
    /// Last day.
    #[serde(default)]
    pub to: Option<Day>,
}
