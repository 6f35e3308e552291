//! A deliberately naive, day-by-day reference for the stay rule, written straight from the
//! definitions of `docs/rules.md` §2.4: a calendar of days marked present or not, the window
//! count taken for every single day under the limits in force on that day, and every
//! question answered by trying day after day. The engine must agree with it on every random
//! history (`tests/stay_oracle.rs`) and is timed against it (`make bench`).

#![allow(dead_code)]

use chrono::{Datelike, NaiveDate};

/// A day as chrono's day number.
pub type Day = i32;

/// Parses `YYYY-MM-DD` with chrono's own parser.
pub fn day(text: &str) -> Day {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date").num_days_from_ce()
}

/// Prints a day with chrono's own formatter.
pub fn text(day: Day) -> String {
    NaiveDate::from_num_days_from_ce_opt(day).expect("test day").format("%Y-%m-%d").to_string()
}

/// The limits: window, maximum, optional per-entry cap.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    pub window: i32,
    pub max: i32,
    pub per_entry: Option<i32>,
}

/// Trips as closed day ranges (a trip in progress already cut at the control date), judged
/// under `schedule` (limits from each day on, the first for every earlier day), on a
/// calendar running from `first` to `last`; days outside it are never present.
#[derive(Debug, Clone)]
pub struct History {
    pub trips: Vec<(Day, Day)>,
    pub schedule: Vec<(Day, Limits)>,
    pub first: Day,
    pub last: Day,
}

impl History {
    /// A history under one set of limits, on a calendar wide enough for every question
    /// asked up to `horizon`.
    pub fn new(trips: Vec<(Day, Day)>, limits: Limits, from: Day, horizon: Day) -> Self {
        History::dated(trips, vec![(Day::MIN, limits)], from, horizon)
    }

    /// A history under limits that change on the days of `schedule` (the calendar reaches
    /// past the last change, where a stay refused before may become allowed).
    pub fn dated(trips: Vec<(Day, Day)>, schedule: Vec<(Day, Limits)>, from: Day, horizon: Day) -> Self {
        let window = schedule.iter().map(|(_, l)| l.window).max().unwrap_or(1);
        let horizon = schedule.iter().map(|(at, _)| *at).fold(horizon, Day::max);
        let first = trips.iter().map(|t| t.0).min().unwrap_or(from).min(from) - window - 1;
        let last = trips.iter().map(|t| t.1).max().unwrap_or(horizon).max(horizon) + 2 * window + 400;
        History { trips, schedule, first, last }
    }

    /// The limits in force on `d`.
    pub fn limits(&self, d: Day) -> Limits {
        self.schedule.iter().rev().find(|(from, _)| *from <= d).map_or(self.schedule[0].1, |(_, l)| *l)
    }

    /// The calendar: for each day from `first`, whether the person is present, with an extra stay.
    fn calendar(&self, extra: Option<(Day, Day)>) -> Vec<bool> {
        let mut days = vec![false; (self.last - self.first + 1) as usize];
        for &(a, b) in self.trips.iter().chain(extra.iter()) {
            for d in a..=b {
                days[(d - self.first) as usize] = true;
            }
        }
        days
    }

    /// The window count of every day of the calendar, each over the window in force on it.
    fn counts(&self, days: &[bool]) -> Vec<i32> {
        let mut before = vec![0i32; days.len() + 1];
        for (i, &present) in days.iter().enumerate() {
            before[i + 1] = before[i] + i32::from(present);
        }
        (0..days.len())
            .map(|i| {
                let w = self.limits(self.first + i as i32).window as usize;
                before[i + 1] - before[(i + 1).saturating_sub(w)]
            })
            .collect()
    }

    fn at(&self, d: Day) -> usize {
        (d - self.first) as usize
    }

    /// Days of presence in the window ending on `d`.
    pub fn used(&self, d: Day) -> i32 {
        self.daily(d, d)[0]
    }

    /// The window count of every day from `from` to `to`, from one count of the calendar.
    pub fn daily(&self, from: Day, to: Day) -> Vec<i32> {
        let counts = self.counts(&self.calendar(None));
        (from..=to).map(|d| counts[self.at(d)]).collect()
    }

