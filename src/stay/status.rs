//! The situation on the control date (`domain.md` §1): in the country or not, allowed or
//! not, until when; and when the whole allowance is free again.

use crate::date::Day;
use crate::stay::answer::{Assumption, Situation, Status, StatusCode};
use crate::stay::{Limits, Planner, Presence, Trip};

/// The situation of sorted, checked `trips` on `on`. `planner` holds all of them.
pub fn situation(trips: &[Trip], planner: &Planner, limits: Limits, on: Day) -> Situation {
    // Of two trips sharing the control date (a same-day re-entry), the later one covers it.
    let Some(current) = trips.iter().rev().find(|t| t.covers(on)) else {
        let next_entry = planner.earliest_entry(on, 1);
        let to = next_entry.and_then(|entry| planner.latest_exit(entry));
        let status = match next_entry {
            Some(entry) if entry == on => Status { code: StatusCode::MayEnter, from: None, to },
            _ => Status { code: StatusCode::MustWait, from: next_entry, to },
        };
        return Situation {
            in_country: false,
            latest_exit: None,
            next_entry,
            status,
            full_allowance_from: planner.presence().last_day().map(|d| d + limits.window),
            full_allowance_assumes: None,
        };
    };
    // The covering trip's latest exit is that of a plan beginning on its entry, beside the others.
    let others: Vec<Trip> = trips.iter().copied().filter(|t| t.index != current.index).collect();
    let others_presence = Presence::from_sorted(others.iter().map(|t| (t.entry, t.exit)));
    let latest_exit = Planner::new(&others, &others_presence, limits).latest_exit(current.entry);
    let (status, last, assumes) = match latest_exit {
        Some(exit) if exit >= on => (Status { code: StatusCode::MayStay, from: None, to: Some(exit) }, exit, Assumption::StayToLatestExit),
        _ => {
            let from = latest_exit.map_or(current.entry, |exit| exit + 1);
            (Status { code: StatusCode::OverLimit, from: Some(from), to: None }, on, Assumption::LeaveOnControlDate)
        }
    };
    let others_last = others_presence.last_day();
    let assumption_sets_the_day = others_last.is_none_or(|other| other < last);
    Situation {
        in_country: true,
        latest_exit,
        next_entry: None,
        status,
        full_allowance_from: Some(others_last.map_or(last, |other| other.max(last)) + limits.window),
        full_allowance_assumes: assumption_sets_the_day.then_some(assumes),
    }
}
