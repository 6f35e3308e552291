//! The residence-permit calculator: whether an applicant can get a permit on a ground, what
//! blocks them, what is still to answer, which refusal risks apply, which documents to
//! gather, where to go in which order, and by which dates. Every number and list comes
//! from the rules in force on the application date (`domain.md` §2).
//!
//! ```
//! use kz_residence::{permit::{permit, PermitRequest, Verdict}, rules::Profile};
//! let request: PermitRequest = serde_json::from_str(r#"{
//!     "ground": "employment", "applicationDate": "2026-03-02", "passportExpiry": "2030-01-15",
//!     "savings": { "amount": 5709000, "currency": "KZT" },
//!     "criminalRecord": false, "debts": false, "officialIncome": true, "kandas": false, "housing": "rent"
//! }"#).unwrap();
//! let answer = permit(&request, &Profile::shipped()).unwrap();
//! assert_eq!(answer.verdict, Verdict::Eligible); // 1,320 MCI of 2026 is 5,709,000 tenge
//! assert_eq!(answer.apply_by.to_string(), "2029-07-18"); // valid more than 180 days
//! assert_eq!(answer.valid_until.to_string(), "2030-01-15"); // the passport ends first
//! ```

mod answer;
mod caveats;
mod checklist;
mod dates;
mod money;
mod request;
mod requirements;
mod risks;

pub use answer::{Blocker, Caveat, Converted, DocumentAnswer, Investment, Missing, PermitAnswer, Risk, Solvency, StepAnswer, Verdict};
pub use request::{Money, PermitRequest};

use crate::error::{Code, Error};
use crate::rules::{Notice, Profile};
use crate::stay;

/// Answers a permit request with the rules in force on its application date.
pub fn permit(request: &PermitRequest, profile: &Profile) -> Result<PermitAnswer, Error> {
    let rules = profile.permit();
    let rates = money::Rates::checked(request.rates.as_ref())?;
    for (money, field) in [(&request.investment, "investment"), (&request.savings, "savings")] {
        money.as_ref().map_or(Ok(()), |m| money::check(m, field))?;
    }
    if request.applicants.is_some_and(|n| !(1..=50).contains(&n)) {
        return Err(Error::new(Code::InvalidInput, "applicants"));
    }
    // Before the rules' first day the first values are used, and the answer says so.
    let grounds = rules.grounds.at(request.application_date)?;
    let mut notices = Vec::new();
    if request.application_date < grounds.from {
        notices.push(Notice::BeforeFirstVersion { date: grounds.from });
    }
    let day = request.application_date.max(grounds.from);
    if !grounds.value.contains(&request.ground) {
        return Err(Error::new(Code::InvalidInput, "ground"));
    }
    let violations = match &request.stay {
        Some(s) => {
            let s = stay::StayRequest { on: s.on.or(Some(request.application_date)), ..s.clone() };
            stay::stay(&s, profile).map_err(|e| e.within("stay"))?.violations
        }
        None => Vec::new(),
    };

    let dates = dates::Dates::new(request, rules, day)?;
    let findings = requirements::check(request, rules, &rates, &dates, day, &mut notices)?;
    let applicant = checklist::Applicant {
        kandas: request.kandas,
        solvency_exempt: findings.solvency.exempt,
        housing: request.housing,
        housing_agreement: request.housing_agreement,
        ground: request.ground,
        application: request.application_date,
    };
    let documents = checklist::documents(rules, &applicant, day, &mut notices);
    let steps = checklist::steps(rules, &documents, day, &mut notices);
    notices.extend(caveats::notices(rules, day));
    let verdict = match (findings.blockers.is_empty(), findings.missing.is_empty()) {
        (false, _) => Verdict::Blocked,
        (true, false) => Verdict::Incomplete,
        (true, true) => Verdict::Eligible,
    };
    Ok(PermitAnswer {
        verdict,
        eligible: verdict == Verdict::Eligible,
        blockers: findings.blockers,
        missing: findings.missing,
        risks: risks::risks(rules, day, request.official_income, &violations),
        caveats: caveats::caveats(rules, &dates, day)?,
        solvency: findings.solvency,
        investment: findings.investment,
        housing_m2_per_person: if request.housing_agreement { None } else { Some(rules.housing_m2_per_person.at(day)?.value) },
        application_date: dates.application,
        issue_date: dates.issue,
        apply_by: dates.apply_by,
        valid_until: dates.valid_until,
        citizenship_from: dates.citizenship_from,
        documents,
        steps,
        notices,
    })
}
