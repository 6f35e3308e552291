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
use crate::error::{Code, Error};
use crate::rules::Sources;

/// One value of a rule and when and why it holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry<T> {
    /// First day the value is in force.
    pub from: Day,
    /// Last day it is in force; absent while no end is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<Day>,
    /// The number, list or setting.
    pub value: T,
    /// Key into the profile's `sources`.
    pub source: String,
    /// The `from` day is not confirmed by a primary source (the page says so).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
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

/// A rule's entries in calendar order. (Read by `rules::read`.)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Timeline<T>(Vec<Entry<T>>);

impl<T> Timeline<T> {
    /// A timeline of these entries (checked when the profile is).
    pub fn new(entries: Vec<Entry<T>>) -> Self {
        Timeline(entries)
    }

    /// The entries, in order.
    pub fn entries(&self) -> &[Entry<T>] {
        &self.0
    }

    /// The entry in force on `day`, if any.
    pub fn in_force(&self, day: Day) -> Option<&Entry<T>> {
        match self.nearest(day) {
            Some((entry, Position::InForce)) => Some(entry),
            _ => None,
        }
    }

    /// The entry in force on `day`, else the first one (for a day before it) or the last
    /// one (for a day after its end), with which of the three it is. `None` only for an
    /// empty timeline, which a checked profile never has.
    pub fn nearest(&self, day: Day) -> Option<(&Entry<T>, Position)> {
        let after = self.0.partition_point(|e| e.from <= day);
        match after.checked_sub(1).map(|i| &self.0[i]) {
            None => self.0.first().map(|e| (e, Position::Before)),
            Some(e) if e.to.is_some_and(|to| to < day) => Some((e, Position::After)),
            Some(e) => Some((e, Position::InForce)),
        }
    }

    /// The entry for `day` as [`Timeline::nearest`] finds it. A checked profile's
    /// timelines are never empty; an empty one gives `INVALID_PROFILE` rather than a panic.
    pub fn at(&self, day: Day) -> Result<&Entry<T>, Error> {
        self.nearest(day).map(|(e, _)| e).ok_or_else(|| Error::new(Code::InvalidProfile, "profile"))
    }

    /// Checks the timeline at `at` (`profile.permit.mci`): not empty, each entry's end on
    /// or after its start, each entry beginning the day after the previous one ends, and
    /// every source known. `value` checks one value and names the bad part of it
    /// (`"maxDays"`), or `""` for the value as a whole.
    pub fn check(&self, at: &str, sources: &Sources, value: impl Fn(&T) -> Result<(), &'static str>) -> Result<(), Error> {
        let bad = |i: usize, part: &str| Err(Error::new(Code::InvalidProfile, format!("{at}[{i}]{part}")));
        if self.0.is_empty() {
            return Err(Error::new(Code::InvalidProfile, at));
        }
        for (i, e) in self.0.iter().enumerate() {
            if e.to.is_some_and(|to| to < e.from) {
                return bad(i, ".to");
            }
            if !sources.contains_key(&e.source) {
                return bad(i, ".source");
            }
            if let Some(previous) = i.checked_sub(1).map(|p| &self.0[p]) {
                // Sorted, no overlap and no gap: the day after the previous end, exactly.
                if previous.to.map(|to| to + 1) != Some(e.from) {
                    return bad(i, ".from");
                }
            }
            if let Err(part) = value(&e.value) {
                return bad(i, &if part.is_empty() { String::from(".value") } else { format!(".value.{part}") });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Source;

    fn day(text: &str) -> Day {
        text.parse().expect("test date")
    }

    fn entry(from: &str, to: Option<&str>, value: u32) -> Entry<u32> {
        Entry { from: day(from), to: to.map(day), value, source: "s".into(), unconfirmed: false }
    }

    fn sources() -> Sources {
        [("s".to_string(), Source { title: "A source".into(), url: None })].into_iter().collect()
    }

    #[test]
    fn the_value_in_force_is_found_on_both_edges_of_a_change() {
        let t = Timeline::new(vec![entry("2025-01-01", Some("2025-12-31"), 3932), entry("2026-01-01", None, 4325)]);
        assert_eq!(t.in_force(day("2025-12-31")).map(|e| e.value), Some(3932));
        assert_eq!(t.in_force(day("2026-01-01")).map(|e| e.value), Some(4325));
        assert_eq!(t.nearest(day("2024-06-01")).map(|(e, p)| (e.value, p)), Some((3932, Position::Before)));
    }

    #[test]
    fn a_dated_end_is_honoured() {
        let t = Timeline::new(vec![entry("2026-02-13", Some("2026-12-31"), 1)]);
        assert!(t.in_force(day("2026-12-31")).is_some());
        assert_eq!(t.nearest(day("2027-01-01")).map(|(_, p)| p), Some(Position::After));
    }

    #[test]
    fn gaps_overlaps_and_disorder_are_refused_at_the_entry() {
        let ok = |_: &u32| Ok(());
        let gap = Timeline::new(vec![entry("2025-01-01", Some("2025-12-30"), 1), entry("2026-01-01", None, 2)]);
        assert_eq!(gap.check("profile.mci", &sources(), ok).unwrap_err().field, "profile.mci[1].from");
        let open_then_more = Timeline::new(vec![entry("2025-01-01", None, 1), entry("2026-01-01", None, 2)]);
        assert_eq!(open_then_more.check("x", &sources(), ok).unwrap_err().field, "x[1].from");
        let backwards = Timeline::new(vec![entry("2025-01-01", Some("2024-12-31"), 1)]);
        assert_eq!(backwards.check("x", &sources(), ok).unwrap_err().field, "x[0].to");
        assert_eq!(Timeline::<u32>::new(vec![]).check("x", &sources(), ok).unwrap_err().field, "x");
    }

    #[test]
    fn every_value_needs_a_known_source_and_passes_its_check() {
        let mut e = entry("2025-01-01", None, 0);
        e.source = "nowhere".into();
        assert_eq!(Timeline::new(vec![e]).check("x", &sources(), |_| Ok(())).unwrap_err().field, "x[0].source");
        let zero = Timeline::new(vec![entry("2025-01-01", None, 0)]);
        assert_eq!(zero.check("x", &sources(), |v| if *v == 0 { Err("") } else { Ok(()) }).unwrap_err().field, "x[0].value");
    }
}
