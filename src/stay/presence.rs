//! The days a person is in the country, as sorted disjoint intervals.
//!
//! Everything the stay engine asks of the past is "how many days of presence fall in
//! [a, b]?", answered by binary search over the intervals and a running total, so the
//! cost follows the number of trips, never the number of days between them.

use crate::date::Day;

/// Distinct days of presence: sorted, disjoint, non-adjacent closed intervals.
#[derive(Debug, Clone, Default)]
pub struct Presence {
    spans: Vec<(Day, Day)>,
    /// `before[i]`: days of presence in `spans[..i]`.
    before: Vec<i32>,
}

impl Presence {
    /// Builds the union of closed intervals given in order of their start.
    /// Intervals that touch or share a day merge, so a same-day re-entry counts once.
    pub fn from_sorted(intervals: impl IntoIterator<Item = (Day, Day)>) -> Self {
        let mut spans: Vec<(Day, Day)> = Vec::new();
        for (a, b) in intervals {
            match spans.last_mut() {
                Some(last) if a <= last.1 + 1 => last.1 = last.1.max(b),
                _ => spans.push((a, b)),
            }
        }
        let mut before = Vec::with_capacity(spans.len() + 1);
        let mut total = 0i32;
        for &(a, b) in &spans {
            before.push(total);
            total += b - a + 1;
        }
        before.push(total);
        Presence { spans, before }
    }

    /// The disjoint intervals of presence, in order.
    pub fn spans(&self) -> &[(Day, Day)] {
        &self.spans
    }

    /// Days of presence on or before `day`.
    fn up_to(&self, day: Day) -> i32 {
        let i = self.spans.partition_point(|&(a, _)| a <= day);
        if i == 0 {
            return 0;
        }
        let (a, b) = self.spans[i - 1];
        self.before[i - 1] + (day.min(b) - a + 1)
    }

    /// Days of presence in `[from, to]` (zero when `to < from`).
    pub fn count(&self, from: Day, to: Day) -> i32 {
        if to < from {
            return 0;
        }
        self.up_to(to) - self.up_to(from - 1)
    }

    /// Days of presence in the window of `window` days ending on `day`.
    pub fn used(&self, day: Day, window: i32) -> i32 {
        self.count(day - window + 1, day)
    }

    /// Whether `day` is a day of presence.
    pub fn contains(&self, day: Day) -> bool {
        self.count(day, day) == 1
    }

    /// The last day of presence, if any.
    pub fn last_day(&self) -> Option<Day> {
        self.spans.last().map(|&(_, b)| b)
    }

    /// A reader for membership of days asked in non-decreasing order from `day` on, in
    /// amortised O(1).
    pub fn cursor(&self, day: Day) -> Cursor<'_> {
        Cursor { spans: &self.spans, at: self.spans.partition_point(|&(_, b)| b < day) }
    }
}

/// Answers "is this day a day of presence?" for days asked in non-decreasing order.
pub struct Cursor<'a> {
    spans: &'a [(Day, Day)],
    at: usize,
}

impl Cursor<'_> {
    /// Whether `day` is a day of presence; `day` must not be smaller than the previous one.
    pub fn contains(&mut self, day: Day) -> bool {
        while self.at < self.spans.len() && self.spans[self.at].1 < day {
            self.at += 1;
        }
        self.spans.get(self.at).is_some_and(|&(a, _)| a <= day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(n: i32) -> Day {
        Day::ymd(2000, 1, 1) + n
    }

    fn spans(list: &[(i32, i32)]) -> Presence {
        Presence::from_sorted(list.iter().map(|&(a, b)| (d(a), d(b))))
    }

    #[test]
    fn shared_exit_and_entry_day_counts_once() {
        let p = spans(&[(10, 20), (20, 25)]);
        assert_eq!(p.spans(), &[(d(10), d(25))]);
        assert_eq!(p.count(d(0), d(100)), 16);
    }

    #[test]
    fn counts_partial_overlaps_of_a_range() {
        let p = spans(&[(10, 19), (30, 39)]);
        assert_eq!(p.count(d(15), d(34)), 10);
        assert_eq!(p.count(d(20), d(29)), 0);
        assert_eq!(p.count(d(40), d(30)), 0);
        assert_eq!(p.used(d(39), 30), 20);
    }

    #[test]
    fn cursor_agrees_with_contains() {
        let p = spans(&[(3, 5), (9, 9)]);
        let mut c = p.cursor(d(0));
        for n in 0..12 {
            assert_eq!(c.contains(d(n)), p.contains(d(n)), "{n}");
        }
    }
}
