//! The dates of an application: when to apply by, how long the permit lasts, and when
//! citizenship becomes possible. All numbers come from the profile version.

use crate::date::{self, Day};
use crate::error::{Code, Error};
use crate::permit::PermitRequest;
use crate::rules::Version;

/// The parsed and derived days of one application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dates {
    /// The day of the application.
    pub application: Day,
    /// The day the permit would be issued (not before the application).
    pub issue: Day,
    /// The passport's last valid day.
    pub passport_expiry: Day,
}

/// The answers derived from the dates and one profile version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Derived {
    /// Passport expiry minus the passport margin.
    pub apply_by: Day,
    /// The earlier of issue plus the validity (calendar years) and the passport expiry.
    pub valid_until: Day,
    /// Issue plus the citizenship period (calendar years).
    pub citizenship_from: Day,
}

impl Dates {
    /// Parses the request's dates; an issue date before the application is an input error.
    pub fn parse(request: &PermitRequest) -> Result<Dates, Error> {
        let application = date::parse(&request.application_date, "applicationDate")?;
        let passport_expiry = date::parse(&request.passport_expiry, "passportExpiry")?;
        let issue = match &request.issue_date {
            Some(text) => date::parse(text, "issueDate")?,
            None => application,
        };
        if issue < application {
            return Err(Error::new(Code::InvalidInput, "issueDate"));
        }
        Ok(Dates { application, issue, passport_expiry })
    }

    /// The derived days under one version's numbers.
    pub fn derive(&self, version: &Version) -> Derived {
        // The profile check bounds the margin to a few thousand days, so it fits an i32.
        let margin = i32::try_from(version.passport_margin_days.value).unwrap_or(i32::MAX);
        Derived {
            apply_by: self.passport_expiry.saturating_sub(margin),
            valid_until: date::add_years(self.issue, version.validity_years.value).min(self.passport_expiry),
            citizenship_from: date::add_years(self.issue, version.citizenship_years.value),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::permit::test_support::{profile, request};

    fn derived(issue: Option<&str>, expiry: &str) -> Derived {
        let mut r = request();
        r.issue_date = issue.map(String::from);
        r.passport_expiry = expiry.into();
        let p = profile();
        Dates::parse(&r).expect("dates").derive(p.version_on(0).0)
    }

    #[test]
    fn apply_by_is_the_passport_margin_before_expiry() {
        assert_eq!(date::format(derived(None, "2034-06-30").apply_by), "2034-01-01");
    }

    #[test]
    fn a_permit_issued_on_february_29_ends_on_february_28() {
        let d = derived(Some("2028-02-29"), "2040-01-01");
        assert_eq!((date::format(d.valid_until), date::format(d.citizenship_from)), ("2038-02-28".into(), "2033-02-28".into()));
    }

    #[test]
    fn the_permit_ends_with_an_earlier_passport() {
        assert_eq!(date::format(derived(None, "2030-01-15").valid_until), "2030-01-15");
    }

    #[test]
    fn a_permit_cannot_be_issued_before_the_application() {
        let mut r = request();
        r.issue_date = Some("2024-02-29".into());
        assert_eq!(Dates::parse(&r).unwrap_err().field, "issueDate");
    }
}
