//! The dates of an application: when to apply by, how long the permit lasts, and when
//! citizenship becomes possible; every number from the rules in force.

use crate::date::Day;
use crate::error::{Code, Error};
use crate::permit::PermitRequest;
use crate::rules::PermitRules;

/// The request's days and the days derived from them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dates {
    /// The day of the application.
    pub application: Day,
    /// The day the permit would be issued (not before the application).
    pub issue: Day,
    /// The passport's last valid day.
    pub passport_expiry: Day,
    /// The last application day the passport allows: it must be valid more than the
    /// margin's days on the day of application.
    pub apply_by: Day,
    /// The issue day plus the validity (calendar years), before the passport's expiry cuts it.
    pub full_validity_until: Day,
    /// The earlier of the full validity and the passport's expiry.
    pub valid_until: Day,
    /// Issue plus the citizenship period (calendar years).
    pub citizenship_from: Day,
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
        let margin = rules.passport_margin_days.at(day)?.value;
        let full_validity_until = issue.add_years(rules.validity_years.at(day)?.value);
        Ok(Dates {
            application,
            issue,
            passport_expiry: request.passport_expiry,
            apply_by: request.passport_expiry - (margin + 1),
            full_validity_until,
            valid_until: full_validity_until.min(request.passport_expiry),
            citizenship_from: issue.add_years(rules.citizenship_years.at(day)?.value),
        })
    }
}
