//! Planned stays: may a stay of N days begin on a day, how long may a stay last, and when
//! is the earliest entry for N days.
//!
//! A plan is one more trip: it may share only its first day with the exit day of a
//! recorded trip, or its last day with the entry day of one; it must respect the per-entry
//! cap; and it may create no new violation day anywhere, including on later recorded trips
//! it would push over the limit. Adding a day to a stay only raises counts, so the longest
//! stay is found by bisection, and a refused entry says how far ahead the next possible one
//! lies, so the search jumps instead of walking the calendar.

use crate::date::{Day, MAX_DAY};
use crate::stay::limits::Limits;
use crate::stay::presence::Presence;
use crate::stay::trips::Trip;

/// Why a planned stay is refused, with the first entry day worth trying next (if any).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// It shares days with a recorded trip beyond a same-day re-entry.
    Overlap(Day),
    /// It is longer than the per-entry cap, or than any window allows.
    TooLong,
    /// One of its own days would exceed the maximum.
    Window(Day),
    /// It would push a day of a later recorded trip over the maximum.
    LaterTrip(Day),
    /// It would run past the last date the calculator handles.
    OutOfRange,
}

impl Refusal {
    /// The stable code of the reason, for the answer.
    pub fn code(self) -> &'static str {
        match self {
            Refusal::Overlap(_) => "OVERLAP",
            Refusal::TooLong => "TOO_LONG",
            Refusal::Window(_) => "OVER_LIMIT",
            Refusal::LaterTrip(_) => "BREAKS_LATER_TRIP",
            Refusal::OutOfRange => "OUT_OF_RANGE",
        }
    }

    fn next(self) -> Option<Day> {
        match self {
            Refusal::Overlap(d) | Refusal::Window(d) | Refusal::LaterTrip(d) => Some(d),
            Refusal::TooLong | Refusal::OutOfRange => None,
        }
    }
}

/// The recorded trips and their days of presence, against which plans are checked.
pub struct Planner<'a> {
    trips: &'a [Trip],
    presence: &'a Presence,
    limits: Limits,
}

impl<'a> Planner<'a> {
    /// A planner over trips sorted by entry and their presence.
    pub fn new(trips: &'a [Trip], presence: &'a Presence, limits: Limits) -> Self {
        Planner { trips, presence, limits }
    }

    /// The days of presence the plans are checked against.
    pub fn presence(&self) -> &'a Presence {
        self.presence
    }

    /// Whether a stay of `days` days beginning on `entry` could be recorded beside the trips.
    pub fn check(&self, entry: Day, days: i32) -> Result<(), Refusal> {
        if days < 1 || days > self.limits.longest_stay(days) {
            return Err(Refusal::TooLong);
        }
        let exit = entry + days - 1;
        if exit > MAX_DAY {
            return Err(Refusal::OutOfRange);
        }
        self.check_overlap(entry, exit)?;
        self.check_counts(entry, exit)
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
    /// counts before and after adding it.
    fn check_counts(&self, entry: Day, exit: Day) -> Result<(), Refusal> {
        let (window, max) = (self.limits.window, self.limits.max);
        let last_present = self.presence.last_day().unwrap_or(entry);
        let mut before = self.presence.used(entry - 1, window);
        let mut after = before;
        let (mut day_in, mut day_out) = (self.presence.cursor(), self.presence.cursor());
        let (mut excess, mut broken) = (0i32, None);
        for d in entry.through(exit + window - 1) {
            if d > exit && d > last_present {
                break;
            }
            let gone = d - window;
            let (present, was) = (day_in.contains(d), day_out.contains(gone));
            let (planned, was_planned) = (d <= exit, (entry..=exit).contains(&gone));
            before += i32::from(present) - i32::from(was);
            after += i32::from(present || planned) - i32::from(was || was_planned);
            if planned {
                excess = excess.max(after - max);
            } else if present && after > max && before <= max {
                broken = Some(d);
            }
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
        let (mut ok, mut bad) = (1, self.limits.longest_stay(MAX_DAY - entry + 1) + 1);
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
