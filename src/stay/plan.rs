//! Planned stays: may a stay of N days begin on a day, how long may a stay last, and when
//! is the earliest entry for N days.
//!
//! A plan is one more trip: it may share only its first day with the exit day of a
//! recorded trip, or its last day with the entry day of one; it must respect the per-entry
//! cap of its entry day; and it may create no new violation day anywhere, including on
//! later recorded trips it would push over the limit, each day judged under the limits in
//! force on it. Adding a day to a stay only raises counts, so the longest stay is found by
//! bisection, and a refused entry says how far ahead the next possible one lies, so the
//! search jumps instead of walking the calendar.

use crate::date::{Day, MAX_DAY};
use crate::stay::presence::Presence;
use crate::stay::schedule::Schedule;
use crate::stay::status::Limit;
use crate::stay::trips::Trip;

/// Why a planned stay is refused, with the first entry day worth trying next (if any).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// It shares days with a recorded trip beyond a same-day re-entry.
    Overlap(Day),
    /// It is longer than the per-entry cap of its entry day (the next entry day whose cap
    /// allows it, if any).
    PerEntry(Option<Day>),
    /// It is longer than any maximum from its entry day on allows.
    Never,
    /// One of its own days would exceed the maximum.
    Window(Day),
    /// It would push a day of a later recorded trip over the maximum.
    LaterTrip(Day),
    /// It would run past the last date the calculator handles.
    OutOfRange,
}

impl Refusal {
    /// The code of the reason, for the answer.
    pub fn code(self) -> PlanRefusal {
        match self {
            Refusal::Overlap(_) => PlanRefusal::Overlap,
            Refusal::PerEntry(_) | Refusal::Never => PlanRefusal::TooLong,
            Refusal::Window(_) => PlanRefusal::OverLimit,
            Refusal::LaterTrip(_) => PlanRefusal::BreaksLaterTrip,
            Refusal::OutOfRange => PlanRefusal::OutOfRange,
        }
    }

    /// The limit that refuses it.
    pub fn limit(self) -> Limit {
        match self {
            Refusal::Overlap(_) => Limit::NextTrip,
            Refusal::PerEntry(_) => Limit::PerEntry,
            Refusal::Never | Refusal::Window(_) | Refusal::LaterTrip(_) => Limit::Window,
            Refusal::OutOfRange => Limit::RangeEnd,
        }
    }

    fn next(self) -> Option<Day> {
        match self {
            Refusal::Overlap(d) | Refusal::Window(d) | Refusal::LaterTrip(d) => Some(d),
            Refusal::PerEntry(d) => d,
            Refusal::Never | Refusal::OutOfRange => None,
        }
    }
}

/// Why a plan is refused, as the answer names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PlanRefusal {
    /// It overlaps a recorded trip.
    Overlap,
    /// It is longer than a single stay may last.
    TooLong,
    /// One of its days would be over the maximum.
    OverLimit,
    /// It would push a later recorded trip over the maximum.
    BreaksLaterTrip,
    /// It runs past 2200-12-31.
    OutOfRange,
}

/// The recorded trips and their days of presence, against which plans are checked under
/// the limits of a schedule.
pub struct Planner<'a> {
    trips: &'a [Trip],
    presence: &'a Presence,
    schedule: &'a Schedule,
}

impl<'a> Planner<'a> {
    /// A planner over trips sorted by entry and their presence.
    pub fn new(trips: &'a [Trip], presence: &'a Presence, schedule: &'a Schedule) -> Self {
        Planner { trips, presence, schedule }
    }

