//! The stay request, as `KzResidence.stay` receives it.

use crate::stay::limits::RulesInput;
use crate::stay::trips::TripInput;
use crate::value::from_value_struct;

/// Everything the stay calculator is asked about one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StayRequest {
    /// Past and planned trips, in any order.
    pub trips: Vec<TripInput>,
    /// The control date, `YYYY-MM-DD`: the window ends on it, and a trip in progress runs to it.
    pub on: String,
    /// Explicit limits, used exactly as given.
    pub rules: Option<RulesInput>,
    /// A regime id from the profile (`visa-free-30`).
    pub regime: Option<String>,
    /// A stay to check: may it begin on `entry` and last `days` days?
    pub plan: Option<PlanInput>,
    /// Ask for the daily count between two dates, for drawing.
    pub curve: Option<CurveInput>,
}

/// A planned stay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanInput {
    /// Planned day of entry, `YYYY-MM-DD`.
    pub entry: String,
    /// Planned number of days, entry and exit days included.
    pub days: i64,
}

/// A range of days for which the answer carries the daily count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurveInput {
    /// First day, `YYYY-MM-DD`.
    pub from: String,
    /// Last day, `YYYY-MM-DD`.
    pub to: String,
}

from_value_struct!(StayRequest { trips: "trips", on: "on", rules: "rules", regime: "regime", plan: "plan", curve: "curve" });
from_value_struct!(PlanInput { entry: "entry", days: "days" });
from_value_struct!(CurveInput { from: "from", to: "to" });
