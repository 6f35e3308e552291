//! The situation on the control date (`docs/rules.md` §2.5): in the country or not, allowed or
//! not, until when, and which limit decides it; and when the whole allowance is free again.
//! Every headline is worded from [`Status`], so "why must I leave on X?" is answered here:
//! X is the covering trip's latest exit, the last day a stay from its entry passes every
//! check of `plan.rs`, and `limit` names the check the next day fails.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::date::Day;
use crate::stay::{Planner, Presence, Schedule, Trip};

/// The limit that decides a date of the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Limit {
    /// The most days of presence in the window.
    Window,
    /// The longest single stay.
    PerEntry,
    /// The last date the calculator handles, 2200-12-31.
    RangeEnd,
    /// The next recorded trip (a stay may reach its entry day, not beyond).
    NextTrip,
}

/// The situation on the control date, which every headline is worded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(as = "crate::ts::StatusShape"))]
pub enum Status {
    /// In the country and over a limit since `from`, `days` days so far: leave now.
    OverLimit {
        /// The first day over.
        from: Day,
        /// Days over up to the control date.
        days: i32,
        /// The limit broken.
        limit: Limit,
    },
    /// In the country and allowed to stay until `to`.
    MayStay {
        /// The last legal day.
        to: Day,
        /// Days from the control date to `to`, both counted.
        days: i32,
        /// The limit that ends the stay on `to`.
        limit: Limit,
    },
    /// Not in the country; may enter on the control date and stay until `to`.
    MayEnter {
        /// The last day of the longest stay from the control date.
        to: Day,
        /// Days of that stay.
        days: i32,
        /// The limit that ends it.
        limit: Limit,
    },
    /// Not in the country; may enter from `from` and stay until `to`, not before.
    MustWait {
        /// The first day one may enter.
        from: Day,
        /// The last day of the longest stay from `from`.
        to: Day,
        /// Days of that stay.
        days: i32,
        /// The limit that keeps the visitor out until `from`.
        limit: Limit,
    },
    /// Not in the country, and no entry is possible before 2200-12-31.
    NoEntry,
    /// The visitor holds a document whose own dates govern: the rule does not count them.
    NotCounted,
}

impl Status {
    /// The stable code: `OVER_LIMIT`, `MAY_STAY`, `MAY_ENTER`, `MUST_WAIT` (also for no
    /// possible entry, with no dates), `NOT_COUNTED`.
    pub fn code(&self) -> &'static str {
        match self {
            Status::OverLimit { .. } => "OVER_LIMIT",
            Status::MayStay { .. } => "MAY_STAY",
            Status::MayEnter { .. } => "MAY_ENTER",
            Status::MustWait { .. } | Status::NoEntry => "MUST_WAIT",
            Status::NotCounted => "NOT_COUNTED",
        }
    }

    /// The last legal day the status names, if any.
    pub fn to(&self) -> Option<Day> {
        match *self {
            Status::MayStay { to, .. } | Status::MayEnter { to, .. } | Status::MustWait { to, .. } => Some(to),
            _ => None,
        }
    }

    /// The first day the status names (over since, or the first day one may enter).
    pub fn from(&self) -> Option<Day> {
        match *self {
            Status::OverLimit { from, .. } | Status::MustWait { from, .. } => Some(from),
            _ => None,
        }
    }
}

/// `{ code, from, to, days, limit }`, absent parts `null`.
impl Serialize for Status {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (days, limit) = match *self {
            Status::OverLimit { days, limit, .. } | Status::MayStay { days, limit, .. } | Status::MayEnter { days, limit, .. } | Status::MustWait { days, limit, .. } => (Some(days), Some(limit)),
            Status::NoEntry | Status::NotCounted => (None, None),
        };
        let mut out = s.serialize_struct("Status", 5)?;
        out.serialize_field("code", self.code())?;
        out.serialize_field("from", &self.from())?;
        out.serialize_field("to", &self.to())?;
        out.serialize_field("days", &days)?;
        out.serialize_field("limit", &limit)?;
        out.end()
    }
}

