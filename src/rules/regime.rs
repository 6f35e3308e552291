//! Stay regimes: the limits that apply to a nationality (30 days per entry for most
//! visa-free visitors, 90 for EAEU citizens, 14 for the short visa-free regime).

use crate::error::{Code, Error};
use crate::value::{from_value_struct, Path};

/// One named set of stay limits, with its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Regime {
    /// Stable id the request names (`visa-free-30`).
    pub id: String,
    /// Length of the rolling window, in days.
    pub window_days: u32,
    /// Most days of presence allowed in any window.
    pub max_days: u32,
    /// Longest single stay, from entry day to exit day inclusive; `None` for no cap.
    pub max_days_per_entry: Option<u32>,
    /// Key into the profile's `sources`.
    pub source: String,
    /// Date the rule took effect, `YYYY-MM-DD`.
    pub effective: String,
}

from_value_struct!(Regime {
    id: "id",
    window_days: "windowDays",
    max_days: "maxDays",
    max_days_per_entry: "maxDaysPerEntry",
    source: "source",
    effective: "effective",
});

impl Regime {
    /// Checks the limits make sense: positive, and the maximum fits the window. Errors name
    /// the number under `at` (`profile.regimes[0].maxDays`).
    pub fn check(&self, at: &Path) -> Result<(), Error> {
        let bad = |name: &str| Err(at.key(name).error(Code::InvalidProfile));
        if self.window_days == 0 || self.window_days > crate::stay::MAX_WINDOW_DAYS {
            return bad("windowDays");
        }
        if self.max_days == 0 || self.max_days > self.window_days {
            return bad("maxDays");
        }
        if self.max_days_per_entry == Some(0) {
            return bad("maxDaysPerEntry");
        }
        Ok(())
    }
}
