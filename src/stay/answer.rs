//! The stay answer, as `KzResidence.stay` returns it: dates as `YYYY-MM-DD`, absent
//! answers as `null`, the situation on the control date as one [`Status`], every rule the
//! history was judged under in `periods`, and the sources they cite.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::date::Day;
use crate::input::Alpha2;
use crate::notice::Notice;
use crate::rules::{Source, Text};
use crate::stay::plan::PlanRefusal;
use crate::stay::schedule::{Origin, Period};
use crate::stay::status::Situation;
use crate::stay::Violation;

/// What the calculator says about a stay history on the control date.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct StayAnswer {
    /// The control date.
    pub on: Day,
    /// First day of the window ending on the control date.
    pub window_start: Day,
    /// Days of presence in the window.
    pub days_used: i32,
    /// Days left in the window, never below zero.
    pub days_remaining: i32,
    /// Days used beyond the window's total, never below zero (more than zero: the window
    /// ending on the control date holds more than the rule allows).
    pub days_over: i32,
    /// In the country or not, allowed or not, until when (`status.rs`); its fields sit in
    /// the answer itself.
    #[serde(flatten)]
    pub situation: Situation,
    /// Days over a limit, in runs of consecutive days.
    pub violations: Vec<Violation>,
    /// The limits in force on the control date and where they come from.
    pub rules: RulesUsed,
    /// Every rule the history was judged under, in calendar order (violations name them by index).
    pub periods: Vec<RulesUsed>,
    /// Remarks for the page: old dates, the regime assumed, overstays, registration.
    pub notices: Vec<Notice>,
    /// The answer about the planned stay, when one was asked about.
    pub plan: Option<PlanAnswer>,
    /// The picture, when asked for.
    pub curve: Option<Curve>,
    /// The sources of every rule above, each once.
    pub sources: Vec<&'static Source>,
}

/// Limits and where they come from, over the days they judged.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(as = "crate::ts::RulesUsedShape"))]
pub struct RulesUsed {
    /// The period.
    pub period: Period,
    /// Its last day, if another period follows.
    pub to: Option<Day>,
    /// The citizenship that chose the regime, if one did.
    pub citizenship: Option<Alpha2>,
}

/// `{ from, to, windowDays, maxDays, maxDaysPerEntry, regime, citizenship, source, effective,
/// unconfirmed, citizenshipSource, citizenshipEffective, visaRequired }`, absent parts `null`.
impl Serialize for RulesUsed {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let p = &self.period;
        let (regime, entry, chosen_by) = match p.origin {
            Origin::Regime { id, entry, chosen_by } => (Some(id), Some(entry), chosen_by),
            Origin::VisaRequired { chosen_by } => (None, None, Some(chosen_by)),
            Origin::Explicit { regime } => (regime, None, None),
        };
        let mut out = s.serialize_struct("RulesUsed", 13)?;
        out.serialize_field("from", &p.from)?;
        out.serialize_field("to", &self.to)?;
        out.serialize_field("windowDays", &p.limits.window_days)?;
        out.serialize_field("maxDays", &p.limits.max_days)?;
        out.serialize_field("maxDaysPerEntry", &p.limits.max_days_per_entry)?;
        out.serialize_field("regime", &regime)?;
        out.serialize_field("citizenship", &self.citizenship.filter(|_| chosen_by.is_some() || regime.is_some()))?;
        out.serialize_field("source", &entry.map(|e| e.source))?;
        out.serialize_field("effective", &entry.map(|e| e.from))?;
        out.serialize_field("unconfirmed", &(entry.is_some_and(|e| e.unconfirmed) || chosen_by.is_some_and(|e| e.unconfirmed)))?;
        out.serialize_field("citizenshipSource", &chosen_by.map(|e| e.source))?;
        out.serialize_field("citizenshipEffective", &chosen_by.map(|e| e.from))?;
        out.serialize_field("visaRequired", &matches!(p.origin, Origin::VisaRequired { .. }))?;
        out.end()
    }
}

impl RulesUsed {
    /// The source keys the period cites.
    pub fn sources(&self) -> impl Iterator<Item = Text> {
        let (entry, chosen_by) = match self.period.origin {
            Origin::Regime { entry, chosen_by, .. } => (Some(entry.source), chosen_by.map(|e| e.source)),
            Origin::VisaRequired { chosen_by } => (None, Some(chosen_by.source)),
            Origin::Explicit { .. } => (None, None),
        };
        entry.into_iter().chain(chosen_by)
    }
}

/// The answer about a planned stay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PlanAnswer {
    /// Planned entry.
    pub entry: Day,
    /// Planned number of days.
    pub days: i32,
    /// Last day of the planned stay.
    pub exit: Day,
    /// Whether the stay could be recorded beside the trips without a new violation.
    pub allowed: bool,
    /// Why not.
    pub reason: Option<PlanRefusal>,
    /// The longest single stay the rules allow from the planned entry on.
    pub longest: i32,
    /// The period of the planned entry day (index into `periods`).
    pub period: usize,
    /// The last day a stay beginning on the planned entry may last to.
    pub latest_exit: Option<Day>,
    /// The first entry on or after the planned one allowing the planned number of days.
    pub earliest_entry: Option<Day>,
    /// For a plan made while in the country: the day the answer assumes the stay going on
    /// ends (the planned entry, or its latest exit if that comes first; the control date
    /// when over the limit). The plan's verdict and dates rest on it.
    pub assumed_exit: Option<Day>,
}

/// The picture of the history: the daily count and the stays it counts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Curve {
    /// `[date, count]` corners of the line of days counted, each day under its own window;
    /// the count is straight between corners.
    pub points: Vec<(Day, i32)>,
    /// The stays counted: the trips, the stay going on as far as the answer assumes, the plan.
    pub bars: Vec<Bar>,
}

/// A stay drawn in the picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Bar {
    /// First day.
    pub from: Day,
    /// Last day.
    pub to: Day,
    /// What it is.
    pub kind: BarKind,
    /// For the stay going on: the last day its per-entry cap allows, if capped.
    pub cap_until: Option<Day>,
}

/// What a bar of the picture shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum BarKind {
    /// A recorded trip, or the stay going on up to the control date.
    Trip,
    /// The stay going on after the control date, as far as the answer assumes.
    Assumed,
    /// The planned stay, allowed.
    Plan,
    /// The planned stay, refused.
    PlanRefused,
}
