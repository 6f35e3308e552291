//! The residence-permit calculator: whether an applicant can get a permit on a ground, what
//! blocks them, which refusal risks apply, which documents to gather, where to go in which
//! order, and by which dates. Every number and list comes from the profile version in force
//! on the application date (`domain.md` §2).
//!
//! ```
//! use kz_residence::{api, permit::{permit, PermitRequest}, value::{FromValue, Path}};
//! let profile = api::profile(&serde_json::from_str(kz_residence::rules::DEFAULT_PROFILE_JSON).unwrap()).unwrap();
//! let request = PermitRequest::from_value(&serde_json::from_str(r#"{
//!     "ground": "employment", "applicationDate": "2024-03-01", "passportExpiry": "2030-01-15",
//!     "savings": { "amount": 10000, "currency": "USD" },
//!     "criminalRecord": false, "debts": false, "officialIncome": true, "kandas": false, "housing": "rent"
//! }"#).unwrap(), &Path::Root).unwrap();
//! let answer = permit(&request, &profile).unwrap();
//! assert!(answer.eligible);
//! assert_eq!(answer.apply_by, "2029-07-19");
//! assert_eq!(answer.valid_until, "2030-01-15"); // the passport expires before 10 years
//! assert_eq!(answer.citizenship_from, "2029-03-01");
//! ```

mod answer;
mod blockers;
mod checklist;
mod dates;
mod money;
mod request;
mod risks;

pub use answer::{Blocker, DocumentAnswer, PermitAnswer, Risk, StepAnswer};
pub use request::{Money, PermitRequest};

use crate::date;
use crate::error::{Code, Error};
use crate::rules::Profile;
use crate::stay;

/// Answers a permit request with the profile version in force on its application date.
pub fn permit(request: &PermitRequest, profile: &Profile) -> Result<PermitAnswer, Error> {
    let dates = dates::Dates::parse(request)?;
    let rates = money::Rates::checked(request.rates.as_ref())?;
    for (money, field) in [(&request.investment, "investment"), (&request.savings, "savings")] {
        money.as_ref().map_or(Ok(()), |m| money::check(m, field))?;
    }
    let (version, notice) = profile.version_on(dates.application);
    if !version.grounds.value.contains(&request.ground) {
        return Err(Error::new(Code::InvalidInput, "ground"));
    }
    let violations = match &request.stay {
        Some(s) => stay::stay(s, profile).map_err(|e| e.within("stay"))?.violations,
        None => Vec::new(),
    };

    let derived = dates.derive(version);
    let blockers = blockers::blockers(request, version, &rates, &dates, &derived);
    let applicant = checklist::Applicant { kandas: request.kandas, housing: request.housing, application: dates.application };
    let documents = checklist::documents(version, &applicant);
    Ok(PermitAnswer {
        eligible: blockers.is_empty(),
        blockers,
        risks: risks::risks(version, request.official_income, &violations),
        application_date: date::format(dates.application),
        issue_date: date::format(dates.issue),
        apply_by: date::format(derived.apply_by),
        valid_until: date::format(derived.valid_until),
        citizenship_from: date::format(derived.citizenship_from),
        steps: checklist::steps(version, &documents),
        documents,
        notices: notice.into_iter().collect(),
    })
}

/// The shipped profile and a plain request, for the unit tests of the permit modules.
#[cfg(test)]
pub(crate) mod test_support {
    use super::PermitRequest;
    use crate::rules::{Profile, DEFAULT_PROFILE_JSON};
    use crate::value::{FromValue, Path};

    /// The shipped profile.
    pub fn profile() -> Profile {
        crate::api::profile(&serde_json::from_str(DEFAULT_PROFILE_JSON).expect("shipped profile is JSON")).expect("shipped profile is valid")
    }

    /// An employee applying on 2024-03-01 with USD 10,000 and a passport valid to 2034-06-30.
    pub fn request() -> PermitRequest {
        let value = serde_json::from_value(serde_json::json!({
            "ground": "employment", "applicationDate": "2024-03-01", "passportExpiry": "2034-06-30",
            "savings": { "amount": 10000, "currency": "USD" },
            "criminalRecord": false, "debts": false, "officialIncome": true, "kandas": false, "housing": "rent"
        }))
        .expect("request is JSON");
        PermitRequest::from_value(&value, &Path::Root).expect("request parses")
    }
}
