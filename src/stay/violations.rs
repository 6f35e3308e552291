//! Days over a limit: more than the maximum in the window, or a single stay longer than
//! the per-entry cap; runs of consecutive days are joined, whichever limit each day broke.

use crate::date::{self, Day};
use crate::stay::answer::Violation;
use crate::stay::curve::{self, Piece};
use crate::stay::limits::Limits;
use crate::stay::sort;
use crate::stay::trips::Trip;

const WINDOW: u8 = 1;
const PER_ENTRY: u8 = 2;

/// The violation runs of a history, in order.
pub fn violations(pieces: &[Piece], trips: &[Trip], limits: &Limits) -> Vec<Violation> {
    let mut runs: Vec<(Day, Day, i64, u8)> =
        curve::over(pieces, i64::from(limits.max)).into_iter().map(|(a, b, peak)| (a, b, peak, WINDOW)).collect();
    if let Some(cap) = limits.per_entry {
        for t in trips.iter().filter(|t| t.exit - t.entry + 1 > cap) {
            let from = t.entry + cap;
            runs.push((from, t.exit, curve::peak(pieces, from, t.exit), PER_ENTRY));
        }
        sort::sort_by_key(&mut runs, |r| (r.0, r.1));
    }
    let mut joined: Vec<(Day, Day, i64, u8)> = Vec::with_capacity(runs.len());
    for run in runs {
        match joined.last_mut() {
            Some(last) if run.0 <= last.1 + 1 => {
                last.1 = last.1.max(run.1);
                last.2 = last.2.max(run.2);
                last.3 |= run.3;
            }
            _ => joined.push(run),
        }
    }
    joined
        .into_iter()
        .map(|(from, to, peak, kinds)| Violation {
            from: date::format(from),
            to: date::format(to),
            days: i64::from(to - from + 1),
            peak,
            kinds: [(WINDOW, "WINDOW"), (PER_ENTRY, "PER_ENTRY")]
                .into_iter()
                .filter(|(bit, _)| kinds & bit != 0)
                .map(|(_, name)| name)
                .collect(),
        })
        .collect()
}