    /// Days of presence on which the window count exceeds the maximum in force that day.
    fn window_violations(&self, days: &[bool]) -> Vec<bool> {
        let counts = self.counts(days);
        days.iter().zip(counts).enumerate().map(|(i, (&p, c))| p && c > self.limits(self.first + i as i32).max).collect()
    }

    /// Every violation day: over the window maximum, or beyond the per-entry cap of the
    /// trip's entry day.
    pub fn violations(&self) -> Vec<Day> {
        let over = self.window_violations(&self.calendar(None));
        let beyond_cap = |d: Day| self.trips.iter().any(|&(a, b)| self.limits(a).per_entry.is_some_and(|cap| d >= a + cap && d <= b));
        (self.first..=self.last).filter(|&d| over[self.at(d)] || beyond_cap(d)).collect()
    }

    /// The highest window count over `from..=to`.
    pub fn peak(&self, from: Day, to: Day) -> i32 {
        self.daily(from, to).into_iter().max().unwrap_or(0)
    }

    /// May a stay `entry..entry+days-1` be recorded beside the trips (`docs/rules.md` §2.4: a plan is
    /// one more trip), with every one of its days within the maximum and no other day newly over?
    pub fn allowed(&self, entry: Day, days: i32) -> bool {
        let exit = entry + days - 1;
        if self.limits(entry).per_entry.is_some_and(|p| days > p) || exit > self.last {
            return false;
        }
        for &(a, b) in &self.trips {
            if a == entry {
                return false;
            }
            let shared: Vec<Day> = (a.max(entry)..=b.min(exit)).collect();
            if !(shared.is_empty() || (shared == [entry] && b == entry) || (shared == [exit] && a == exit)) {
                return false;
            }
        }
        let before = self.window_violations(&self.calendar(None));
        let with_stay = self.calendar(Some((entry, exit)));
        let counts = self.counts(&with_stay);
        let after = self.window_violations(&with_stay);
        let own_days_fine = (entry..=exit).all(|d| counts[self.at(d)] <= self.limits(d).max);
        own_days_fine && after.iter().zip(&before).all(|(&now, &was)| !now || was)
    }

    /// The literal domain definition for a trip in progress entered on `entry`: the last X
    /// such that every day entry..X keeps the count within the maximum, within the cap.
    pub fn latest_exit_in_progress(&self, entry: Day) -> Option<Day> {
        let mut days = self.calendar(None);
        let mut last = None;
        for x in entry..self.last {
            if self.limits(entry).per_entry.is_some_and(|p| x - entry + 1 > p) {
                break;
            }
            days[self.at(x)] = true;
            if self.counts(&days)[self.at(x)] > self.limits(x).max {
                break;
            }
            last = Some(x);
        }
        last
    }

    /// The last day of the longest allowed plan from `entry`.
    pub fn latest_exit_plan(&self, entry: Day) -> Option<Day> {
        let longest = self.schedule.iter().map(|(_, l)| l.max).max().unwrap_or(0);
        (1..=longest).rev().find(|&n| self.allowed(entry, n)).map(|n| entry + n - 1)
    }

    /// The first entry on or after `from` allowing `days` days, trying every day.
    pub fn earliest_entry(&self, from: Day, days: i32) -> Option<Day> {
        (from..=self.last - days).find(|&e| self.allowed(e, days))
    }

    /// The situation on `on` as `docs/rules.md` §2.5 words it, `(code, from, to)`. `covering`:
    /// the entry and the latest exit of the trip covering `on`, if one does.
    pub fn status(&self, on: Day, covering: Option<(Day, Option<Day>)>) -> (&'static str, Option<Day>, Option<Day>) {
        match covering {
            Some((_, Some(exit))) if exit >= on => ("MAY_STAY", None, Some(exit)),
            Some((entry, exit)) => ("OVER_LIMIT", Some(exit.map_or(entry, |x| x + 1)), None),
            None if self.allowed(on, 1) => ("MAY_ENTER", None, self.latest_exit_plan(on)),
            None => {
                let from = self.earliest_entry(on, 1);
                ("MUST_WAIT", from, from.and_then(|f| self.latest_exit_plan(f)))
            }
        }
    }
}
