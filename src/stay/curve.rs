//! The daily count as a function of the day, in straight pieces.
//!
//! `daysUsed(d)` changes by `[d present] - [d - window present]` from one day to the next,
//! so it is a straight line between the days where a stay begins or ends, or begins or
//! ends one window earlier. Cutting the calendar at those days gives a few pieces per trip
//! whatever the span of dates; violations and the timeline are read off the pieces.

use crate::date::Day;
use crate::stay::presence::Presence;

/// A run of days `start..=end` over which the count is `first + slope * (d - start)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// First day of the piece.
    pub start: Day,
    /// Last day of the piece.
    pub end: Day,
    /// `daysUsed(start)`.
    pub first: i32,
    /// Change per day: -1, 0 or 1.
    pub slope: i32,
    /// Whether the days of the piece are days of presence.
    pub present: bool,
}

impl Piece {
    /// The count on `day`, which must lie in the piece.
    pub fn at(&self, day: Day) -> i32 {
        self.first + self.slope * (day - self.start)
    }
}

/// The pieces of `daysUsed` for a window of `window` days, from the first day of presence
/// to the last day on which the window still holds any.
///
/// Everything is one pass in calendar order: the cut days are two sorted lists merged (the
/// spans' starts and ends, and the same one window later), and membership and the count are
/// carried from piece to piece, so the cost is linear in the number of spans.
pub fn pieces(presence: &Presence, window: i32) -> Vec<Piece> {
    let edges: Vec<Day> = presence.spans().iter().flat_map(|&(a, b)| [a, b + 1]).collect();
    let cuts = merge_sorted(&edges, window);
    let start = cuts.first().copied().unwrap_or(crate::date::MIN_DAY);
    let (mut present_at, mut present_before) = (presence.cursor(start), presence.cursor(start - window));
    let mut count_before = 0i32;
    cuts.windows(2)
        .map(|w| {
            let (start, end) = (w[0], w[1] - 1);
            let present = present_at.contains(start);
            let slope = i32::from(present) - i32::from(present_before.contains(start - window));
            let first = count_before + slope;
            count_before = first + slope * (end - start);
            Piece { start, end, first, slope, present }
        })
        .collect()
}

/// The days of `edges` (strictly increasing) and of `edges` shifted by `shift`, in order,
/// each once.
fn merge_sorted(edges: &[Day], shift: i32) -> Vec<Day> {
    let mut out = Vec::with_capacity(edges.len() * 2);
    let (mut i, mut j) = (0, 0);
    while i < edges.len() || j < edges.len() {
        let next = match (edges.get(i), edges.get(j).map(|&d| d + shift)) {
            (Some(&a), Some(b)) if a <= b => {
                i += 1;
                j += usize::from(a == b);
                a
            }
            (Some(&a), None) => {
                i += 1;
                a
            }
            (_, Some(b)) => {
                j += 1;
                b
            }
            (None, None) => break,
        };
        out.push(next);
    }
    out
}

/// The corners of the count's line between `from` and `to`: the count is straight between
/// consecutive corners (and zero outside the pieces).
pub fn corners(pieces: &[Piece], from: Day, to: Day) -> Vec<(Day, i32)> {
    let count_at = |d: Day| {
        let i = pieces.partition_point(|p| p.end < d);
        pieces.get(i).filter(|p| p.start <= d).map_or(0, |p| p.at(d))
    };
    let first = pieces.partition_point(|p| p.end < from);
    let inside = pieces[first..].iter().take_while(|p| p.start <= to);
    let mut days = vec![from];
    if let (Some(p), Some(q)) = (pieces.first(), pieces.last()) {
        days.push(p.start - 1);
        days.extend(inside.flat_map(|p| [p.start, p.end]));
        days.push(q.end + 1);
    }
    days.push(to);
    let mut out: Vec<(Day, i32)> = Vec::with_capacity(days.len());
    for d in days.into_iter().filter(|d| (from..=to).contains(d)) {
        if out.last().is_none_or(|&(last, _)| last < d) {
            out.push((d, count_at(d)));
        }
    }
    out
}

/// The highest count on the days `from..=to` (which must be covered by `pieces`).
pub fn peak(pieces: &[Piece], from: Day, to: Day) -> i32 {
    let first = pieces.partition_point(|p| p.end < from);
    pieces[first..]
        .iter()
        .take_while(|p| p.start <= to)
        .map(|p| p.at(p.start.max(from)).max(p.at(p.end.min(to))))
        .max()
        .unwrap_or(0)
}

/// The days of presence within `from..=to` on which the count exceeds `max`, as
/// `(from, to, peak)` runs.
pub fn over(pieces: &[Piece], max: i32, from: Day, to: Day) -> Vec<(Day, Day, i32)> {
    let mut runs: Vec<(Day, Day, i32)> = Vec::new();
    let first = pieces.partition_point(|p| p.end < from);
    for p in pieces[first..].iter().take_while(|p| p.start <= to).filter(|p| p.present) {
        let (start, end) = (p.start.max(from), p.end.min(to));
        let len = end - start;
        let at_start = p.at(start);
        let (lo, hi) = match p.slope {
            1 => ((max - at_start + 1).max(0), len),
            -1 => (0, (at_start - max - 1).min(len)),
            _ if at_start > max => (0, len),
            _ => continue,
        };
        if lo > hi {
            continue;
        }
        let (a, b) = (start + lo, start + hi);
        let top = p.at(a).max(p.at(b));
        match runs.last_mut() {
            Some(last) if last.1 + 1 == a => {
                last.1 = b;
                last.2 = last.2.max(top);
            }
            _ => runs.push((a, b, top)),
        }
    }
    runs
}

/// The daily count under each window length a schedule uses, as pieces.
pub struct Counts {
    by_window: Vec<(i32, Vec<Piece>)>,
}

impl Counts {
    /// The pieces of `presence` for each of `windows`.
    pub fn new(presence: &Presence, windows: &[i32]) -> Counts {
        Counts { by_window: windows.iter().map(|&w| (w, pieces(presence, w))).collect() }
    }

    /// The pieces of the count over a window of `window` days (one of those given).
    pub fn pieces(&self, window: i32) -> &[Piece] {
        self.by_window.iter().find(|(w, _)| *w == window).map_or(&[], |(_, p)| p.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(p: &Presence, window: i32, day: Day) -> i32 {
        (day - window + 1).through(day).filter(|&d| p.contains(d)).count() as i32
    }

    fn d(n: i32) -> Day {
        Day::ymd(2000, 1, 1) + n
    }

    fn spans(list: &[(i32, i32)]) -> Presence {
        Presence::from_sorted(list.iter().map(|&(a, b)| (d(a), d(b))))
    }

    #[test]
    fn pieces_reproduce_the_daily_count() {
        let p = spans(&[(0, 99), (150, 200), (260, 270)]);
        let pieces = pieces(&p, 180);
        for piece in &pieces {
            for d in piece.start.through(piece.end) {
                assert_eq!(piece.at(d), naive(&p, 180, d), "day {d}");
            }
        }
    }

    #[test]
    fn a_hundred_day_stay_is_over_from_day_91() {
        let p = spans(&[(0, 99)]);
        let day = d;
        assert_eq!(over(&pieces(&p, 180), 90, day(0), day(500)), vec![(day(90), day(99), 100)]);
        assert_eq!(over(&pieces(&p, 180), 90, day(95), day(500)), vec![(day(95), day(99), 100)]);
    }
}
