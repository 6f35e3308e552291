//! The dates of an application: when to apply by, how long the permit lasts, and when
//! citizenship becomes possible; every number from the rules in force.

use crate::date::Day;
use crate::error::{Code, Error};
use crate::permit::answer::Dated;
use crate::permit::PermitRequest;
use crate::rules::{Entry, PermitRules, Timeline};

/// The request's days and the days derived from them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dates {
    /// The day of the application.
    pub application: Day,
    /// The day the permit would be issued (not before the application).
    pub issue: Day,
    /// The passport's last valid day, when given.
    pub passport_expiry: Option<Day>,
    /// The last application day the passport allows: it must be valid more than the
    /// margin's days on the day of application.
    pub apply_by: Dated<i32>,
    /// The issue day plus the validity (calendar years), before the passport's expiry cuts it.
    pub full_validity_until: Day,
    /// The earlier of the full validity and the passport's expiry.
    pub valid_until: Dated<u32>,
    /// Issue plus the citizenship period (calendar years).
    pub citizenship_from: Dated<u32>,
}

/// The entry of a rule for `day` (a checked profile has one for every day it applies to).
pub fn rule<T>(timeline: &Timeline<T>, day: Day) -> Result<&'static Entry<T>, Error> {
    timeline.nearest(day).map(|(e, _)| e).ok_or_else(|| Error::new(Code::InvalidProfile, "profile"))
}

impl Dates {
    /// The dates of `request` under the rules in force on `day`; an issue date before the
    /// application is an input error.
    pub fn new(request: &PermitRequest, rules: &PermitRules, day: Day) -> Result<Dates, Error> {
        let application = request.application_date;
        let issue = request.issue_date.unwrap_or(application);
        if issue < application {
            return Err(Error::new(Code::InvalidInput, "issueDate"));
        }
        let margin = rule(&rules.passport_margin_days, day)?;
        let validity = rule(&rules.validity_years, day)?;
        let full_validity_until = issue.add_years(validity.value);
        let expiry = request.passport_expiry;
        Ok(Dates {
            application,
            issue,
            passport_expiry: expiry,
            apply_by: Dated { date: expiry.map(|e| e - (margin.value + 1)), rule: margin },
            full_validity_until,
            valid_until: Dated { date: expiry.map(|e| full_validity_until.min(e)), rule: validity },
            citizenship_from: {
                let years = rule(&rules.citizenship_years, day)?;
                Dated { date: Some(issue.add_years(years.value)), rule: years }
            },
        })
    }
}