    /// The days of presence the plans are checked against.
    pub fn presence(&self) -> &'a Presence {
        self.presence
    }

    /// Whether a stay of `days` days beginning on `entry` could be recorded beside the trips.
    pub fn check(&self, entry: Day, days: i32) -> Result<(), Refusal> {
        if self.schedule.cap(entry).is_some_and(|cap| days > cap) {
            return Err(Refusal::PerEntry(self.schedule.next_cap_allowing(entry, days)));
        }
        if days < 1 || days > self.schedule.longest_stay(entry, days) {
            return Err(Refusal::Never);
        }
        let exit = entry + days - 1;
        if exit > MAX_DAY {
            return Err(Refusal::OutOfRange);
        }
        self.check_overlap(entry, exit)?;
        self.check_counts(entry, exit).map_err(|refusal| match refusal {
            Refusal::Window(next) => Refusal::Window(self.clamp(entry, days, next)),
            Refusal::LaterTrip(next) => Refusal::LaterTrip(self.clamp(entry, days, next)),
            other => other,
        })
    }

    /// The limit that ends a stay of `days` days from `entry`: why one day more is refused.
    pub fn stop(&self, entry: Day, days: i32) -> Limit {
        self.check(entry, days + 1).err().map_or(Limit::Window, Refusal::limit)
    }

    fn check_overlap(&self, entry: Day, exit: Day) -> Result<(), Refusal> {
        let first = self.trips.partition_point(|t| t.exit < entry);
        for t in self.trips[first..].iter().take_while(|t| t.entry <= exit) {
            let starts_on_its_exit = t.exit == entry && t.entry != entry;
            let ends_on_its_entry = t.entry == exit && t.entry != entry;
            if !starts_on_its_exit && !ends_on_its_entry {
                return Err(Refusal::Overlap(if t.exit > entry { t.exit } else { t.exit + 1 }));
            }
        }
        Ok(())
    }

    /// Walks the days the stay can change (its own, then one window after it) with the
    /// counts before and after adding it, each day against the limits in force on it. Within
    /// a run of days under the same limits the counts move by one day at a time; where the
    /// limits change they are counted afresh under the new window.
    fn check_counts(&self, entry: Day, exit: Day) -> Result<(), Refusal> {
        let last_present = self.presence.last_day().unwrap_or(entry);
        let end = exit + self.schedule.longest_window() - 1;
        let (mut excess, mut broken) = (0i32, None);
        let mut start = entry;
        'segments: while start <= end {
            let i = self.schedule.index_at(start);
            let limits = self.schedule.periods()[i].limits;
            let (window, max) = (limits.window_days, limits.max_days);
            let last = self.schedule.span(i).1.map_or(end, |last| last.min(end));
            let (mut before, mut after) = self.counts(start, window, entry, exit);
            let (mut day_in, mut day_out) = (self.presence.cursor(start), self.presence.cursor(start - window));
            for d in start.through(last) {
                if d > start {
                    let gone = d - window;
                    let (present, was) = (day_in.contains(d), day_out.contains(gone));
                    let (planned, was_planned) = (d <= exit, (entry..=exit).contains(&gone));
                    before += i32::from(present) - i32::from(was);
                    after += i32::from(present || planned) - i32::from(was || was_planned);
                }
                if d > exit && d > last_present {
                    break 'segments;
                }
                if d <= exit {
                    excess = excess.max(after - max);
                } else if day_in.contains(d) && after > max && before <= max {
                    broken = Some(d);
                }
            }
            start = last + 1;
        }
        // Moving the entry one day later lowers the stay's own count by at most one. A later
        // day pushed over stays over until the stay ends on or after it, unless the stay
        // comes to share a day with a trip (its entry on a trip's exit day, or its exit on
        // a trip's entry day), which adds one day fewer: the jump stops at the first such entry.
        let days = exit - entry + 1;
        let past_broken = broken.map(|b| (b - days + 1).min(self.next_sharing_entry(entry, days)));
        match (excess > 0, past_broken) {
            (false, None) => Ok(()),
            (true, b) => Err(Refusal::Window(b.unwrap_or(entry).max(entry + excess))),
            (false, Some(b)) => Err(Refusal::LaterTrip(b.max(entry + 1))),
        }
    }

    /// The counts on `day` over a window of `window` days, without and with the stay `entry..=exit`.
    fn counts(&self, day: Day, window: i32, entry: Day, exit: Day) -> (i32, i32) {
        let first = day - window + 1;
        let before = self.presence.count(first, day);
        let (lo, hi) = (entry.max(first), exit.min(day));
        let planned = if hi < lo { 0 } else { hi - lo + 1 - self.presence.count(lo, hi) };
        (before, before + planned)
    }

    /// The jumps above assume the same limits on every day of every stay they skip; when
    /// the limits change within reach, the jump stops short of that change.
    fn clamp(&self, entry: Day, days: i32, next: Day) -> Day {
        let Some(change) = self.schedule.next_change(entry) else { return next };
        let reach = days + self.schedule.longest_window() - 2;
        if entry + reach >= change {
            entry + 1
        } else {
            next.min(change - reach)
        }
    }

    /// The first entry after `entry` at which a stay of `days` days would share its first
    /// or last day with a recorded trip.
    fn next_sharing_entry(&self, entry: Day, days: i32) -> Day {
        let first_exit = self.trips.partition_point(|t| t.exit <= entry);
        let first_entry = self.trips.partition_point(|t| t.entry - days < entry);
        let exit_day = self.trips.get(first_exit).map_or(MAX_DAY, |t| t.exit);
        let entry_day = self.trips.get(first_entry).map_or(MAX_DAY, |t| t.entry - days + 1);
        exit_day.min(entry_day)
    }

    /// The last day of the longest allowed stay beginning on `entry`, if even one day is allowed.
    pub fn latest_exit(&self, entry: Day) -> Option<Day> {
        self.check(entry, 1).ok()?;
        let (mut ok, mut bad) = (1, self.schedule.longest_stay(entry, MAX_DAY - entry + 1) + 1);
        while bad - ok > 1 {
            let mid = ok + (bad - ok) / 2;
            if self.check(entry, mid).is_ok() { ok = mid } else { bad = mid }
        }
        Some(entry + ok - 1)
    }

    /// The first entry day on or after `from` for an allowed stay of `days` days.
    pub fn earliest_entry(&self, from: Day, days: i32) -> Option<Day> {
        let mut entry = from;
        loop {
            match self.check(entry, days) {
                Ok(()) => return Some(entry),
                Err(refusal) => entry = refusal.next()?.max(entry + 1),
            }
        }
    }
}
