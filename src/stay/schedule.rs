//! The limits over the calendar: which window, maximum and per-entry cap judge each day
//! (`docs/rules.md` §2.3, "Each day under the rule of its own day").
//!
//! A citizenship's regime is a dated fact, and so are a regime's numbers, so one history
//! may be judged under several rules: a stay's per-entry cap is the one in force on its
//! entry day, and the window total that caps day D is the one in force on D. A
//! [`Schedule`] is those rules as periods in calendar order; a day before the first known
//! rule is judged under the first one (and the answer says the rules then may have
//! differed), a day after the last under the last one.

use crate::date::Day;
use crate::notice::{Notice, RuleName};
use crate::rules::{Entry, Limits, Text};

/// Where a period's limits come from, for the answer and its sources.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Origin {
    /// A regime of the profile: its entry, and the citizenship's entry that chose it, if one did.
    Regime {
        /// The regime's id.
        id: Text,
        /// The regime's entry in force.
        entry: &'static Entry<Limits>,
        /// The citizenship's entry that put the visitor under the regime.
        chosen_by: Option<&'static Entry<Text>>,
    },
    /// The citizenship's holders needed a visa then: the visa's dates governed, and the
    /// days are counted but never judged.
    VisaRequired {
        /// The citizenship's entry.
        chosen_by: &'static Entry<Text>,
    },
    /// The request's explicit limits, used as given whatever the date.
    Explicit {
        /// The regime the explicit limits complete, if the request named one or a citizenship.
        regime: Option<Text>,
    },
}

/// Limits in force from a day until the next period begins.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Period {
    /// The first day, or `None` for the first period, which reaches back indefinitely.
    pub from: Option<Day>,
    /// The numbers.
    pub limits: Limits,
    /// Where they come from.
    pub origin: Origin,
}

impl Period {
    /// `RULE_DATE_UNCONFIRMED` when the period's rule took effect on a day no primary source
    /// confirms: the citizenship's entry, else the regime's.
    pub fn unconfirmed(&self) -> Option<Notice> {
        match self.origin {
            Origin::Regime { chosen_by: Some(c), .. } | Origin::VisaRequired { chosen_by: c } if c.unconfirmed => Notice::unconfirmed(RuleName::Citizenship, c),
            Origin::Regime { entry, .. } => Notice::unconfirmed(RuleName::Regime, entry),
            _ => None,
        }
    }
}

/// The periods of a request's limits, in calendar order, never empty.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    periods: Vec<Period>,
}

impl Schedule {
    /// A schedule of `periods` in calendar order (the first one's `from` is ignored).
    pub fn new(mut periods: Vec<Period>) -> Schedule {
        if let Some(first) = periods.first_mut() {
            first.from = None;
        }
        Schedule { periods }
    }

    /// The periods, in order.
    pub fn periods(&self) -> &[Period] {
        &self.periods
    }

    /// The index of the period in force on `day`.
    pub fn index_at(&self, day: Day) -> usize {
        self.periods.partition_point(|p| p.from.is_none_or(|from| from <= day)).saturating_sub(1)
    }

    /// The limits in force on `day`.
    pub fn at(&self, day: Day) -> Limits {
        self.periods[self.index_at(day)].limits
    }

    /// The per-entry cap of a stay entered on `entry`.
    pub fn cap(&self, entry: Day) -> Option<i32> {
        self.at(entry).max_days_per_entry
    }

    /// The days of period `i`: its first (none for the first period) and last (none for the last).
    pub fn span(&self, i: usize) -> (Option<Day>, Option<Day>) {
        let last = self.periods.get(i + 1).and_then(|next| next.from).map(|from| from - 1);
        (self.periods[i].from, last)
    }

    /// The first period start after `day`, if any.
    pub fn next_change(&self, day: Day) -> Option<Day> {
        self.periods.get(self.index_at(day) + 1).and_then(|p| p.from)
    }

    /// The longest window of any period.
    pub fn longest_window(&self) -> i32 {
        self.periods.iter().map(|p| p.limits.window_days).max().unwrap_or(1)
    }

    /// The distinct window lengths, for counting days under each.
    pub fn windows(&self) -> Vec<i32> {
        let mut out: Vec<i32> = Vec::with_capacity(1);
        for p in &self.periods {
            if !out.contains(&p.limits.window_days) {
                out.push(p.limits.window_days);
            }
        }
        out
    }

    /// Whether the same limits hold on every day.
    pub fn is_constant(&self) -> bool {
        self.periods.windows(2).all(|w| w[0].limits == w[1].limits)
    }

    /// The longest stay that could ever be allowed from `entry` on, up to `ceiling` days: a
    /// stay longer than every later maximum breaks one on the day after it, unless some
    /// maximum is a whole window; and the cap of its entry day bounds it.
    pub fn longest_stay(&self, entry: Day, ceiling: i32) -> i32 {
        let later = &self.periods[self.index_at(entry)..];
        let by_window = if later.iter().any(|p| p.limits.max_days >= p.limits.window_days) {
            ceiling
        } else {
            later.iter().map(|p| p.limits.max_days).max().unwrap_or(ceiling)
        };
        self.cap(entry).map_or(by_window, |cap| cap.min(by_window)).min(ceiling)
    }

    /// The first entry day after `entry` whose cap allows a stay of `days` days, if any.
    pub fn next_cap_allowing(&self, entry: Day, days: i32) -> Option<Day> {
        let i = self.index_at(entry);
        self.periods[i + 1..].iter().find(|p| p.limits.max_days_per_entry.is_none_or(|cap| cap >= days)).and_then(|p| p.from)
    }
}
