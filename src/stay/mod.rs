//! The stay calculator: at most `maxDays` days of presence in any `windowDays`-day window
//! (90 in 180 in Kazakhstan since 2023-01-27), with an optional cap on a single stay, each
//! day judged under the rule in force on it (`docs/rules.md`).
//!
//! The engine works on intervals of presence: its cost grows with the number of trips
//! (n log n), never with the span of dates, so trips a century apart cost no more than
//! trips a week apart. Entry and exit days both count, a same-day re-entry counts that day
//! once, a trip in progress counts up to the control date.
//!
//! ```
//! use kz_residence::{rules::Profile, stay::{stay, StayRequest}};
//! let request: StayRequest = serde_json::from_str(r#"{
//!     "trips": [{ "entry": "2024-01-01", "exit": "2024-01-30" }], "on": "2024-02-15", "citizenship": "DE"
//! }"#).unwrap();
//! let answer = stay(&request, &Profile::shipped()).unwrap();
//! assert_eq!((answer.days_used, answer.days_remaining), (30, 60));
//! assert_eq!(answer.situation.status.code(), "MAY_ENTER");
//! ```

mod answer;
mod curve;
mod notices;
mod picture;
mod plan;
mod presence;
mod request;
mod resolve;
mod schedule;
mod sort;
mod status;
mod trips;
mod violations;

pub use answer::{Bar, BarKind, Curve, PlanAnswer, RulesUsed, StayAnswer};
pub use plan::{PlanRefusal, Planner, Refusal};
pub use presence::Presence;
pub use request::{CurveInput, LimitsInput, PlanInput, StayRequest, TripInput};
pub use schedule::{Origin, Period, Schedule};
pub use status::{Assumption, Limit, Situation, Status};
pub use trips::Trip;
pub use violations::{Violation, When};

use crate::date::{Day, MAX_DAY};
use crate::error::{Code, Error};
use crate::notice::Notice;
use crate::rules::{Cited, Profile};

/// Answers a stay request with the profile's rules (or the request's explicit ones).
pub fn stay(request: &StayRequest, profile: &Profile) -> Result<StayAnswer, Error> {
    let on = request.on;
    let trips = trips::checked(&request.trips, on)?;
    if request.curve.is_some_and(|c| c.from.zip(c.to).is_some_and(|(from, to)| to < from)) {
        return Err(Error::new(Code::ExitBeforeEntry, "curve.to"));
    }
    if request.plan.is_some_and(|p| p.days.0 > MAX_DAY - p.entry + 1) {
        return Err(Error::new(Code::DateOutOfRange, "plan.days"));
    }
    let not_counted = request.holds.and_then(|holder| {
        let (e, _) = profile.stay().not_counted.applicable(on)?;
        e.value.contains(&holder).then_some(Notice::NotCounted { holder, source: e.source, effective: e.from })
    });
    let request = if not_counted.is_some() { &StayRequest { regime: None, citizenship: None, rules: None, plan: None, ..request.clone() } } else { request };
    let resolved = resolve::resolve(profile, request)?;
    let schedule = &resolved.schedule;

    let presence = Presence::from_sorted(trips.iter().map(|t| (t.entry, t.exit)));
    let counts = curve::Counts::new(&presence, &schedule.windows());
    let planner = Planner::new(&trips, &presence, schedule);
    let mut situation = status::situation(&trips, &planner, schedule, on);
    let mut violations = violations::violations(&counts, &trips, schedule, on);
    let plan = request.plan.map(|p| plan_answer(&trips, schedule, &situation, p.entry, p.days.0, on));

    let mut notices = resolved.notices;
    if trips.first().is_some_and(|t| t.entry < resolved.first_day) {
        notices.push(Notice::TripBeforeFirstVersion { date: resolved.first_day });
    }
    if let Some(notice) = not_counted {
        // The document governs: the days are counted for the record, nothing is judged.
        notices.retain(|n| !matches!(n, Notice::RegimeAssumed { .. }));
        notices.push(notice);
        situation.status = Status::NotCounted;
        violations.clear();
    } else {
        let facts = notices::Facts { on, situation: &situation, violations: &violations, trips: &trips, plan: plan.as_ref(), schedule };
        notices.extend(notices::notices(profile, &facts));
    }
    let curve = request.curve.map(|ends| {
        let story = picture::Story { on, trips: &trips, schedule, situation: &situation, violations: &violations, plan: plan.as_ref() };
        story.curve(ends)
    });

    let periods: Vec<RulesUsed> = (0..schedule.periods().len())
        .map(|i| RulesUsed { period: schedule.periods()[i], to: schedule.span(i).1, citizenship: request.citizenship })
        .collect();
    let rules = periods[schedule.index_at(on)];
    let limits = rules.period.limits;
    let used = presence.used(on, limits.window_days);
    let mut cited = Cited::default();
    periods.iter().flat_map(RulesUsed::sources).chain(notices.iter().filter_map(Notice::source)).for_each(|key| cited.add(key));
    Ok(StayAnswer {
        on,
        window_start: on - limits.window_days + 1,
        days_used: used,
        days_remaining: (limits.max_days - used).max(0),
        days_over: (used - limits.max_days).max(0),
        situation,
        violations,
        rules,
        periods,
        notices,
        plan,
        curve,
        sources: cited.resolve(profile.sources()),
    })
}

/// The answer about a plan of `days` days from `entry`. While a trip is in progress on the
/// control date the plan's entry is reachable only by leaving and coming back: the answer
/// assumes the trip lasts until the plan's entry (the day shared, counted once) or its own
/// latest exit, whichever comes first, the control date when over the limit, and says so.
fn plan_answer(trips: &[Trip], schedule: &Schedule, situation: &Situation, entry: Day, days: i32, on: Day) -> PlanAnswer {
    let assumed_exit = status::covering(trips, on).filter(|t| t.open && entry >= on).map(|_| match situation.status {
        Status::MayStay { to, .. } => entry.min(to),
        _ => on,
    });
    let trips: Vec<Trip> = trips.iter().map(|t| if t.open { Trip { exit: assumed_exit.unwrap_or(t.exit), ..*t } } else { *t }).collect();
    let presence = Presence::from_sorted(trips.iter().map(|t| (t.entry, t.exit)));
    let planner = Planner::new(&trips, &presence, schedule);
    let verdict = planner.check(entry, days);
    PlanAnswer {
        entry,
        days,
        exit: entry + days - 1,
        allowed: verdict.is_ok(),
        reason: verdict.err().map(Refusal::code),
        longest: schedule.longest_stay(entry, MAX_DAY - entry + 1),
        period: schedule.index_at(entry),
        latest_exit: planner.latest_exit(entry),
        earliest_entry: if verdict.is_ok() { Some(entry) } else { planner.earliest_entry(entry, days) },
        assumed_exit,
    }
}
