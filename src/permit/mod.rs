//! The residence-permit calculator: whether an applicant can get a permit on a ground, what
//! blocks them, what is still to answer, which refusal risks apply, which documents to
//! gather, where to go in which order, what it costs, and by which dates. Every number and
//! list comes from the rules in force on the application date (`docs/rules.md`).
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
//! assert_eq!(answer.apply_by.date.unwrap().to_string(), "2029-07-18"); // valid more than 180 days
//! assert_eq!(answer.valid_until.date.unwrap().to_string(), "2030-01-15"); // the passport ends first
//! ```

mod answer;
mod caveats;
mod checklist;
mod dates;
mod fees;
mod findings;
mod money;
mod request;
mod requirements;
mod risks;

pub use answer::{Dated, DocumentAnswer, Fee, Investment, PermitAnswer, Risk, Solvency, StepAnswer};
pub use findings::{AmountField, Blocker, Caveat, Missing, Question, Verdict};
pub use money::Converted;
pub use request::{Money, PermitRequest};

use crate::error::{Code, Error};
use crate::notice::Notice;
use crate::rules::{Cited, Profile};
use crate::stay;

/// Answers a permit request with the rules in force on its application date.
pub fn permit(request: &PermitRequest, profile: &Profile) -> Result<PermitAnswer, Error> {
    let rules = profile.permit();
    // Before the rules' first day the first values are used, and the answer says so.
    let grounds = dates::rule(&rules.grounds, request.application_date)?;
    let mut notices = Vec::new();
    if request.application_date < grounds.from {
        notices.push(Notice::BeforeFirstVersion { date: grounds.from });
    }
    let day = request.application_date.max(grounds.from);
    if request.ground.is_some_and(|g| !grounds.value.contains(&g)) {
        return Err(Error::new(Code::InvalidInput, "ground"));
    }
    let violations = match &request.stay {
        Some(s) => stay::stay(s, profile).map_err(|e| e.within("stay"))?.violations,
        None => Vec::new(),
    };

    let dates = dates::Dates::new(request, rules, day)?;
    let findings = requirements::check(request, rules, &dates, day, &mut notices)?;
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
    let (mci, mci_year) = requirements::mci(rules, dates.application, &mut notices)?;
    let fees = fees::fees(rules, day, mci, mci_year);
    notices.extend(caveats::notices(rules, day));
    // Without the ground or the passport's expiry no verdict stands yet, whatever else is found.
    let first_answers = request.ground.is_some() && request.passport_expiry.is_some();
    let verdict = match (findings.blockers.is_empty(), findings.missing.is_empty()) {
        (false, _) if first_answers => Verdict::Blocked,
        (true, true) => Verdict::Eligible,
        _ => Verdict::Incomplete,
    };
    let mut answer = PermitAnswer {
        verdict,
        eligible: verdict == Verdict::Eligible,
        blockers: findings.blockers,
        missing: findings.missing,
        risks: risks::risks(rules, day, request.official_income, &violations),
        caveats: caveats::caveats(rules, &dates, day)?,
        grounds,
        solvency: findings.solvency,
        investment: findings.investment,
        housing_m2_per_person: if request.housing_agreement { None } else { Some(dates::rule(&rules.housing_m2_per_person, day)?) },
        rates_needed: findings.rates_needed,
        application_date: dates.application,
        issue_date: dates.issue,
        apply_by: dates.apply_by,
        valid_until: dates.valid_until,
        citizenship_from: dates.citizenship_from,
        fees,
        documents,
        steps,
        notices,
        sources: Vec::new(),
    };
    answer.sources = cited(&answer).resolve(profile.sources());
    Ok(answer)
}

/// Every source the answer cites, in the order of the answer.
fn cited(a: &PermitAnswer) -> Cited {
    let mut cited = Cited::default();
    let keys = [a.grounds.source, a.solvency.source, a.solvency.mci_source, a.investment.source]
        .into_iter()
        .chain(a.housing_m2_per_person.map(|e| e.source))
        .chain([a.apply_by.rule.source, a.valid_until.rule.source, a.citizenship_from.rule.source])
        .chain(a.risks.iter().map(|r| r.source))
        .chain(a.fees.iter().map(|f| f.source))
        .chain(a.documents.iter().map(|d| d.source))
        .chain(a.steps.iter().map(|s| s.source))
        .chain(a.notices.iter().filter_map(Notice::source));
    keys.for_each(|key| cited.add(key));
    cited
}
