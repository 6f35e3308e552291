//! The stay request, as `KzResidence.stay` receives it.

use serde::Deserialize;

use crate::stay::limits::RulesInput;
use crate::stay::trips::TripInput;

/// Everything the stay calculator is asked about one person.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StayRequest {
    /// Past and planned trips, in any order.
    pub trips: Vec<TripInput>,
    /// The control date, `YYYY-MM-DD`: the window ends on it, and a trip in progress runs to it.
    pub on: String,
    /// Explicit limits, used exactly as given.
    #[serde(default)]
    pub rules: Option<RulesInput>,
    /// A regime id from the profile (`visa-free-30`).
    #[serde(default)]
    pub regime: Option<String>,
    /// A stay to check: may it begin on `entry` and last `days` days?
    #[serde(default)]
    pub plan: Option<PlanInput>,
    /// Ask for the daily count between two dates, for drawing.
    #[serde(default)]
    pub curve: Option<CurveInput>,
}

/// A planned stay.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PlanInput {
    /// Planned day of entry, `YYYY-MM-DD`.
    pub entry: String,
    /// Planned number of days, entry and exit days included.
    pub days: i64,
}

/// A range of days for which the answer carries the daily count.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CurveInput {
    /// First day, `YYYY-MM-DD`.
    pub from: String,
    /// Last day, `YYYY-MM-DD`.
    pub to: String,
}
