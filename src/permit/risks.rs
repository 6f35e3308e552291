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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::permit::test_support::profile;

    fn codes(risks: &[Risk]) -> Vec<&str> {
        risks.iter().map(|r| r.code.as_str()).collect()
    }

    #[test]
    fn general_reminders_are_always_there() {
        let p = profile();
        let risks = risks(p.version_on(0).0, true, &[]);
        assert_eq!(codes(&risks), ["RELIABLE_DATA", "LAW_COMPLIANCE"]);
        assert!(risks.iter().all(|r| r.general && r.violations.is_none()));
    }

    #[test]
    fn past_overstays_carry_their_ranges() {
        let p = profile();
        let v = Violation { from: "2023-08-30".into(), to: "2023-09-30".into(), days: 32, peak: 122, kinds: vec!["WINDOW"] };
        let risks = risks(p.version_on(0).0, false, std::slice::from_ref(&v));
        assert_eq!(codes(&risks), ["RELIABLE_DATA", "NO_OFFICIAL_INCOME", "PAST_OVERSTAY", "LAW_COMPLIANCE"]);
        assert_eq!(risks[2].violations, Some(vec![v]));
    }
}
