//! The daily count as a function of the day, in straight pieces.
//!
//! `daysUsed(d)` changes by `[d present] - [d - window present]` from one day to the next,
//! so it is a straight line between the days where a stay begins or ends, or begins or
//! ends one window earlier. Cutting the calendar at those days gives a few pieces per trip
//! whatever the span of dates; violations and the timeline are read off the pieces.

use crate::date::Day;
use crate::stay::presence::Presence;
use crate::stay::sort;

/// A run of days `start..=end` over which the count is `first + slope * (d - start)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// First day of the piece.
    pub start: Day,
    /// Last day of the piece.
    pub end: Day,
    /// `daysUsed(start)`.
    pub first: i64,
    /// Change per day: -1, 0 or 1.
    pub slope: i64,
    /// Whether the days of the piece are days of presence.
    pub present: bool,
}

impl Piece {
    /// The count on `day`, which must lie in the piece.
    pub fn at(&self, day: Day) -> i64 {
        self.first + self.slope * i64::from(day - self.start)
    }
}

/// The pieces of `daysUsed` for a window of `window` days, from the first day of presence
/// to the last day on which the window still holds any.
pub fn pieces(presence: &Presence, window: i32) -> Vec<Piece> {
    let mut cuts: Vec<Day> = Vec::with_capacity(presence.spans().len() * 4);
    for &(a, b) in presence.spans() {
        cuts.extend([a, b + 1, a + window, b + 1 + window]);
    }
    sort::sort_by_key(&mut cuts, |&d| d);
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let (start, end) = (w[0], w[1] - 1);
            let present = presence.contains(start);
            let slope = i64::from(present) - i64::from(presence.contains(start - window));
            Piece { start, end, first: presence.used(start, window), slope, present }
        })
        .collect()
}

/// The highest count on the days `from..=to` (which must be covered by `pieces`).
pub fn peak(pieces: &[Piece], from: Day, to: Day) -> i64 {
    let first = pieces.partition_point(|p| p.end < from);
    pieces[first..]
        .iter()
        .take_while(|p| p.start <= to)
        .map(|p| p.at(p.start.max(from)).max(p.at(p.end.min(to))))
        .max()
        .unwrap_or(0)
}

/// The days of presence on which the count exceeds `max`, as `(from, to, peak)` runs.
pub fn over(pieces: &[Piece], max: i64) -> Vec<(Day, Day, i64)> {
    let mut runs: Vec<(Day, Day, i64)> = Vec::new();
    for p in pieces.iter().filter(|p| p.present) {
        let len = i64::from(p.end - p.start);
        let (lo, hi) = match p.slope {
            1 => ((max - p.first + 1).max(0), len),
            -1 => (0, (p.first - max - 1).min(len)),
            _ if p.first > max => (0, len),
            _ => continue,
        };
        if lo > hi {
            continue;
        }
        // lo and hi lie within the piece, so they fit a day number.
        let (from, to) = (p.start + lo as i32, p.start + hi as i32);
        let top = p.at(from).max(p.at(to));
        match runs.last_mut() {
            Some(last) if last.1 + 1 == from => {
                last.1 = to;
                last.2 = last.2.max(top);
            }
            _ => runs.push((from, to, top)),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(p: &Presence, window: i32, day: Day) -> i64 {
        (day - window + 1..=day).filter(|&d| p.contains(d)).count() as i64
    }

    #[test]
    fn pieces_reproduce_the_daily_count() {
        let p = Presence::from_sorted([(0, 99), (150, 200), (260, 270)]);
        let pieces = pieces(&p, 180);
        for piece in &pieces {
            for d in piece.start..=piece.end {
                assert_eq!(piece.at(d), naive(&p, 180, d), "day {d}");
            }
        }
    }

    #[test]
    fn a_hundred_day_stay_is_over_from_day_91() {
        let p = Presence::from_sorted([(0, 99)]);
        assert_eq!(over(&pieces(&p, 180), 90), vec![(90, 99, 100)]);
    }
}
