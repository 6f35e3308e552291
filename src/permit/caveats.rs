//! Caveats for an applicant who can apply, and the notices of the rules around the
//! procedure: the 2026 pilot and the tests before citizenship.

use crate::date::Day;
use crate::error::Error;
use crate::permit::answer::Caveat;
use crate::permit::dates::Dates;
use crate::rules::{Notice, PermitRules, Position};

/// The caveats: a passport that ends the permit early (renew both), an apply-by date
/// within the profile's advice days of the application.
pub fn caveats(rules: &PermitRules, dates: &Dates, day: Day) -> Result<Vec<Caveat>, Error> {
    let mut out = Vec::new();
    if dates.passport_expiry < dates.full_validity_until {
        out.push(Caveat::PassportExpiresBeforePermit { passport_expiry: dates.passport_expiry, full_validity_until: dates.full_validity_until });
    }
    let days = dates.apply_by - dates.application;
    if (0..=rules.apply_by_soon_days.at(day)?.value).contains(&days) {
        out.push(Caveat::ApplyBySoon { apply_by: dates.apply_by, days });
    }
    Ok(out)
}

/// The pilot while it runs (or that it ended and nothing is known after it), and the
/// tests an applicant for citizenship will take.
pub fn notices(rules: &PermitRules, day: Day) -> Vec<Notice> {
    let mut out = Vec::new();
    match rules.pilot.nearest(day) {
        Some((e, Position::InForce)) => out.push(Notice::Pilot { pilot: e.value.clone(), from: e.from, to: e.to, source: e.source.clone() }),
        Some((e, Position::After)) => out.extend(e.to.map(|date| Notice::PilotFutureUnknown { date, source: e.source.clone() })),
        _ => {}
    }
    if let Some(e) = rules.citizenship_tests.in_force(day) {
        out.push(Notice::CitizenshipTests { tests: e.value.clone(), source: e.source.clone(), effective: e.from });
        out.extend(Notice::unconfirmed("citizenshipTests", e));
    }
    out
}
