//! The state fees of the procedure in tenge: each fee's multiple of the monthly
//! calculation index in force on the application date, at the MCI of the application's
//! year, rounded to the tenge.

use crate::date::Day;
use crate::permit::answer::Fee;
use crate::rules::{Entry, PermitRules};

/// The fees in force on `day`, at the MCI `mci` of the year `mci_year`; a rate no primary
/// source confirms for that day is marked so.
pub fn fees(rules: &PermitRules, day: Day, mci: &Entry<u32>, mci_year: i32) -> Vec<Fee> {
    rules
        .fees
        .items()
        .iter()
        .filter_map(|item| {
            let (e, _) = item.timeline.applicable(day)?;
            Some(Fee {
                id: item.id,
                mci_multiple: e.value,
                kzt: (e.value * f64::from(mci.value)).round(),
                mci_year,
                source: e.source,
                effective: e.from,
                unconfirmed: e.unconfirmed,
            })
        })
        .collect()
}
