//! Risks: the profile's refusal reasons that apply to the applicant.
//!
//! General reminders (unreliable data, problems with the law) apply to everyone; the engine
//! can judge two reasons itself: no official income, and past overstays found by the stay
//! calculator. A reason the profile does not list is never reported.

use crate::permit::Risk;
use crate::rules::Version;
use crate::stay::Violation;

/// The reason reported when the applicant has no official source of income.
const NO_OFFICIAL_INCOME: &str = "NO_OFFICIAL_INCOME";
/// The reason reported when the stay history has violations.
const PAST_OVERSTAY: &str = "PAST_OVERSTAY";

/// The refusal reasons of `version` that apply, in the profile's order.
pub fn risks(version: &Version, official_income: bool, violations: &[Violation]) -> Vec<Risk> {
    version
        .refusal_reasons
        .iter()
        .filter_map(|reason| {
            let applies = match reason.code.as_str() {
                _ if reason.general => true,
                NO_OFFICIAL_INCOME => !official_income,
                PAST_OVERSTAY => !violations.is_empty(),
                _ => false,
            };
            applies.then(|| Risk {
                code: reason.code.clone(),
                general: reason.general,
                source: reason.source.clone(),
                effective: reason.effective.clone(),
                violations: (reason.code == PAST_OVERSTAY).then(|| violations.to_vec()),
            })
        })
        .collect()
}
