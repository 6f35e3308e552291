//! Days over a limit: more than the maximum in the window in force on the day, or a single
//! stay longer than the per-entry cap in force on its entry day. Runs of consecutive days
//! are joined whichever limit each day broke, as long as one rule of each kind stands
//! behind the run; each run names those rules (indices into the answer's `periods`).

use serde::Serialize;

use crate::date::{Day, MIN_DAY};
use crate::stay::curve::{self, Counts};
use crate::stay::schedule::Schedule;
use crate::stay::trips::Trip;

/// A run of consecutive days over a limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Violation {
    /// First day over.
    pub from: Day,
    /// Last day over.
    pub to: Day,
    /// Number of days in the run.
    pub days: i32,
    /// The highest count of days in the window reached in the run.
    pub peak: i32,
    /// Before, around or after the control date.
    pub when: When,
    /// The period (index into the answer's `periods`) whose window maximum was exceeded.
    pub window: Option<usize>,
    /// The period whose per-entry cap a stay exceeded (the one of its entry day).
    pub per_entry: Option<usize>,
}

/// Where a run lies relative to the control date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum When {
    /// It ended before the control date.
    Past,
    /// It includes the control date.
    Now,
    /// It begins after the control date (trips entered for later).
    Ahead,
}

/// A run before joining: days, peak, and the rule of each kind it broke.
type Run = (Day, Day, i32, Option<usize>, Option<usize>);

/// The violation runs of a history, in order.
pub fn violations(counts: &Counts, trips: &[Trip], schedule: &Schedule, on: Day) -> Vec<Violation> {
    let mut runs: Vec<Run> = Vec::new();
    for (i, period) in schedule.periods().iter().enumerate() {
        let (from, to) = span(schedule, i);
        let pieces = counts.pieces(period.limits.window_days);
        runs.extend(curve::over(pieces, period.limits.max_days, from, to).into_iter().map(|(a, b, peak)| (a, b, peak, Some(i), None)));
    }
    for t in trips {
        let rule = schedule.index_at(t.entry);
        let Some(cap) = schedule.periods()[rule].limits.max_days_per_entry.filter(|&cap| t.exit - t.entry + 1 > cap) else { continue };
        // Split where the days' periods change, so every run lies within one day-period.
        let mut from = t.entry + cap;
        while from <= t.exit {
            let to = span(schedule, schedule.index_at(from)).1.min(t.exit);
            runs.push((from, to, peak(counts, schedule, from, to), None, Some(rule)));
            from = to + 1;
        }
    }
    runs.sort_by_key(|r| r.0);
    let mut joined: Vec<Run> = Vec::with_capacity(runs.len());
    for mut run in runs {
        if let Some(last) = joined.last_mut() {
            let fits = |a: Option<usize>, b: Option<usize>| a.is_none() || b.is_none() || a == b;
            if run.0 <= last.1 + 1 && fits(run.3, last.3) && fits(run.4, last.4) {
                last.1 = last.1.max(run.1);
                last.2 = last.2.max(run.2);
                last.3 = last.3.or(run.3);
                last.4 = last.4.or(run.4);
                continue;
            }
            // Two rules of one kind meet: the later run begins after the earlier one.
            run.0 = run.0.max(last.1 + 1);
            if run.0 > run.1 {
                continue;
            }
        }
        joined.push(run);
    }
    joined
        .into_iter()
        .map(|(from, to, peak, window, per_entry)| Violation {
            from,
            to,
            days: to - from + 1,
            peak,
            when: if to < on { When::Past } else if from > on { When::Ahead } else { When::Now },
            window,
            per_entry,
        })
        .collect()
}

/// The days of period `i`, its open ends at the calendar's.
fn span(schedule: &Schedule, i: usize) -> (Day, Day) {
    let (from, to) = schedule.span(i);
    // A window reaches back before the first accepted day: the first period does too.
    (from.unwrap_or(MIN_DAY - crate::rules::MAX_WINDOW_DAYS), to.unwrap_or(Day::ymd(2300, 1, 1)))
}

/// The highest count over `from..=to`, each day under the window in force on it.
pub fn peak(counts: &Counts, schedule: &Schedule, from: Day, to: Day) -> i32 {
    let mut top = 0;
    let mut day = from;
    while day <= to {
        let i = schedule.index_at(day);
        let end = span(schedule, i).1.min(to);
        top = top.max(curve::peak(counts.pieces(schedule.periods()[i].limits.window_days), day, end));
        day = end + 1;
    }
    top
}
