//! The stay calculator: at most `maxDays` days of presence in any `windowDays`-day window
//! (90 in 180 in Kazakhstan since 2023-01-27), with an optional cap on a single stay.
//!
//! The engine works on intervals of presence: its cost grows with the number of trips
//! (n log n), never with the span of dates, so trips a century apart cost no more than
//! trips a week apart. Definitions follow `domain.md` §1: entry and exit days both count,
//! a same-day re-entry counts that day once, a trip in progress counts up to the control date.
//!
//! ```
//! use kz_residence::{api, stay::{stay, StayRequest, TripInput}};
//! let profile = api::profile(&serde_json::from_str(kz_residence::rules::DEFAULT_PROFILE_JSON).unwrap()).unwrap();
//! let request = StayRequest {
//!     trips: vec![TripInput { entry: "2024-01-01".into(), exit: Some("2024-01-30".into()) }],
//!     on: "2024-02-15".into(),
//!     rules: None,
//!     regime: None,
//!     plan: None,
//!     curve: None,
//! };
//! let answer = stay(&request, &profile).unwrap();
//! assert_eq!((answer.days_used, answer.days_remaining), (30, 60));
//! ```

mod answer;
mod curve;
mod limits;
mod plan;
mod presence;
mod request;
mod sort;
mod trips;
mod violations;

pub use answer::{PlanAnswer, RulesUsed, StayAnswer, Violation};
pub use limits::{Limits, RulesInput, MAX_WINDOW_DAYS};
pub use plan::{Planner, Refusal};
pub use presence::Presence;
pub use request::{CurveInput, PlanInput, StayRequest};
pub use trips::{Trip, TripInput};

use crate::date::{self, Day, MAX_DAY};
use crate::error::{Code, Error};
use crate::rules::{Notice, Profile};

/// Answers a stay request with the profile's rules (or the request's explicit ones).
pub fn stay(request: &StayRequest, profile: &Profile) -> Result<StayAnswer, Error> {
    let on = date::parse(&request.on, "on")?;
    let trips = trips::checked(&request.trips, on)?;
    let (version, notice) = profile.version_on(on);
    let limits = Limits::resolve(version, request.regime.as_deref(), request.rules.as_ref())?;
    let plan = request.plan.as_ref().map(parse_plan).transpose()?;
    let curve_range = request.curve.as_ref().map(parse_curve).transpose()?;

    let presence = Presence::from_sorted(trips.iter().map(|t| (t.entry, t.exit)));
    let pieces = curve::pieces(&presence, limits.window);
    let used = presence.used(on, limits.window);
    let current = trips.iter().rev().find(|t| t.covers(on));
    let latest_exit = current.and_then(|c| {
        let others: Vec<Trip> = trips.iter().copied().filter(|t| t.index != c.index).collect();
        let presence = Presence::from_sorted(others.iter().map(|t| (t.entry, t.exit)));
        Planner::new(&others, &presence, limits).latest_exit(c.entry)
    });
    let planner = Planner::new(&trips, &presence, limits);
    let next_entry = if current.is_some() { None } else { planner.earliest_entry(on, 1) };

    let first_start = profile.versions[0].start_day();
    let mut notices: Vec<Notice> = notice.into_iter().collect();
    if trips.first().is_some_and(|t| t.entry < first_start) {
        notices.push(Notice { code: "TRIP_BEFORE_FIRST_VERSION", date: profile.versions[0].start.clone() });
    }

    Ok(StayAnswer {
        on: date::format(on),
        window_start: date::format(on - limits.window + 1),
        days_used: used,
        days_remaining: (i64::from(limits.max) - used).max(0),
        in_country: current.is_some(),
        latest_exit: latest_exit.map(date::format),
        next_entry: next_entry.map(date::format),
        full_allowance_from: presence.last_day().map(|d| date::format(d + limits.window)),
        violations: violations::violations(&pieces, &trips, &limits),
        rules: RulesUsed {
            window_days: limits.window,
            max_days: limits.max,
            max_days_per_entry: limits.per_entry,
            regime: request.regime.clone(),
        },
        notices,
        plan: plan.map(|(entry, days)| answer_plan(&planner, entry, days)),
        curve: curve_range.map(|(from, to)| {
            curve::corners(&pieces, from, to).into_iter().map(|(d, count)| (date::format(d), count)).collect()
        }),
    })
}

fn parse_plan(plan: &PlanInput) -> Result<(Day, i32), Error> {
    let entry = date::parse(&plan.entry, "plan.entry")?;
    if plan.days < 1 {
        return Err(Error::new(Code::InvalidInput, "plan.days"));
    }
    if plan.days > i64::from(MAX_DAY - entry + 1) {
        return Err(Error::new(Code::DateOutOfRange, "plan.days"));
    }
    // Bounded by the date range just above, so it fits an i32.
    Ok((entry, plan.days as i32))
}

fn parse_curve(curve: &CurveInput) -> Result<(Day, Day), Error> {
    let from = date::parse(&curve.from, "curve.from")?;
    let to = date::parse(&curve.to, "curve.to")?;
    if to < from {
        return Err(Error::new(Code::ExitBeforeEntry, "curve.to"));
    }
    Ok((from, to))
}

fn answer_plan(planner: &Planner, entry: Day, days: i32) -> PlanAnswer {
    let verdict = planner.check(entry, days);
    PlanAnswer {
        entry: date::format(entry),
        days: i64::from(days),
        exit: date::format(entry + days - 1),
        allowed: verdict.is_ok(),
        reason: verdict.err().map(Refusal::code),
        latest_exit: planner.latest_exit(entry).map(date::format),
        earliest_entry: if verdict.is_ok() { Some(entry) } else { planner.earliest_entry(entry, days) }.map(date::format),
    }
}
