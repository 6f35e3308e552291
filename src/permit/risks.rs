//! Risks: the profile's refusal reasons that apply to the applicant.
//!
//! General reminders (unreliable data, problems with the law) apply to everyone; the engine
//! judges two reasons itself: no official income (when the visitor said so), and past
//! overstays found by the stay calculator. A reason the profile does not list is never reported.

use crate::date::Day;
use crate::permit::answer::Risk;
use crate::rules::PermitRules;
use crate::stay::Violation;

/// The reason reported when the applicant has no official source of income.
const NO_OFFICIAL_INCOME: &str = "NO_OFFICIAL_INCOME";
/// The reason reported when the stay history has violations.
const PAST_OVERSTAY: &str = "PAST_OVERSTAY";

/// The refusal reasons in force on `day` that apply, in the profile's order.
pub fn risks(rules: &PermitRules, day: Day, official_income: Option<bool>, violations: &[Violation]) -> Vec<Risk> {
    rules
        .refusal_reasons
        .items()
        .iter()
        .filter_map(|item| {
            let e = item.timeline.in_force(day)?;
            let applies = match item.id.as_str() {
                _ if e.value.general => true,
                NO_OFFICIAL_INCOME => official_income == Some(false),
                PAST_OVERSTAY => !violations.is_empty(),
                _ => false,
            };
            applies.then(|| Risk {
                code: item.id.clone(),
                general: e.value.general,
                source: e.source.clone(),
                effective: e.from,
                violations: (item.id == PAST_OVERSTAY).then(|| violations.to_vec()),
            })
        })
        .collect()
}
