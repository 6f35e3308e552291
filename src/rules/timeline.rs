//! One rule's dated values: a [`Timeline`] of [`Entry`]s, each in force from its `from`
//! day until its `to` day (or until further notice), with the source it comes from.
//!
//! Like the rates files of GOV.UK's smart answers, a change in the law is one more entry
//! on one rule's timeline, never a copy of every other rule. A timeline is sorted and
//! gapless: each entry begins the day after the previous one ends, so exactly one value is
//! in force on any day of its span. A dated end with nothing after it (the 2026 pilot ends
//! on 2026-12-31) means the rule is not in force after that day.

use serde::Serialize;

use crate::date::Day;
use crate::rules::{List, Text};

/// One value of a rule and when and why it holds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Entry<T> {
    /// First day the value is in force.
    pub from: Day,
    /// Last day it is in force; absent while no end is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Day>,
    /// The number, list or setting.
    pub value: T,
    /// Key of the profile's source.
    pub source: Text,
    /// The `from` day is not confirmed by a primary source (the page says so).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unconfirmed: bool,
}

/// Where a day falls relative to a timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// An entry is in force on the day.
    InForce,
    /// The day is before the first entry.
    Before,
    /// The day is after the last entry's dated end.
    After,
}

/// A rule's entries in calendar order.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(transparent)]
pub struct Timeline<T: 'static>(pub List<Entry<T>>);

impl<T> Timeline<T> {
    /// The entries, in order.
    pub fn entries(&self) -> &'static [Entry<T>] {
        self.0 .0
    }

    /// The entry in force on `day`, if any.
    pub fn in_force(&self, day: Day) -> Option<&'static Entry<T>> {
        match self.nearest(day) {
            Some((entry, Position::InForce)) => Some(entry),
            _ => None,
        }
    }

    /// The entry that applies to `day`: the one in force, or the first one for a day before
    /// it (the rules of that time may have differed: the answers say so). `None` after a
    /// dated end, when the profile no longer knows the rule.
    pub fn applicable(&self, day: Day) -> Option<(&'static Entry<T>, Position)> {
        self.nearest(day).filter(|(_, p)| *p != Position::After)
    }

    /// The entry in force on `day`, else the first one (for a day before it) or the last
    /// one (for a day after its end), with which of the three it is. `None` only for an
    /// empty timeline, which a checked profile never has.
    pub fn nearest(&self, day: Day) -> Option<(&'static Entry<T>, Position)> {
        let entries = self.entries();
        let after = entries.partition_point(|e| e.from <= day);
        match after.checked_sub(1).map(|i| &entries[i]) {
            None => entries.first().map(|e| (e, Position::Before)),
            Some(e) if e.to.is_some_and(|to| to < day) => Some((e, Position::After)),
            Some(e) => Some((e, Position::InForce)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        text.parse().expect("test date")
    }

    fn timeline(entries: Vec<(&str, Option<&str>, u32)>) -> Timeline<u32> {
        Timeline(List::leak(entries.into_iter().map(|(from, to, value)| Entry { from: day(from), to: to.map(day), value, source: Text("s"), unconfirmed: false }).collect()))
    }

    #[test]
    fn the_value_in_force_is_found_on_both_edges_of_a_change() {
        let t = timeline(vec![("2025-01-01", Some("2025-12-31"), 3932), ("2026-01-01", None, 4325)]);
        assert_eq!(t.in_force(day("2025-12-31")).map(|e| e.value), Some(3932));
        assert_eq!(t.in_force(day("2026-01-01")).map(|e| e.value), Some(4325));
        assert_eq!(t.applicable(day("2024-06-01")).map(|(e, p)| (e.value, p)), Some((3932, Position::Before)));
    }

    #[test]
    fn a_dated_end_is_honoured() {
        let t = timeline(vec![("2026-02-13", Some("2026-12-31"), 1)]);
        assert!(t.in_force(day("2026-12-31")).is_some());
        assert_eq!(t.nearest(day("2027-01-01")).map(|(_, p)| p), Some(Position::After));
        assert_eq!(t.applicable(day("2027-01-01")), None);
    }
}