/// What the full allowance's day assumes about the trip covering the control date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Assumption {
    /// That the visitor stays until the last legal day (`MAY_STAY`).
    StayToLatestExit,
    /// That the visitor leaves on the control date (`OVER_LIMIT`).
    LeaveOnControlDate,
}

/// Everything the answer says about the control date itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Situation {
    /// Whether a trip covers the control date.
    pub in_country: bool,
    /// For the trip covering the control date: the last day the person may stay.
    pub latest_exit: Option<Day>,
    /// When not in the country: the first day on or after the control date a one-day stay is allowed.
    pub next_entry: Option<Day>,
    /// The situation on the control date, which every headline is worded from.
    pub status: Status,
    /// The day the whole allowance is free again: a window after the last day of presence.
    pub full_allowance_from: Option<Day>,
    /// Whether that day is on or before the control date: the whole allowance is free now.
    pub full_allowance_now: bool,
    /// What `full_allowance_from` assumed about the trip covering the control date, if it mattered.
    pub full_allowance_assumes: Option<Assumption>,
}

/// The trip covering `on`: of two sharing it (a same-day re-entry), the later one.
pub fn covering(trips: &[Trip], on: Day) -> Option<&Trip> {
    trips.iter().rev().find(|t| t.covers(on))
}

/// The situation of sorted, checked `trips` on `on`. `planner` holds all of them.
pub fn situation(trips: &[Trip], planner: &Planner, schedule: &Schedule, on: Day) -> Situation {
    let full_after = |last: Day| last + schedule.at(last).window_days;
    let Some(current) = covering(trips, on) else {
        let next_entry = planner.earliest_entry(on, 1);
        let status = match next_entry {
            Some(entry) => {
                let to = planner.latest_exit(entry).unwrap_or(entry);
                let days = to - entry + 1;
                let limit = planner.stop(entry, days);
                if entry == on {
                    Status::MayEnter { to, days, limit }
                } else {
                    let limit = planner.check(on, 1).err().map_or(limit, |refusal| refusal.limit());
                    Status::MustWait { from: entry, to, days, limit }
                }
            }
            None => Status::NoEntry,
        };
        let full_allowance_from = planner.presence().last_day().map(full_after);
        return Situation {
            in_country: false,
            latest_exit: None,
            next_entry,
            status,
            full_allowance_from,
            full_allowance_now: full_allowance_from.is_some_and(|day| day <= on),
            full_allowance_assumes: None,
        };
    };
    // The covering trip's latest exit is that of a plan beginning on its entry, beside the others.
    let others: Vec<Trip> = trips.iter().copied().filter(|t| t.index != current.index).collect();
    let others_presence = Presence::from_sorted(others.iter().map(|t| (t.entry, t.exit)));
    let without = Planner::new(&others, &others_presence, schedule);
    let latest_exit = without.latest_exit(current.entry);
    let (status, last, assumes) = match latest_exit {
        Some(to) if to >= on => {
            let limit = without.stop(current.entry, to - current.entry + 1);
            (Status::MayStay { to, days: to - on + 1, limit }, to, Assumption::StayToLatestExit)
        }
        _ => {
            let from = latest_exit.map_or(current.entry, |exit| exit + 1);
            let limit = without.check(current.entry, from - current.entry + 1).err().map_or(Limit::Window, |r| r.limit());
            (Status::OverLimit { from, days: on - from + 1, limit }, on, Assumption::LeaveOnControlDate)
        }
    };
    let others_last = others_presence.last_day();
    let assumption_sets_the_day = others_last.is_none_or(|other| other < last);
    Situation {
        in_country: true,
        latest_exit,
        next_entry: None,
        status,
        full_allowance_from: Some(full_after(others_last.map_or(last, |other| other.max(last)))),
        // In the country the control date is a day of presence: the allowance is never whole.
        full_allowance_now: false,
        full_allowance_assumes: assumption_sets_the_day.then_some(assumes),
    }
}
