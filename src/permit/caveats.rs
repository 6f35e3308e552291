//! Caveats for an applicant who can apply, and the notices of the rules around the
//! procedure: the 2026 pilot (and what a single report says of it), and the tests before
//! citizenship.

use crate::date::Day;
use crate::error::Error;
use crate::notice::{Notice, RuleName};
use crate::permit::findings::Caveat;
use crate::permit::dates::{rule, Dates};
use crate::rules::{PermitRules, Position};

/// The caveats: a passport that ends the permit early (renew both), an apply-by date
/// within the profile's advice days of the application.
pub fn caveats(rules: &PermitRules, dates: &Dates, day: Day) -> Result<Vec<Caveat>, Error> {
    let mut out = Vec::new();
    let Some(passport_expiry) = dates.passport_expiry else { return Ok(out) };
    if passport_expiry < dates.full_validity_until {
        out.push(Caveat::PassportExpiresBeforePermit { passport_expiry, full_validity_until: dates.full_validity_until });
    }
    if let Some(apply_by) = dates.apply_by.date {
        let days = apply_by - dates.application;
        if (0..=rule(&rules.apply_by_soon_days, day)?.value).contains(&days) {
            out.push(Caveat::ApplyBySoon { apply_by, days });
        }
    }
    Ok(out)
}

/// The pilot while it runs (with what one report says of it), or that it ended and
/// nothing is known after it; and the tests an applicant for citizenship will take.
pub fn notices(rules: &PermitRules, day: Day) -> Vec<Notice> {
    let mut out = Vec::new();
    match rules.pilot.nearest(day) {
        Some((e, Position::InForce)) => {
            out.push(Notice::Pilot { pilot: e.value, from: e.from, to: e.to, source: e.source });
            out.extend(rules.pilot_report.in_force(day).map(|r| Notice::PilotReport { report: r.value, source: r.source }));
        }
        Some((e, Position::After)) => out.extend(e.to.map(|date| Notice::PilotFutureUnknown { date, source: e.source })),
        _ => {}
    }
    if let Some(e) = rules.citizenship_tests.in_force(day) {
        out.push(Notice::CitizenshipTests { tests: e.value, source: e.source, effective: e.from });
        out.extend(Notice::unconfirmed(RuleName::CitizenshipTests, e));
    }
    out
}
