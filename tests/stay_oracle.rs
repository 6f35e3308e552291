//! The interval engine against the naive day-by-day reference, on random histories, under
//! one set of limits or under limits that change on random days (each day judged under the
//! rule in force on it). `ORACLE_CASES=100000 cargo test --release --test stay_oracle` for
//! a long local run.

mod common;

use common::naive::{day, text, Day, History, Limits};
use kz_residence::date::Day as EngineDay;
use kz_residence::error::Code;
use kz_residence::input::{Alpha2, PlanDays, RuleDays};
use kz_residence::rules::{Entry, Item, List, Named, Profile, Text, Timeline};
use kz_residence::stay::{stay, CurveInput, LimitsInput, PlanInput, StayRequest, TripInput};
use proptest::prelude::*;

#[derive(Debug, Clone)]
struct Case {
    trips: Vec<(Day, Option<Day>)>,
    on: Day,
    /// Limits from each day on (the first for every earlier day).
    schedule: Vec<(Day, Limits)>,
    plan: Option<(Day, i32)>,
}

/// Limits with a maximum below the window (a maximum equal to the window never runs out,
/// which the bounded calendar of the reference cannot show; a golden case covers it).
fn limits() -> impl Strategy<Value = Limits> {
    prop_oneof![
        Just(Limits { window: 180, max: 90, per_entry: None }),
        (prop_oneof![Just(None), (1..40i32).prop_map(Some)]).prop_map(|p| Limits { window: 180, max: 90, per_entry: p }),
        (5..200i32).prop_flat_map(|w| (Just(w), 1..w, prop_oneof![Just(None), (1..60i32).prop_map(Some)]))
            .prop_map(|(window, max, per_entry)| Limits { window, max, per_entry }),
    ]
}

/// One set of limits, or two or three changing on days near the trips.
fn schedule(base: Day) -> impl Strategy<Value = Vec<(Day, Limits)>> {
    prop_oneof![
        limits().prop_map(|l| vec![(Day::MIN, l)]),
        (limits(), prop::collection::vec((0..700i32, limits()), 1..3)).prop_map(move |(first, later)| {
            let mut changes: Vec<(Day, Limits)> = later.into_iter().map(|(at, l)| (base + at, l)).collect();
            changes.sort_by_key(|c| c.0);
            changes.dedup_by_key(|c| c.0);
            [(Day::MIN, first)].into_iter().chain(changes).collect()
        }),
    ]
}

/// Trips one after another (gaps of 0 are same-day re-entries), the last maybe in progress.
fn case() -> impl Strategy<Value = Case> {
    let trips = prop::collection::vec((0..90i32, 1..80i32), 0..8);
    (-500..500i32).prop_flat_map(move |offset| {
        let base = day("2023-01-01") + offset;
        (Just(base), trips.clone(), any::<bool>(), -60..700i32, schedule(base), prop::option::of((-60..700i32, 1..100i32)))
    })
    .prop_map(|(base, shape, open_last, on_offset, schedule, plan)| {
        let mut at = base;
        let mut trips = Vec::new();
        for (i, (gap, len)) in shape.iter().enumerate() {
            // A gap of 0 is a same-day re-entry, unless the previous trip was a single
            // day: two trips cannot share an entry day.
            let one_day_before = trips.last().is_some_and(|&(a, _): &(Day, Option<Day>)| a == at);
            let entry = if i == 0 { at } else { at + gap + i32::from(*gap == 0 && one_day_before) };
            trips.push((entry, Some(entry + len - 1)));
            at = entry + len - 1;
        }
        let mut on = base + on_offset;
        if open_last {
            if let Some(last) = trips.last_mut() {
                last.1 = None;
                on = on.max(last.0);
            }
        }
        Case { trips, on, schedule, plan: plan.map(|(e, n)| (base + e, n)) }
    })
}

/// The engine's day for a day of the reference (both count from 0001-01-01).
fn d(day: Day) -> EngineDay {
    EngineDay::from_number(day).expect("a day within the calculator's range")
}

/// The test citizenship whose regimes change on the schedule's days.
const DATED: &str = "ZZ";

