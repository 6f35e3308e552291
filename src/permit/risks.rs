//! Risks: the profile's refusal reasons that apply to the applicant.
//!
//! General reminders (unreliable data, problems with the law) apply to everyone; the engine
//! judges two reasons itself: no official income (when the visitor said so), and past
//! overstays found by the stay calculator, each day under the rule of its day. A reason
//! the profile does not list is never reported.

use crate::date::Day;
use crate::permit::answer::Risk;
use crate::rules::{PermitRules, RiskCode};
use crate::stay::{Violation, When};

/// The refusal reasons in force on `day` that apply, in the profile's order. Of the stay
/// history's violations, those up to the application count (not trips entered for later).
pub fn risks(rules: &PermitRules, day: Day, official_income: Option<bool>, violations: &[Violation]) -> Vec<Risk> {
    let violations: Vec<Violation> = violations.iter().filter(|v| v.when != When::Ahead).copied().collect();
    rules
        .refusal_reasons
        .items()
        .iter()
        .filter_map(|item| {
            let e = item.timeline.in_force(day)?;
            let applies = match item.id {
                _ if e.value.general => true,
                RiskCode::NoOfficialIncome => official_income == Some(false),
                RiskCode::PastOverstay => !violations.is_empty(),
                RiskCode::ReliableData | RiskCode::LawCompliance => false,
            };
            applies.then(|| Risk {
                code: item.id,
                general: e.value.general,
                source: e.source,
                effective: e.from,
                violations: (item.id == RiskCode::PastOverstay).then(|| violations.clone()),
            })
        })
        .collect()
}
