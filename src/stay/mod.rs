//! The stay calculator: at most `maxDays` days of presence in any `windowDays`-day window
//! (90 in 180 in Kazakhstan since 2023-01-27), with an optional cap on a single stay.
//!
//! The engine works on intervals of presence: its cost grows with the number of trips
//! (n log n), never with the span of dates, so trips a century apart cost no more than
//! trips a week apart. Definitions follow `domain.md` §1: entry and exit days both count,
//! a same-day re-entry counts that day once, a trip in progress counts up to the control date.
//!
//! ```
//! use kz_residence::{rules::Profile, stay::{stay, StayRequest}};
//! let request: StayRequest = serde_json::from_str(r#"{
//!     "trips": [{ "entry": "2024-01-01", "exit": "2024-01-30" }], "on": "2024-02-15"
//! }"#).unwrap();
//! let answer = stay(&request, &Profile::shipped()).unwrap();
//! assert_eq!((answer.days_used, answer.days_remaining), (30, 60));
//! ```

mod answer;
mod curve;
mod limits;
mod notices;
mod plan;
mod presence;
mod request;
mod sort;
mod status;
mod trips;
mod violations;

pub use answer::{Assumption, PlanAnswer, RulesUsed, Situation, StayAnswer, Status, StatusCode, Violation};
pub use limits::{Limits, RulesInput, MAX_WINDOW_DAYS};
pub use plan::{Planner, Refusal};
pub use presence::Presence;
pub use request::{CurveInput, PlanInput, StayRequest, TripInput};
pub use trips::Trip;

use crate::date::{Day, MAX_DAY, MIN_DAY};
use crate::error::{Code, Error};
use crate::rules::{Notice, Profile};

/// Answers a stay request with the profile's rules (or the request's explicit ones).
pub fn stay(request: &StayRequest, profile: &Profile) -> Result<StayAnswer, Error> {
    let on = request.on.ok_or_else(|| Error::new(Code::InvalidInput, "on"))?;
    let trips = trips::checked(&request.trips, on)?;
    let resolved = Limits::resolve(profile, request, on)?;
    let limits = resolved.limits;
    let plan = request.plan.map(check_plan).transpose()?;
    let curve_ends = request.curve.map(check_curve).transpose()?;

    let presence = Presence::from_sorted(trips.iter().map(|t| (t.entry, t.exit)));
    let pieces = curve::pieces(&presence, limits.window);
    let used = presence.used(on, limits.window);
    let planner = Planner::new(&trips, &presence, limits);
    let situation = status::situation(&trips, &planner, limits, on);
    let violations = violations::violations(&pieces, &trips, &limits);
    let plan = plan.map(|(entry, days)| answer_plan(&planner, entry, days));

    let mut notices = resolved.notices;
    if trips.first().is_some_and(|t| t.entry < resolved.first_day) {
        notices.push(Notice::TripBeforeFirstVersion { date: resolved.first_day });
    }
    notices.extend(notices::notices(profile, on, &situation, &violations, &trips, plan.as_ref().map(|p| (p.entry, p.days))));
    let curve = curve_ends.map(|ends| {
        let (from, to) = curve_span(ends, on, limits.window, &trips, &situation, &violations, plan.as_ref());
        curve::corners(&pieces, from, to)
    });

    Ok(StayAnswer {
        on,
        window_start: on - limits.window + 1,
        days_used: used,
        days_remaining: (limits.max - used).max(0),
        situation,
        violations,
        rules: resolved.used,
        notices,
        plan,
        curve,
    })
}

fn check_plan(plan: PlanInput) -> Result<(Day, i32), Error> {
    if plan.days < 1 {
        return Err(Error::new(Code::InvalidInput, "plan.days"));
    }
    if plan.days > MAX_DAY - plan.entry + 1 {
        return Err(Error::new(Code::DateOutOfRange, "plan.days"));
    }
    Ok((plan.entry, plan.days))
}

fn check_curve(curve: CurveInput) -> Result<CurveInput, Error> {
    match (curve.from, curve.to) {
        (Some(from), Some(to)) if to < from => Err(Error::new(Code::ExitBeforeEntry, "curve.to")),
        _ => Ok(curve),
    }
}

/// The days a picture of the history shows, for the ends the request leaves out: the
/// window and the trips before it (at most two windows back), up to the latest date the
/// answer names (at most two windows ahead, at least 45 days), with a week's margin.
fn curve_span(ends: CurveInput, on: Day, window: i32, trips: &[Trip], situation: &Situation, violations: &[Violation], plan: Option<&PlanAnswer>) -> (Day, Day) {
    let span = 2 * window;
    let starts = trips.iter().map(|t| t.entry).chain(violations.iter().map(|v| v.from)).chain([on - window + 1]);
    let first = starts.min().unwrap_or(on).max(on - span) - 7;
    let status = situation.status;
    let ends_named = trips.iter().map(|t| t.exit).chain([situation.latest_exit, status.to, plan.map(|p| p.exit)].into_iter().flatten());
    let last = ends_named.fold(on + 45, Day::max).min(on + span) + 7;
    let from = ends.from.unwrap_or(first.max(MIN_DAY));
    let to = ends.to.unwrap_or(last.min(MAX_DAY));
    (from, to.max(from))
}

fn answer_plan(planner: &Planner, entry: Day, days: i32) -> PlanAnswer {
    let verdict = planner.check(entry, days);
    PlanAnswer {
        entry,
        days,
        exit: entry + days - 1,
        allowed: verdict.is_ok(),
        reason: verdict.err().map(Refusal::code),
        latest_exit: planner.latest_exit(entry),
        earliest_entry: if verdict.is_ok() { Some(entry) } else { planner.earliest_entry(entry, days) },
    }
}