/// The shipped profile with one regime per period of `schedule`, and a citizenship under
/// them one after another: the engine then judges each day under its own period.
fn dated_profile(schedule: &[(Day, Limits)]) -> Profile {
    let mut data = *Profile::shipped().data();
    fn entry<T>(from: EngineDay, to: Option<EngineDay>, value: T) -> Entry<T> {
        Entry { from, to, value, source: Text("law-migration-6"), unconfirmed: false }
    }
    let ids: Vec<Text> = (0..schedule.len()).map(|i| Text::leak(format!("oracle-{i}"))).collect();
    let regimes = schedule.iter().zip(&ids).map(|(&(_, l), &id)| {
        let limits = kz_residence::rules::Limits { window_days: l.window, max_days: l.max, max_days_per_entry: l.per_entry };
        Item { id, timeline: Timeline(List::leak(vec![entry(kz_residence::date::MIN_DAY, None, limits)])) }
    });
    data.stay.regimes = Named(List::leak(data.stay.regimes.items().iter().copied().chain(regimes).collect()));
    let periods = (0..schedule.len()).map(|i| {
        let from = if i == 0 { kz_residence::date::MIN_DAY } else { d(schedule[i].0) };
        let to = schedule.get(i + 1).map(|next| d(next.0 - 1));
        entry(from, to, ids[i])
    });
    let zz = Item { id: Text(DATED), timeline: Timeline(List::leak(periods.collect())) };
    data.stay.citizenship = Named(List::leak(data.stay.citizenship.items().iter().copied().chain([zz]).collect()));
    Profile::new(Box::leak(Box::new(data))).expect("the test profile passes its checks")
}

