//! Days over a limit: more than the maximum in the window, or a single stay longer than
//! the per-entry cap; runs of consecutive days are joined, whichever limit each day broke.

use crate::date::Day;
use crate::stay::answer::Violation;
use crate::stay::curve::{self, Piece};
use crate::stay::limits::Limits;
use crate::stay::trips::Trip;

const WINDOW: u8 = 1;
const PER_ENTRY: u8 = 2;

/// The violation runs of a history, in order.
pub fn violations(pieces: &[Piece], trips: &[Trip], limits: &Limits) -> Vec<Violation> {
    let window = curve::over(pieces, limits.max).into_iter().map(|(a, b, peak)| (a, b, peak, WINDOW));
    let per_entry = limits.per_entry.into_iter().flat_map(|cap| {
        trips.iter().filter(move |t| t.exit - t.entry + 1 > cap).map(move |t| {
            let from = t.entry + cap;
            (from, t.exit, curve::peak(pieces, from, t.exit), PER_ENTRY)
        })
    });
    // Both lists come in calendar order (trips are sorted and apart), so a merge orders them.
    let runs = merge_by_start(window.collect(), per_entry.collect());
    let mut joined: Vec<(Day, Day, i32, u8)> = Vec::with_capacity(runs.len());
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
            from,
            to,
            days: to - from + 1,
            peak,
            kinds: [(WINDOW, "WINDOW"), (PER_ENTRY, "PER_ENTRY")]
                .into_iter()
                .filter(|(bit, _)| kinds & bit != 0)
                .map(|(_, name)| name)
                .collect(),
        })
        .collect()
}

/// Merges two lists of runs sorted by their first day into one sorted list.
fn merge_by_start(a: Vec<(Day, Day, i32, u8)>, b: Vec<(Day, Day, i32, u8)>) -> Vec<(Day, Day, i32, u8)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x.0 <= y.0,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return out,
        };
        out.extend(if take_a { a.next() } else { b.next() });
    }
}