/// The request and the profile for a case: explicit rules for one set of limits, the test
/// citizenship for limits that change.
fn request(c: &Case) -> (StayRequest, Profile) {
    let mut request = StayRequest {
        trips: c.trips.iter().map(|&(a, b)| TripInput { entry: d(a), exit: b.map(d) }).collect(),
        on: d(c.on),
        rules: None,
        regime: None,
        citizenship: None,
        holds: None,
        plan: c.plan.map(|(entry, days)| PlanInput { entry: d(entry), days: PlanDays(days) }),
        curve: None,
    };
    if let [(_, l)] = c.schedule[..] {
        request.rules = Some(LimitsInput { window_days: Some(RuleDays(l.window)), max_days: Some(RuleDays(l.max)), max_days_per_entry: l.per_entry.map(RuleDays) });
        (request, Profile::shipped())
    } else {
        request.citizenship = Alpha2::new(DATED);
        (request, dated_profile(&c.schedule))
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: common::cases(3000), ..ProptestConfig::default() })]

    #[test]
    fn engine_agrees_with_the_day_by_day_reference(c in case()) {
        let (req, profile) = request(&c);
        let answer = stay(&req, &profile).expect("valid history");
        let closed: Vec<(Day, Day)> = c.trips.iter().map(|&(a, b)| (a, b.unwrap_or(c.on))).collect();
        let plan_day = c.plan.map_or(c.on, |p| p.0);
        let earliest = closed.iter().map(|t| t.0).chain([c.on, plan_day]).min().unwrap_or(c.on);
        let history = |trips: Vec<(Day, Day)>| History::dated(trips, c.schedule.clone(), earliest, c.on.max(plan_day));
        let h = history(closed.clone());
        let today = h.limits(c.on);

        prop_assert_eq!(answer.days_used, h.used(c.on));
        prop_assert_eq!(answer.days_remaining, (today.max - answer.days_used).max(0));

        let got: Vec<Day> = answer.violations.iter().flat_map(|v| v.from.number()..=v.to.number()).collect();
        prop_assert_eq!(&got, &h.violations());
        for v in &answer.violations {
            prop_assert_eq!(v.peak, h.peak(v.from.number(), v.to.number()));
        }

        let current = closed.iter().rposition(|&(a, b)| a <= c.on && c.on <= b);
        prop_assert_eq!(answer.situation.in_country, current.is_some());
        let latest = current.and_then(|i| {
            let others = history(closed.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, &t)| t).collect());
            if c.trips[i].1.is_none() { others.latest_exit_in_progress(closed[i].0) } else { others.latest_exit_plan(closed[i].0) }
        });
        prop_assert_eq!(answer.situation.latest_exit, latest.map(d));

        let next = if current.is_some() { None } else { h.earliest_entry(c.on, 1) };
        prop_assert_eq!(answer.situation.next_entry, next.map(d));

        let expected = h.status(c.on, current.map(|i| (closed[i].0, latest)));
        let status = answer.situation.status;
        prop_assert_eq!((status.code(), status.from(), status.to()), (expected.0, expected.1.map(d), expected.2.map(d)));
        let others_last = closed.iter().enumerate().filter(|&(j, _)| Some(j) != current).map(|(_, t)| t.1).max();
        let assumed_last = current.map(|_| if expected.0 == "MAY_STAY" { expected.2.unwrap_or(c.on) } else { c.on });
        let last = others_last.into_iter().chain(assumed_last).max();
        prop_assert_eq!(answer.situation.full_allowance_from, last.map(|l| d(l + h.limits(l).window)));
        prop_assert_eq!(answer.situation.full_allowance_now, current.is_none() && last.is_some_and(|l| l + h.limits(l).window <= c.on));

        if let Some((entry, n)) = c.plan {
            // A plan made during a trip in progress assumes the trip lasts until the plan's
            // entry or its latest exit, whichever is first (the control date when over).
            let open = current.filter(|&i| c.trips[i].1.is_none() && entry >= c.on);
            let assumed = open.map(|_| if expected.0 == "MAY_STAY" { entry.min(expected.2.unwrap_or(c.on)) } else { c.on });
            let plan = answer.plan.expect("plan answered");
            prop_assert_eq!(plan.assumed_exit, assumed.map(d));
            let h = match (open, assumed) {
                (Some(i), Some(exit)) => history(closed.iter().enumerate().map(|(j, &t)| if j == i { (t.0, exit) } else { t }).collect()),
                _ => h.clone(),
            };
            prop_assert_eq!(plan.allowed, h.allowed(entry, n));
            prop_assert_eq!(plan.latest_exit, h.latest_exit_plan(entry).map(d));
            prop_assert_eq!(plan.earliest_entry, h.earliest_entry(entry, n).map(d));
        }
    }

    #[test]
    fn the_curve_corners_trace_the_daily_count(c in case(), before in 0..50i32, after in 0..250i32) {
        // The picture counts the stay going on as the answer assumes it: here none is open.
        let c = Case { trips: c.trips.iter().map(|&(a, b)| (a, Some(b.unwrap_or(c.on)))).collect(), plan: None, ..c };
        let first = c.trips.first().map_or(c.on, |t| t.0) - before;
        let last = c.trips.last().and_then(|t| t.1).unwrap_or(c.on) + after;
        let (mut req, profile) = request(&c);
        req.curve = Some(CurveInput { from: Some(d(first)), to: Some(d(last)) });
        let answer = stay(&req, &profile).expect("valid history");
        let corners: Vec<(Day, i32)> = answer.curve.expect("curve asked for").points.iter().map(|(day, n)| (day.number(), *n)).collect();
        prop_assert_eq!(corners.first().map(|c| c.0), Some(first));
        prop_assert_eq!(corners.last().map(|c| c.0), Some(last));
        let closed: Vec<(Day, Day)> = c.trips.iter().map(|&(a, b)| (a, b.unwrap_or(c.on))).collect();
        let daily = History::dated(closed, c.schedule.clone(), first, last).daily(first, last);
        for pair in corners.windows(2) {
            let ((d0, n0), (d1, n1)) = (pair[0], pair[1]);
            prop_assert!(d0 < d1);
            for d in d0..=d1 {
                // Straight between corners: the count at d by interpolation, exactly.
                let between = n0 + (n1 - n0) * (d - d0) / (d1 - d0);
                prop_assert_eq!(between, daily[(d - first) as usize], "day {}", text(d));
            }
        }
    }

    #[test]
    fn overlaps_are_refused_exactly_when_trips_share_more_than_a_reentry_day(
        raw in prop::collection::vec((0..60i32, 0..15i32), 1..6)
    ) {
        let base = day("2024-01-01");
        let trips: Vec<(Day, Day)> = raw.iter().map(|&(a, len)| (base + a, base + a + len)).collect();
        let req = StayRequest {
            trips: trips.iter().map(|&(a, b)| TripInput { entry: d(a), exit: Some(d(b)) }).collect(),
            on: d(base + 100), rules: None, regime: None, citizenship: None, holds: None, plan: None, curve: None,
        };
        let mut sorted = trips.clone();
        sorted.sort();
        let overlapping = sorted.windows(2).any(|w| w[1].0 == w[0].0 || w[1].0 < w[0].1);
        match stay(&req, &common::profile()) {
            Ok(_) => prop_assert!(!overlapping),
            Err(e) => {
                prop_assert!(overlapping);
                prop_assert_eq!(e.code, Code::OverlappingTrips);
            }
        }
    }
}

#[test]
fn the_reference_itself_counts_a_simple_stay() {
    let limits = Limits { window: 180, max: 90, per_entry: None };
    let h = History::new(vec![(day("2024-01-01"), day("2024-03-30"))], limits, day("2024-01-01"), day("2024-12-31"));
    assert_eq!(h.used(day("2024-03-30")), 90);
    assert!(h.violations().is_empty());
    assert_eq!(h.earliest_entry(day("2024-03-31"), 1).map(text), Some(String::from("2024-06-29")));
}

#[test]
fn the_reference_judges_each_day_under_its_own_limits() {
    let cap_14 = Limits { window: 180, max: 42, per_entry: Some(14) };
    let cap_30 = Limits { window: 180, max: 90, per_entry: Some(30) };
    let h = History::dated(vec![(day("2023-10-01"), day("2023-10-20"))], vec![(Day::MIN, cap_14), (day("2023-11-10"), cap_30)], day("2023-10-01"), day("2026-12-04"));
    assert_eq!(h.violations().into_iter().map(text).collect::<Vec<_>>().first().map(String::as_str), Some("2023-10-15"));
}
